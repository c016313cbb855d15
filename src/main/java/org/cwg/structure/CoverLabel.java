package org.cwg.structure;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labels of an ITU-T, ITU-R or ITU-D cover ("Source:", "Title:", ...), in English, French,
 * Spanish and Russian ("Источник:", "Название:"), and the main ones in Arabic and Chinese (whose
 * colon may be the full-width "："). A label is written with its colon; the value is the rest of its
 * cell, or the cells after it up to the next label.
 */
enum CoverLabel {
  QUESTIONS(
      "(?:Question|Cuesti[óo]n|Вопрос)(?:\\((?:s|es|ы)\\))?"
          // Arabic writes the Question "المسألة", two "المسألتان", more "المسائل"; Chinese "课题"
          // (or "问题"), its number with or without a space.
          + "|(?:Questions?|Cuesti[óo]n(?:es)?|Вопрос[ыа]?|المسألة|المسألتان|المسائل|课题|问题)"
          + "(?:\\s*\\d{1,2}(?:-\\d{1,2})?/\\d{1,2}"
          + "(?:\\s*(?:,|،|、|and|et|y|и|و|和)\\s*\\d{1,2}(?:-\\d{1,2})?/\\d{1,2})*)?"
          + "|Question\\(s\\)/WP|WG\\(s\\)|Working Group\\(s\\)"),
  SOURCE("Source|Origine|Origen|Fuente|Submitted by|Источник|المصدر|来源"),
  TITLE("Title|Titre|T[íi]tulo|Название|العنوان|标题"),
  PURPOSE("Purpose|Objet|Objeto|Objetivo|Finalidad|Prop[óo]sito|Цель|الغرض|目的"),
  CONTACT(
      "Contacts?|Contacto|Persona de contacto|Personne à contacter|Контактное лицо|Для контактов"
          + "|Контакт|جهة الاتصال|联系人"),
  KEYWORDS("Keywords|Mots[- ]cl[ée]s|Palabras clave|Ключевые слова|الكلمات الرئيسية|关键词"),
  ABSTRACT("Abstract|R[ée]sum[ée]|Resumen|Summary|Резюме|Аннотация|الملخص|ملخص|摘要"),
  /**
   * A liaison statement's addressees, as ITU's liaison template writes them in each language: "For
   * action to", "Pour action à", "Para acción a", "Для принятия мер"; older liaisons leave out the
   * preposition ("For action: ..."), a row of its own all the same.
   */
  FOR_ACTION(
      "For (?:action|information|comments?|approval)(?: to)?"
          + "|Pour (?:action|information|observations|commentaires|approbation)(?: (?:à|aux?))?"
          + "|Para (?:acci[óo]n|informaci[óo]n|comentarios|aprobaci[óo]n)(?: (?:a|al))?"
          + "|Для (?:принятия мер|информации|замечаний|комментариев|утверждения)"),
  APPROVAL("Approval|Approbation|Aprobaci[óo]n|Утверждение|Утверждено"),
  DEADLINE("Deadline|Date limite|D[ée]lai|Fecha l[íi]mite|Plazo|Крайний срок|Предельный срок|Срок"),
  /**
   * What the meeting is asked to do, which advisory-group and Council covers may set as a cover
   * row: cwg reads it as no field, but it ends the title or source above it.
   */
  ACTION_REQUIRED(
      "Action required|Decision required|Suite à donner|Acci[óo]n (?:solicitada|requerida)"
          + "|Необходимые действия|الإجراء المطلوب|需采取的行动"),
  DATE("Date|Fecha|Дата|التاريخ|日期"),
  MEETING("Meeting|R[ée]union|Reuni[óo]n|Place and date|Lieu et date|Собрание");

  private static final Pattern LABELLED;

  static {
    StringBuilder all = new StringBuilder();
    for (CoverLabel label : values()) {
      all.append(all.length() == 0 ? "" : "|")
          .append("(?<")
          .append(label.group())
          .append(">")
          .append(label.words)
          .append(')');
    }
    LABELLED =
        Pattern.compile(
            // Older covers mark a label with a footnote ("SOURCE*:") and begin the footnote with
            // the mark ("* Contact: ..."): the mark is no part of the label.
            "(?:\\*{1,3}\\s*)?(?:" + all + ")\\*{0,3}\\s*[:：]\\s*(?<value>.*)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
  }

  private final String words;

  CoverLabel(String words) {
    this.words = words;
  }

  /** The label as written in rules: "Title". */
  String written() {
    String name = name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    return name.replace('_', ' ');
  }

  private String group() {
    return name().replace("_", "");
  }

  /** A cell's label and the value written after it in the same cell, or null. */
  record Found(CoverLabel label, String value) {}

  /** A label and a count, "Annexes: 1", "Pages: 12": a line of the cover's, no heading. */
  private static final Pattern COUNT_LINE = Pattern.compile(".*:\\s*\\d+");

  /** Whether a line is a label and a count ("Annexes: 1"), which no heading is. */
  static boolean isCount(String line) {
    return COUNT_LINE.matcher(line).matches();
  }

  /** A label that carries its Question's number before the colon ("Question 4/1:"). */
  private static final Pattern NUMBERED_LABEL = Pattern.compile("[^:：]*\\d[^:：]*[:：].*");

  /**
   * Whether a line is a field written with its value, "Contact: Jane Doe" or "Deadline: 1 May
   * 2027", which no heading is. An abstract run in with its label, and a Question's number in its
   * label ("Question 4/1: Economic policies"), may start what is a section; a bare "Question:"
   * label with the Questions after it is a cover row ("Question: Q3/16 | Geneva, ...").
   */
  static boolean isFieldWithValue(String line) {
    Found field = in(line);
    return field != null
        && !field.value().isEmpty()
        && field.label() != ABSTRACT
        && !(field.label() == QUESTIONS && NUMBERED_LABEL.matcher(line).matches());
  }

  /** The end of a label, a few words in lower case up to its colon ("and title:"). */
  private static final Pattern LABEL_END = Pattern.compile("\\p{Ll}[\\p{L}' -]{0,30}[:：]");

  /**
   * Whether the next line ends a label the line starts: PDF prints a narrow cell's label over two
   * lines ("Subject" / "and scope:"), whose first part is a field's label, no heading.
   */
  static boolean endsOnNextLine(String next) {
    return next != null && LABEL_END.matcher(next.strip()).matches();
  }

  static Found in(String cell) {
    Matcher m = LABELLED.matcher(cell);
    if (!m.matches()) {
      return null;
    }
    for (CoverLabel label : values()) {
      String written = m.group(label.group());
      if (written != null) {
        String value = TextCleaner.strip(m.group("value"));
        // "Question 4/1: Economic policies..." carries its Questions in the label.
        if (label == QUESTIONS && written.matches(".*\\d.*")) {
          value = TextCleaner.strip(written.replaceFirst("^\\D+", "") + " " + value);
        }
        return new Found(label, value);
      }
    }
    return null;
  }
}
