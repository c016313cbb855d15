package org.cwg.structure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cwg.model.SectionKind;

/**
 * What a heading's words say about its section, in English, French, Spanish and Russian (and the
 * main words of Arabic and Chinese). A heading is of a kind when it is the kind's word, alone or
 * with the short qualifiers ITU uses ("Action required by the Council", "Rationale for proposal",
 * "Discussion on OPCWGINT-11/3"); "Summary of the online consultation" or "Discussion of responses"
 * name a subject and stay {@code other}. The words of each kind are in {@link SectionKindWords};
 * here are the shapes of the lines that head a section.
 */
final class HeadingKinds {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** An unnumbered line that heads a section wherever it appears ("Purpose", "ANNEX 2"). */
  /**
   * The question a consultation's response quotes after its number: one phrase or one question,
   * never a sentence of the answer (no full stop, no closing comma or colon).
   */
  /** The longest question a consultation's heading quotes. */
  static final int MAX_QUESTION = 200;

  /**
   * "Question", "Response to question", "Réponse à la question", "Pregunta", "Вопрос", "Ответ на
   * вопрос", before its number: a consultation is answered in the Union's languages, each naming
   * its questions.
   */
  private static final String QUESTION_NAMED =
      "(?:(?:(?:response|answer)\\s+to\\s+)?question|r[ée]ponse\\s+[àa]\\s+la\\s+question"
          + "|(?:respuesta\\s+a\\s+la\\s+)?pregunta|(?:ответ\\s+на\\s+)?вопрос)";

  private static final String QUESTION_QUOTED =
      "(?:\\s*[:.–—-]\\s*[¿¡«\"“]?\\p{L}[^.]{0," + MAX_QUESTION + "}[^.;,:\\s])?";

  /** The title after an annex's word and number: a phrase, never a sentence. */
  private static final String ANNEX_TITLE = "\\p{L}.{0,118}[^.;,]";

  private static final Pattern STANDALONE =
      Pattern.compile(
          "purpose|objet|objeto|prop[oó]sito|цель|аннотация|الغرض|目的|المراجع|参考(?:文件|资料)"
              + "|(?:необходимые|требуемые)\\s+(?:действия|решения)"
              + "|справочные\\s+(?:материалы|документы)|предложени[ея]"
              + "|(?:action|decision)s?\\s+(?:required|requested)(?:\\s+(?:by|of|from)\\b.{0,60})?"
              + "|suite\\s+[àa]\\s+donner.{0,60}|d[ée]cision\\s+demand[ée]e.{0,60}"
              + "|(?:acci[oó]n|medidas?|decisi[oó]n)\\s+(?:requerida|solicitada)s?.{0,60}"
              + "|الإجراء\\s+المطلوب.{0,60}|需(?:要)?采取的行动"
              + "|references?|r[ée]f[ée]rences?|referencias?"
              + "|proposals?|propositions?|propuestas?|abstract"
              // Arabic and Chinese proposals: "المقترحات", "الاقتراحات", "提案".
              + "|(?:ال)?(?:مقترحات|اقتراحات)|提案"
              + "|(?:annex|annexe|anexo|appendix|appendice|ap[ée]ndice|attachment|adjunto"
              + "|приложение|добавление|дополнение|прилагаемый\\s+документ)"
              // "Attachment: MEF 30.1" names what a liaison encloses, as "Annexes: 2" counts them:
              // a colon comes only after the annex's number ("Annex A: Draft scope").
              + "(?:\\s+[0-9A-Z]{1,4}(?:\\s*[:.–—-]\\s*"
              + ANNEX_TITLE
              + ")?|\\s*[.–—-]\\s*"
              + ANNEX_TITLE
              + ")?"
              + "|需(?:要)?采取的行动"
              // An open consultation's responses answer its questions one by one, each heading
              // naming the question alone or quoting it ("Question 1: How can ...?").
              + "|"
              + QUESTION_NAMED
              + "\\s+\\d{1,2}"
              + QUESTION_QUOTED,
          FLAGS);

  private static final Pattern TITLED_ANNEX =
      Pattern.compile(
          "(?:annex|annexe|anexo|appendix|appendice|ap[ée]ndice|attachment|adjunto"
              + "|приложение|добавление|дополнение)(?:\\s+[0-9A-Z]{1,4})?\\s*[:.–—-]\\s*\\p{L}.*",
          FLAGS);

  private static final Pattern DIVISION =
      Pattern.compile(
          "(?:annex|annexe|anexo|appendix|appendice|ap[ée]ndice|attachment|adjunto"
              + "|section|secci[oó]n)\\s+[0-9A-Z]{1,4}(?:bis|ter)?(?:\\s*[:.–—-]\\s*.{0,120})?",
          FLAGS);

  /**
   * The usual body headings of ITU texts, unnumbered on a line of their own. In a table cell the
   * same word labels a column or a row ("Scope", "Background"), so these count in the body only.
   */
  private static final Pattern BODY_STANDALONE =
      Pattern.compile(
          "introduction|introducci[oó]n|background|antecedentes|contexte|scope|alcance"
              + "|conclusions?|conclusi[oó]n(?:es)?|definitions|d[ée]finitions|definiciones"
              + "|abbreviations(?:\\s+and\\s+acronyms)?|abr[ée]viations|abreviaturas"
              + "|введение|выводы|заключение|определения|сокращения|(?:ال)?مقدمة|引言|结论",
          FLAGS);

  private static final Pattern SECTION_NUMBER =
      Pattern.compile(
          "(?:section|secci[oó]n)\\s+([0-9]{1,2}(?:bis|ter)?|[IVX]{1,5}|[A-Z])\\b", FLAGS);

  private static final Pattern ANNEX_NUMBER =
      Pattern.compile(
          "(?:annex|annexe|anexo|appendix|appendice|ap[ée]ndice|attachment|adjunto|приложение"
              + "|добавление|дополнение|прилагаемый\\s+документ)\\s+"
              + "([0-9]{1,2}|[A-Z]|[IVX]{1,5})\\b",
          FLAGS);

  /**
   * The preamble words of a Recommendation or Resolution, on a line of their own and in lower case
   * as ITU prints them ("considering", "further recognizing", "instructs the Director of the
   * Telecommunication Standardization Bureau"). A sentence that merely starts with such a verb runs
   * on and ends with punctuation; the preamble word does not.
   */
  private static final String PREAMBLE_VERB =
      "(?:(?:further|also)\\s+)?(?:considering|recalling|recogni[sz]ing|noting|observing"
          + "|emphasi[sz]ing|bearing\\s+in\\s+mind|taking\\s+into\\s+account|having\\s+regard\\s+to"
          + "|aware|mindful|convinced|resolves|recommends|decides|notes)";

  private static final Pattern PREAMBLE =
      Pattern.compile(
          PREAMBLE_VERB
              + "(?:\\s+(?:further|also))?"
              + "|(?:(?:further|also)\\s+)?(?:instructs|invites|requests|urges|encourages"
              + "|calls\\s+upon)(?:\\s+[\\p{L}\\-’'()]+){1,14}");

  /**
   * The heading over a text proposed for adoption, its kind alone on a line, as Council and
   * conference documents set it above the preamble: "Draft Decision", "Draft new Resolution",
   * "Projet de résolution", "Proyecto de Decisión".
   */
  private static final Pattern DRAFT_TEXT =
      Pattern.compile(
          "(?:draft|projet\\s+de|proyecto\\s+de)(?:\\s+(?:new|revised|nouvelle|nueva))?"
              + "\\s+(?:decision|d[ée]cision|decisi[óo]n|resolution|r[ée]solution|resoluci[óo]n)",
          FLAGS);

  /**
   * "Next steps" on a line of its own closes a report's clause or the report: what follows the
   * meeting, in ITU's languages.
   */
  private static final Pattern NEXT_STEPS =
      Pattern.compile(
          "next\\s+steps|way\\s+forward|prochaines\\s+[ée]tapes|pr[óo]ximos\\s+pasos|pr[óo]ximas\\s+etapas"
              + "|дальнейшие\\s+шаги",
          FLAGS);

  /**
   * The front matter of published Recommendations and Resolutions: each is a heading of its own
   * ("FOREWORD", "History", "Keywords", "INTELLECTUAL PROPERTY RIGHTS"), as is the closing
   * "Bibliography".
   */
  private static final Pattern FRONT_MATTER =
      Pattern.compile(
          "FOREWORD|Foreword|History|HISTORY|Keywords|KEYWORDS|INTELLECTUAL PROPERTY RIGHTS"
              + "|Intellectual property rights|Bibliography|BIBLIOGRAPHY");

  /**
   * A cover's title line saying the document is an agenda, in ITU's languages: "DRAFT AGENDA",
   * "Projet d'ordre du jour", "Ordre du jour provisoire", "PROYECTO DE ORDEN DEL DÍA", "ПРОЕКТ
   * ПОВЕСТКИ ДНЯ".
   */
  private static final Pattern AGENDA_TITLE =
      Pattern.compile(
          "(?:(?:draft|provisional|revised|annotated|final)\\s+)*agenda"
              + "|(?:projet\\s+d['’]\\s*)?ordre\\s+du\\s+jour"
              + "(?:\\s+(?:provisoire|r[ée]vis[ée]|annot[ée]|d[ée]finitif))*"
              + "|(?:proyecto\\s+de\\s+)?orden\\s+del\\s+d[íi]a"
              + "(?:\\s+(?:provisional|revisado|anotado|definitivo))*"
              + "|(?:проект\\s+повестки|(?:предварительная\\s+|пересмотренная\\s+)?повестка)"
              + "\\s+дня",
          FLAGS);

  /**
   * A cover line that names the document an agenda: the title alone, after its cover label ("Title:
   * Draft agenda"), or naming its meeting ("Draft agenda of the Study Group 5 meeting").
   */
  private static final Pattern AGENDA_TITLE_LINE =
      Pattern.compile(
          "(?:(?:title|titre|t[ií]tulo)\\s*:\\s*)?"
              + "(?:"
              + AGENDA_TITLE.pattern()
              + ")(?:\\s+(?:of|for|de|du|del)\\s.*)?",
          FLAGS);

  /** Unnumbered lines that head a section only in the cover part, before the numbered body. */
  private static final Pattern COVER_ONLY =
      Pattern.compile(
          "(?:executive\\s+)?summary|r[ée]sum[ée]|resumen|резюме|(?:ال)?ملخص|摘要|概要", FLAGS);

  /**
   * The labels of a cover's rows whose value is a field of the cover, not a section: "Summary:",
   * "Action required:", "Expected results:", "References:" as ITU-D and older ITU-T covers write
   * them, the label in one cell and its value in the next.
   */
  private static final Pattern COVER_FIELD_ROW =
      Pattern.compile(
          "(?:executive\\s+)?summary|action\\s+required(?:\\s+by\\s+\\S.*)?"
              + "|expected\\s+results?|references?",
          FLAGS);

  /** A run-in sub-heading under the current section ("Outcome for Council"). */
  private static final Pattern SUB_HEADING =
      Pattern.compile(
          "(?:expected\\s+)?outcomes?(?:\\s+for\\s+(?:the\\s+)?council)?"
              + "|r[ée]sultats?\\s+pour\\s+le\\s+conseil|resultados?\\s+para\\s+el\\s+consejo",
          FLAGS);

  /**
   * The words of ITU's run-in headings: a line that holds only one of them labels the paragraphs
   * after it ("Summary", "Discussions", "Outcome for Council").
   */
  private static final Pattern RUN_IN =
      Pattern.compile(
          COVER_ONLY.pattern()
              + "|"
              + SUB_HEADING.pattern()
              + "|discussions?|d[ée]bats?|discusi[oó]n(?:es)?",
          FLAGS);

  /**
   * A cover's abstract or summary run in with its text: "Abstract:\tThis contribution ..." as
   * Word's text export writes a cover table's row, or "Abstract This ..." as PDF text has it. A
   * title in capitals ("SUMMARY OF THE RESPONSES") is no run-in abstract. Russian and Chinese
   * covers write "Аннотация:" and "摘要：". The ITU-T cover's Abstract row is a section (Résumé,
   * Resumen in its French and Spanish forms); an English "Summary:" row is a cover field, like
   * Purpose (see {@link #isCoverFieldRow}).
   */
  private static final Pattern RUN_IN_ABSTRACT =
      Pattern.compile(
          "(abstract|r[ée]sum[ée]|resumen|аннотация|резюме|摘要)"
              + "(?:\\s*[:：]\\s*|\\s*\\t\\s*|\\s+(?=(?-i:\\p{Lu}\\p{Ll})))(?=\\S.{24})",
          FLAGS);

  private static final Pattern MANY_BLANKS = Pattern.compile("[ \u00a0]{2,}");

  /** "Topic 1: The security, safety ..." */
  static final Pattern TOPIC =
      Pattern.compile(
          "(?:topic|th[èe]me|tema)\\s+(\\d{1,2})\\s*[:.–-]\\s*(\\S.*)", FLAGS | Pattern.DOTALL);

  private HeadingKinds() {}

  /** The heading a run-in abstract makes: a label with its colon is a cover row's. */
  static Heading runIn(int index, Matcher runIn) {
    String word = runIn.group(1);
    boolean row = runIn.group().contains(":") || runIn.group().contains("：");
    SectionKind kind = row ? SectionKindWords.ofRowLabel(word) : kindOf(word);
    return new Heading(index, kind, word, null, 1, runIn.end());
  }

  /** The kind of a section with this heading (number already removed). */
  static SectionKind kindOf(String heading) {
    return SectionKindWords.kindOf(heading);
  }

  private static final Pattern QUESTION_START = Pattern.compile(QUESTION_NAMED + "\\s+\\d", FLAGS);

  /** Whether a line starts as a consultation's question heading ("Question 1: ..."). */
  static boolean isQuestion(String line) {
    return QUESTION_START.matcher(line).lookingAt();
  }

  static boolean isStandalone(String line) {
    return STANDALONE.matcher(line.replace('\u00a0', ' ')).matches();
  }

  static boolean isBodyStandalone(String line) {
    return BODY_STANDALONE.matcher(line).matches();
  }

  /**
   * Whether an annex's heading carries its own title after a dash or colon ("Annex – Summary of
   * decisions", "Annex 2: Terms"): the line after it is then no title of the annex's.
   */
  static boolean isTitledAnnex(String heading) {
    return TITLED_ANNEX.matcher(heading.replace('\u00a0', ' ')).matches();
  }

  /** The title of an annex, appendix, attachment or Resolution section ("SECTION 1bis"). */
  static boolean isDivision(String line) {
    return DIVISION.matcher(line.replace('\u00a0', ' ')).matches();
  }

  /** The letter, digit or numeral of an annex, appendix or attachment ("A", "1", "II"), or null. */
  static String annexNumber(String heading) {
    Matcher m = ANNEX_NUMBER.matcher(heading.replace('\u00a0', ' '));
    return m.lookingAt() ? m.group(1) : null;
  }

  static boolean isPreamble(String line) {
    return PREAMBLE.matcher(line.replace('\u00a0', ' ')).matches();
  }

  /**
   * A preamble word that runs on into its text on the same line, in lower case as ITU prints it
   * ("considering the experience gained ...", "decides to convene ..."), never a sentence's start.
   */
  private static final Pattern RUN_IN_PREAMBLE = Pattern.compile(PREAMBLE_VERB + "\\s+\\S");

  /**
   * Whether a line opens with a preamble word run in with its text: a draft that sets one preamble
   * word so sets its preamble as running text, and one left alone on its line is no heading.
   */
  static boolean runsInPreamble(String line) {
    return RUN_IN_PREAMBLE.matcher(line.replace('\u00a0', ' ')).lookingAt();
  }

  /** Whether a line is the heading over a draft decision or resolution, its kind alone. */
  static boolean isDraftText(String line) {
    return DRAFT_TEXT.matcher(line.replace('\u00a0', ' ').strip()).matches();
  }

  static boolean isFrontMatter(String line) {
    return FRONT_MATTER.matcher(line).matches();
  }

  static boolean isAgendaTitle(String line) {
    return AGENDA_TITLE.matcher(line).matches();
  }

  /** Whether a cover line gives the document's title as an agenda, labelled or not. */
  static boolean isAgendaTitleLine(String line) {
    return AGENDA_TITLE_LINE.matcher(line).matches();
  }

  /** The number of a Resolution's section ("1", "1bis" in "SECTION 1bis"), or null. */
  static String sectionNumber(String heading) {
    Matcher m = SECTION_NUMBER.matcher(heading.replace('\u00a0', ' '));
    return m.lookingAt() ? m.group(1) : null;
  }

  static boolean isCoverOnly(String line) {
    return COVER_ONLY.matcher(line).matches();
  }

  /** Whether a cover row's label (its colon tidied away) names a cover field, not a section. */
  static boolean isCoverFieldRow(String label) {
    return COVER_FIELD_ROW.matcher(label).matches();
  }

  static boolean isNextSteps(String line) {
    return NEXT_STEPS.matcher(line.strip()).matches();
  }

  static boolean isSubHeading(String line) {
    return SUB_HEADING.matcher(line).matches();
  }

  static boolean isRunIn(String line) {
    return RUN_IN.matcher(line).matches();
  }

  /** The run-in abstract or summary that starts the line, or null. */
  static Matcher runInAbstract(String line) {
    Matcher m = RUN_IN_ABSTRACT.matcher(line);
    return m.lookingAt() ? m : null;
  }

  /**
   * The run-in abstract that starts the line, also where a narrow PDF column wrapped its first
   * sentence short: the next line going on in small letters is the rest of that sentence.
   */
  static Matcher runInAbstract(String line, String next) {
    Matcher m = runInAbstract(line);
    if (m != null
        || next == null
        || next.isBlank()
        || !Character.isLowerCase(next.strip().charAt(0))) {
      return m;
    }
    m = runInAbstract(line.stripTrailing() + " " + next.strip());
    return m != null && m.end() <= line.length() ? m : null;
  }

  /** The match of {@link #TOPIC} on the whole line, or null. */
  static Matcher topic(String line) {
    // Every line is asked; "topic", "thème" and "tema" all start with a t in some case.
    if (line.isEmpty() || CaseFolding.fold(line.charAt(0)) != 't') {
      return null;
    }
    Matcher topic = TOPIC.matcher(line);
    return topic.matches() ? topic : null;
  }

  /**
   * A heading as shown: without trailing colons or blanks, tabs turned into spaces, and runs of
   * blanks made one ("ANNEX 1", spaced out by hand, is "ANNEX 1").
   */
  static String tidy(String heading) {
    String text =
        TextCleaner.strip(MANY_BLANKS.matcher(heading.replace('\t', ' ')).replaceAll(" "));
    while (TableLabels.endsWithColon(text)) {
      text = TextCleaner.strip(text.substring(0, text.length() - 1));
    }
    return text;
  }
}
