package org.cwg.structure;

import java.util.Locale;
import java.util.regex.Matcher;

/**
 * "Revision 1 to", "Addendum 2 au", "Corrigéndum 1 al": the words before the number of the document
 * an amendment amends, in English, French, Spanish, Russian (whose older covers write an addendum
 * "Добавление 2 к", the newer "Дополнительный документ 2") and Arabic ("الإضافة 2 للوثيقة",
 * "المراجعة 1", "التصويب 1"), shared by every cover reader.
 */
final class Amendments {

  /** The lead with named groups {@code amendment} (the word) and {@code amendmentNumber}. */
  static final String LEAD =
      "(?<amendment>revision|révision|revisión|addendum|additif|addéndum|adición|corrigendum"
          + "|corrigéndum|пересмотр|дополнительный\\s+документ|добавление|исправление"
          + "|(?:ال)?إضافة|(?:ال)?مراجعة|(?:ال)?تصويب)"
          // Russian puts "к" (to) with the number it amends, in the next cell: the lead may end
          // here. Arabic writes "to" as the "ل" of the document word ("للوثيقة").
          + "\\s+(?<amendmentNumber>\\d{1,2})(?:\\s+(?:to|au|du|à|al|del?|к)|(?=\\s*$|\\s+للوثيقة))";

  /**
   * The word before a cover's number, in ITU's languages: "Document", "Documento", "Документ" (and
   * its dative after "к": "Пересмотр 1 к Документу").
   */
  static final String DOCUMENT_WORD =
      "(?:document|documento|doc\\.|документ[ау]?|(?:ال|لل)وثيقة|文件)";

  /** "к Документу 36-R": Russian's "to" leads the cell of the number an amendment amends. */
  static final String TO_DOCUMENT = "(?:к\\s+)?" + DOCUMENT_WORD;

  private Amendments() {}

  /** The amendment a match of {@link #LEAD} names, as a number carries it: "Rev.1", "Add.2". */
  static String suffix(Matcher lead) {
    String kind = lead.group("amendment").toLowerCase(Locale.ROOT);
    String prefix =
        kind.startsWith("r") || kind.startsWith("п") || kind.contains("مراجعة")
            ? "Rev"
            : kind.startsWith("c") || kind.startsWith("и") || kind.contains("تصويب")
                ? "Corr"
                : "Add";
    return prefix + "." + Integer.parseInt(lead.group("amendmentNumber"));
  }
}
