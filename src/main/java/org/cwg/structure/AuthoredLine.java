package org.cwg.structure;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Council-style line naming a note or a report by its author: "Note by the Secretary-General",
 * "Rapport du Président", "Informe de la Secretaría", "Записка Генерального секретаря".
 *
 * @param word the line's first word as printed ("Note", "Записка")
 * @param author who wrote it, in the nominative
 */
record AuthoredLine(String word, String author) {

  private static final Pattern AUTHORED =
      Pattern.compile(
          // Council's information series names its author as a note does: "Information
          // document by the Secretary-General", "Document d'information du Secrétaire général".
          "(report|note|rapport|informe|nota|information\\s+document"
              + "|document\\s+d['’]information|documento\\s+(?:informativo|de\\s+información))"
              + "\\s+(?:by|from|of|du|de\\s+la|de|del)\\s+"
              + "(?:the\\s+|la\\s+|le\\s+|el\\s+)?(\\S.*)"
              // Russian puts the author in the genitive: "Записка Генерального секретаря",
              // "Отчет Секретариата", "Отчет Председателя Рабочей группы ...".
              + "|(записка|доклад|отч[её]т)\\s+((?:заместителя\\s+)?генерального\\s+секретаря"
              + "|секретариата|директора|председателя)((?:\\s+\\S.*)?)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * The Union's officers as a Russian cover names them in the genitive, and as sources list them:
   * the words after the officer ("Бюро ...", "Рабочей группы ...") are in the genitive either way.
   */
  private static final Map<String, String> RUSSIAN_OFFICERS =
      Map.of(
          "генерального секретаря", "Генеральный секретарь",
          "заместителя генерального секретаря", "Заместитель Генерального секретаря",
          "секретариата", "Секретариат",
          "директора", "Директор",
          "председателя", "Председатель");

  /** The line read, or null when it is no such line. */
  static AuthoredLine parse(String line) {
    Matcher m = AUTHORED.matcher(line);
    if (!m.matches()) {
      return null;
    }
    if (m.group(1) != null) {
      return new AuthoredLine(m.group(1), TextCleaner.strip(m.group(2)));
    }
    String officer = m.group(4).replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    return new AuthoredLine(
        m.group(3), TextCleaner.strip(RUSSIAN_OFFICERS.get(officer) + m.group(5)));
  }

  /** A note ("Note by", "Nota de", "Записка"), an information document or a report. */
  String kind() {
    String kind = word.toLowerCase(Locale.ROOT);
    if (kind.contains("inform") && kind.contains("doc")) {
      return "information";
    }
    return kind.startsWith("n") || kind.startsWith("з") ? "note" : "report";
  }
}
