package org.cwg.structure;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cwg.model.SectionKind;

/**
 * The words that name each section kind in a heading, in ITU's languages, tried in a fixed order:
 * the first kind whose words make the whole heading wins, and a heading no kind's words make is
 * {@code other}. The table reads a heading already found; whether a line is one is {@link
 * HeadingKinds}' question.
 */
final class SectionKindWords {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** "of the meeting" and its like: the meeting, session or consultation a report is of. */
  private static final String OF_THE_MEETING =
      "of\\s+(?:the\\s+)?(?:\\S+\\s+){0,3}"
          + "(?:meetings?|consultations?|sessions?|discussions?|deliberations?)";

  /** Chinese's one word for both an abstract and a summary. */
  private static final String CHINESE_ABSTRACT_OR_SUMMARY = "摘要";

  private static final Map<SectionKind, Pattern> KINDS = new LinkedHashMap<>();

  static {
    KINDS.put(
        SectionKind.PURPOSE,
        Pattern.compile("purpose|objet|objeto|prop[oó]sito|finalidad|цель|الغرض|目的", FLAGS));
    KINDS.put(
        SectionKind.ACTION_REQUIRED,
        Pattern.compile(
            "(?:action|decision)s?\\s+(?:required|requested)(?:\\s+(?:by|of|from)\\b.{0,60})?"
                + "|suite\\s+[àa]\\s+donner.{0,60}|d[ée]cision\\s+demand[ée]e.{0,60}"
                + "|(?:acci[oó]n|medidas?|decisi[oó]n)\\s+(?:requerida|solicitada)s?.{0,60}"
                + "|(?:необходимые|требуемые)\\s+(?:действия|решения).{0,60}"
                + "|الإجراء\\s+المطلوب.{0,60}|需(?:要)?采取的行动",
            FLAGS));
    KINDS.put(
        SectionKind.REFERENCES,
        Pattern.compile(
            "(?:normative\\s+|informative\\s+)?references?|r[ée]f[ée]rences?(?:\\s+normatives)?"
                + "|referencias?|справочные\\s+(?:материалы|документы)|ссылки|المراجع|参考(?:文件|资料)",
            FLAGS));
    KINDS.put(
        SectionKind.SUMMARY,
        Pattern.compile(
            "(?:executive\\s+)?summary|r[ée]sum[ée]|resumen|резюме|(?:ال)?ملخص|摘要|概要", FLAGS));
    KINDS.put(
        SectionKind.ABSTRACT, Pattern.compile("abstract|r[ée]sum[ée] analytique|аннотация", FLAGS));
    KINDS.put(
        SectionKind.INTRODUCTION,
        Pattern.compile(
            "(?:introduction|introducci[oó]n|background|contexte|historique|antecedentes|введение"
                + "|(?:справочная|исходная)\\s+информация|история\\s+вопроса|общие\\s+сведения"
                + "|(?:ال)?مقدمة|(?:ال)?خلفية"
                + "|引言|简介|背景)"
                + "(?:\\s+(?:and|to|information|et|y|и)\\s.{0,60})?",
            FLAGS));
    KINDS.put(
        SectionKind.SCOPE,
        Pattern.compile(
            "(?:(?:purpose\\s+and\\s+)?scope|domaine\\s+d'application|champ\\s+d'application|alcance"
                + "|[áa]mbito(?:\\s+de\\s+aplicaci[oó]n)?|(?:сфера|область)\\s+применения)(?:\\s+(?:of|and|et|de|y)\\b.{0,80})?",
            FLAGS));
    KINDS.put(
        SectionKind.DEFINITIONS,
        Pattern.compile(
            "(?:terms\\s+and\\s+)?definitions?|d[ée]finitions?|definiciones"
                + "|terms\\s+defined\\b.{0,60}|termes\\s+d[ée]finis\\b.{0,60}"
                + "|t[ée]rminos\\s+definidos\\b.{0,60}|(?:термины\\s+и\\s+)?определения",
            FLAGS));
    KINDS.put(
        SectionKind.ABBREVIATIONS,
        Pattern.compile(
            "(?:abbreviations?|acronyms|abr[ée]viations|sigles|abreviaturas|siglas|сокращения)"
                + "(?:\\s+(?:and|et|y|и)\\s+\\S+){0,1}",
            FLAGS));
    KINDS.put(
        SectionKind.RATIONALE,
        Pattern.compile(
            "(?:rationale|justification|justificaci[oó]n|motivation|motivaci[oó]n)\\b.{0,80}"
                + "|обоснование(?:\\s.{0,80})?"
                // The reasons a conference's proposals give (Reasons, Motifs, Motivos, Основания),
                // as a heading of their own ("Reasons for the corrections").
                + "|(?:reasons|motifs|motivos)(?:\\s+(?:for|des?|du|del|para)\\b.{0,80})?"
                + "|основания(?:\\s.{0,80})?",
            FLAGS));
    KINDS.put(
        SectionKind.PROPOSAL,
        Pattern.compile(
            "(?:proposals?|propositions?|propuestas?)\\b.{0,80}|предложени[ея](?:\\s.{0,80})?"
                + "|(?:ال)?مقترحات|(?:ال)?اقتراح(?:ات)?|提案|建议",
            FLAGS));
    // A numbered topic of the Council's working groups ("Topic 1: ..."); "Theme of the Forum" names
    // a subject, as any heading does.
    KINDS.put(
        SectionKind.TOPIC,
        Pattern.compile("(?:topic|th[èe]me|tema)\\s+\\d{1,2}\\b.{0,200}", FLAGS));
    KINDS.put(
        SectionKind.OUTCOME,
        Pattern.compile(
            // The outcome of the meeting reported on is one ("Outcome of the meetings", "Outcome of
            // the third open consultation", "Outcome for Council"); the outcome of another event
            // ("Outcome of WTSA-08", "Outcomes of the WSIS+20 review process") names a subject, and
            // an expected outcome ("Expected outcomes", "Résultats attendus") a forecast.
            "outcomes?(?:\\s+for\\s+(?:the\\s+)?council)?"
                + "|outcome\\s+"
                + OF_THE_MEETING
                + "|r[ée]sultats?\\s+pour.{0,60}|resultados?\\s+para.{0,60}",
            FLAGS));
    KINDS.put(
        SectionKind.DISCUSSION,
        Pattern.compile(
            "discussions?(?:\\s+on\\b.{0,200})?|d[ée]bats?|debates?|discusi[oó]n(?:es)?|обсуждение",
            FLAGS));
    KINDS.put(
        SectionKind.ACTIONS,
        Pattern.compile(
            // "Mesures" alone is as often "Measurements": only the phrases that mean what is next.
            "actions|action\\s+items|follow-up\\s+actions|next\\s+steps|mesures\\s+[àa]\\s+prendre"
                + "|prochaines\\s+[ée]tapes|pr[óo]ximos\\s+pasos|pr[óo]ximas\\s+etapas"
                + "|(?!conclusions?\\b)[\\p{L} ]{1,40}\\s+and\\s+next\\s+steps"
                + "|(?:дальнейшие|последующие)\\s+(?:действия|шаги)",
            FLAGS));
    KINDS.put(
        SectionKind.CONCLUSION,
        Pattern.compile(
            // As with an outcome, the conclusions of the meeting reported on are its conclusion
            // ("Conclusions of the meeting", "Conclusions of the third session").
            "(?:conclusions?|conclusi[oó]n(?:es)?|выводы|заключение)"
                + "(?:\\s+(?:and|et|y|и)\\s.{0,60}|\\s+"
                + OF_THE_MEETING
                + ")?"
                + "|concluding\\s+remarks|remarques\\s+finales|observaciones\\s+finales"
                + "|(?:ال)?استنتاجات|الخلاصة|结论",
            FLAGS));
    KINDS.put(
        SectionKind.ANNEX,
        Pattern.compile(
            "(?:annex|annexe|anexo)\\b.{0,120}|приложение(?:\\s.{0,120})?|الملحق(?:\\s.{0,120})?"
                + "|附件.{0,120}",
            FLAGS));
    KINDS.put(
        SectionKind.APPENDIX,
        Pattern.compile(
            "(?:appendix|appendice|ap[ée]ndice)\\b.{0,120}|(?:добавление|дополнение)(?:\\s.{0,120})?",
            FLAGS));
    KINDS.put(
        SectionKind.ATTACHMENT,
        Pattern.compile(
            "(?:attachment|pi[èe]ce\\s+jointe|adjunto)\\b.{0,120}|прилагаемый\\s+документ\\b.{0,120}",
            FLAGS));
  }

  /** The kinds in the order they are tried: the first whose pattern matches wins. */
  private static final List<SectionKind> KIND_ORDER = List.copyOf(KINDS.keySet());

  /**
   * All kinds' patterns as alternatives of one, in order, each in a group of its own. Matching a
   * whole heading, the first alternative that matches it wins, as when the patterns are tried one
   * by one, but it takes one matcher per heading rather than one per kind.
   */
  private static final Pattern ANY_KIND = anyOf(KINDS.values());

  private SectionKindWords() {}

  /**
   * The kind a cover row's label ("摘要：" and its value beside it) names. Chinese writes 摘要 for both
   * Abstract and Summary: as a heading of its own it is a summary, but as a row's label it is the
   * row the ITU-T cover's template has in the place of "Abstract:".
   */
  static SectionKind ofRowLabel(String label) {
    return label.equals(CHINESE_ABSTRACT_OR_SUMMARY) ? SectionKind.ABSTRACT : kindOf(label);
  }

  /** The kind of a section with this heading (number already removed). */
  static SectionKind kindOf(String heading) {
    SectionKind kind = kindOfWhole(heading);
    int bar = heading.indexOf(" | ");
    if (kind == SectionKind.OTHER && bar > 0) {
      // A template offering two titles ("Executive summary | Highlights") names its kind first.
      kind = kindOfWhole(TextCleaner.strip(heading.substring(0, bar)));
    }
    return kind;
  }

  private static SectionKind kindOfWhole(String heading) {
    Matcher m = ANY_KIND.matcher(heading);
    if (m.matches()) {
      for (int i = 0; i < KIND_ORDER.size(); i++) {
        if (m.start(kindGroup(i)) >= 0) {
          return KIND_ORDER.get(i);
        }
      }
    }
    return SectionKind.OTHER;
  }

  private static Pattern anyOf(Collection<Pattern> patterns) {
    StringBuilder alternatives = new StringBuilder();
    int i = 0;
    for (Pattern pattern : patterns) {
      alternatives
          .append(i == 0 ? "" : "|")
          .append("(?<")
          .append(kindGroup(i++))
          .append('>')
          .append(pattern.pattern())
          .append(')');
    }
    return Pattern.compile(alternatives.toString(), FLAGS);
  }

  private static String kindGroup(int index) {
    return "kind" + index;
  }
}
