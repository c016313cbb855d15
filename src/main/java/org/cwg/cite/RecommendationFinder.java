package org.cwg.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cwg.model.DocumentNumber;
import org.cwg.model.DocumentReference;
import org.cwg.model.SupplementNumbers;

/**
 * Finds references to Recommendations and ITU-R Reports: "Recommendation ITU-T X.1500", "ITU-R
 * M.1450-6", "Report ITU-R M.2410", lists such as "Recommendations ITU-T X.508, X.509 and X.510",
 * inside an ITU-T or ITU-R document, "Recommendation A.8" without its sector, and a number written
 * bare in a sentence ("as in G.709") once the text has named an ITU-T Recommendation. Each is
 * canonical as ITU publishes it: {@code ITU-T X.1500}, {@code ITU-R M.1450-6}, {@code Report ITU-R
 * M.2410}; Supplements as {@link SupplementNumbers} reads them. Thread-safe.
 */
final class RecommendationFinder {

  private static final String WS = "[\\s\\u00a0]";

  /**
   * A series letter or two and a number: "X.1500", "BO.600-1", "Y.4000.1", "M.2410", and a
   * Recommendation numbered after another with a Latin ordinal, "X.1303bis", "Q.50ter"; never a
   * series of Recommendations ("the ITU-T X.500 series"), nor a work item's provisional name, which
   * ends in letters after a dot ("F.749.VMS" is no F.749). ITU-T's D-series numbers its regional
   * tariff Recommendations with an R ("D.300R", "D.600R"), itself a word's end, never a next
   * word's.
   */
  private static final String NUMBER =
      "(?<series>[A-Z]{1,3})\\.(?<num>\\d{1,4}(?:\\.\\d{1,4})?)(?<regional>(?<=D\\.\\d{3})R)?"
          + "(?<ordinal>bis|ter|quater)?"
          + "(?:-(?<version>\\d{1,2}))?"
          + "(?![\\w/]|\\.[\\d\\p{L}]|-\\d|-(?i:series)|"
          + WS
          + "+(?i:series|s[ée]rie))";

  /**
   * "ITU-T X.1500", "Report ITU-R M.2410", and the older English word order "ITU-T Recommendation
   * Y.2012"; in French and Spanish "UIT-T", in Russian "МСЭ-Т", in Arabic "التقرير ITU-R M.2078" as
   * ITU's Arabic texts keep the Latin sector and number; the hyphen may be a no-break one, or lost
   * with it when Word's special hyphen was dropped ("ITUT").
   */
  private static final Pattern WITH_SECTOR =
      Pattern.compile(
          "(?<![\\w.-])(?:(?<report>(?iu:Report|Rapport|Informe|Отчет\\p{L}{0,2})"
              // Arabic "التقرير" (the report), "التقارير" (the reports), a preposition or "و"
              // (and) written onto it: "بالتقرير", "للتقرير", "وتقرير".
              + "|[وف]?[بلك]?(?:ال|ل)?(?:تقرير|تقارير))"
              + WS
              + "+)?(?:ITU|UIT|МСЭ)[-\\u2010\\u2011]?(?<sector>[TRТ])"
              + WS
              + "+(?:Recommendations?"
              + WS
              + "+)?"
              + NUMBER);

  /**
   * "Recommendation ITU-T Y.4900 series": a series named by the word Recommendation and its first
   * text names that text too, where "the ITU-T X.500 series" alone names none.
   */
  private static final Pattern RECOMMENDATION_SERIES =
      Pattern.compile(
          "(?<![\\w.-])(?iu:Recommendations?|Recommandations?|Recomendaci[oó]n(?:es)?"
              + "|Рекомендаци\\p{L}{0,2})"
              + WS
              + "+(?:ITU|UIT|МСЭ)[-\\u2010\\u2011]?(?<sector>[TRТ])"
              + WS
              + "+(?<number>[A-Z]{1,3}\\.\\d{1,4}(?:\\.\\d{1,4})?)"
              + WS
              + "+(?i:series|s[ée]rie)");

  /**
   * A Recommendation number written alone, "as in G.709": never inside a longer name
   * ("T-REC-G.709", "GSMA TS.06", an address), nor a Question ("Q.12/15").
   */
  private static final Pattern BARE = Pattern.compile("(?<![\\w.\\-/@])" + NUMBER);

  /**
   * What numbers a part of the text itself, right before a number: "Table A.12", "Figure B.10",
   * "clause C.11".
   */
  private static final Pattern PART_BEFORE =
      Pattern.compile(
          "(?iu:tables?|tableau|tabla|cuadro|figures?|figura|таблиц\\p{L}{0,2}|рисун\\p{L}{0,4}"
              + "|clauses?|sections?|paragraphs?|paragraphe|párrafo|пункт\\p{L}{0,2}|§)"
              + WS
              + "*$");

  /** A word of a sentence right before a number: "in", "of", "with", "протоколу". */
  private static final Pattern IN_SENTENCE = Pattern.compile("\\p{Ll}" + WS + "+$");

  /** A paragraph numbered like an annex's clauses: "A.10 The bearer", at a line's start. */
  private static final Pattern NUMBERED_LINE = Pattern.compile(WS + "+\\p{Lu}");

  private static final Pattern CHINESE_REPORT = Pattern.compile("号?报告");

  /**
   * ITU-D numbers its few Recommendations without a series letter: "Recommendation ITU-D 19",
   * "Recomendación UIT-D 19".
   */
  private static final Pattern ITU_D =
      Pattern.compile(
          "(?<![\\w.-])(?:Recommendations?|Recs?\\.|(?iu:Recommandations?|Recomendaci[oó]n"
              + "|Recomendaciones|Рекомендаци[яиюей]))"
              + WS
              + "+(?:ITU|UIT|МСЭ)[-\\u2010\\u2011]?D"
              + WS
              + "+(?<num>\\d{1,3})(?![\\w/-]|\\.\\d)");

  /** "Recommendation A.8", "Rec. X.509", "Recommendations X.508 and X.509": sector implied. */
  private static final Pattern WITHOUT_SECTOR =
      Pattern.compile(
          "(?<![\\w.-])(?:Recommendations?|Recs?\\.|(?iu:Recommandations?|Recomendaci[oó]n"
              + "|Recomendaciones|Рекомендаци[яиюей]))"
              + WS
              + "+"
              + NUMBER);

  /**
   * The next item of a list: ", X.509", " and X.510", in the six languages' words ("et D.52", "y
   * D.52", "и D.52"); and the second end of a range ("Q.1902.1 to Q.1902.6", "à", "a", "до", "–"),
   * which names both ends as a range of documents does; a sector named again starts anew. An item
   * may carry a short note in brackets, as an agenda marks a text's status: "Recommendations ITU-T
   * X.1 (revised) and X.2", "A.1 (new), A.7 (TSAG-TD 62) and A.8".
   */
  private static final Pattern LIST_NEXT =
      Pattern.compile(
          "\\G(?:"
              + WS
              + "*\\([^()\\n]{1,40}\\))?(?:"
              + WS
              + "*,"
              + WS
              + "*(?:(?:and|or|et|ou|y|o|и|или)"
              + WS
              + "+)?|"
              + WS
              + "+(?:and|or|et|ou|y|o|и|или|to|through|à|a|al|до|по)"
              + WS
              + "+|"
              + WS
              + "*[\u2013\u2014]"
              + WS
              + "*)"
              + NUMBER);

  /**
   * @param own the citing document's canonical number, never a reference of its own; or null
   */
  List<DocumentReference> find(String text, String own) {
    List<DocumentReference> found = new ArrayList<>();
    if (!text.contains("ITU")
        && !text.contains("UIT")
        && !text.contains("МСЭ")
        && !text.contains("Rec")
        && !text.contains("Рек")) {
      return found;
    }
    if (namesSector(text)) {
      Matcher m = WITH_SECTOR.matcher(text);
      while (m.find()) {
        String sector = m.group("sector").equals("Т") ? "T" : m.group("sector");
        // Chinese names the kind after the number: "ITU-R M.2290号报告" is a Report.
        boolean report =
            m.group("report") != null
                || CHINESE_REPORT.matcher(text).region(m.end(), text.length()).lookingAt();
        String prefix = (report ? "Report " : "") + "ITU-" + sector;
        readList(text, m, prefix, own, found);
      }
      Matcher series = RECOMMENDATION_SERIES.matcher(text);
      while (series.find()) {
        String sector = series.group("sector").equals("Т") ? "T" : series.group("sector");
        addWhole(found, "ITU-" + sector + " " + series.group("number"), series, own);
      }
    }
    Matcher development = ITU_D.matcher(text);
    while (development.find()) {
      addWhole(found, "ITU-D " + development.group("num"), development, own);
    }
    // Supplements to a series: "ITU-T L Suppl. 52", "ITU-T Y.Sup55", "Supplement 52 to ITU-T
    // L-series Recommendations"; never a Supplement without its series ("its Supplement 2").
    Matcher supplement = SupplementNumbers.FINDER.matcher(text);
    while (supplement.find()) {
      addWhole(found, SupplementNumbers.canonical(supplement), supplement, own);
    }
    String sector = sectorOf(own);
    Matcher bare = WITHOUT_SECTOR.matcher(text);
    while (bare.find()) {
      String of = sectorOfSeries(bare.group("series"), sector);
      if (of != null && !covered(found, bare.start("series"))) {
        readList(text, bare, of, own, found);
      }
    }
    if (namesItuT(found)) {
      findBare(text, sector, own, found);
    }
    found.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return found;
  }

  /**
   * Once a text has named an ITU-T Recommendation with its sector or as a Recommendation, its
   * reader takes a number written bare in a sentence ("aligned with G.709", "the next draft of
   * H.235") as one of that sector's too. A bare number that opens a line or follows a comma, a
   * colon or a bracket is an item of a list, a table or a work programme, which names a work item
   * or a text under study rather than citing one. Only an ITU-T series letter with a number of two
   * digits or more: "A.1", "P.4", "B.9" are as often a clause, a table, a grade or a series of
   * Conference documents; and never the A series, whose bare numbers name the forms its texts set
   * ("the A.13 justification").
   */
  private static void findBare(
      String text, String citing, String own, List<DocumentReference> found) {
    Matcher bare = BARE.matcher(text);
    while (bare.find()) {
      if (isCitedInSentence(text, bare, citing) && !covered(found, bare.start("series"))) {
        add(found, "ITU-T", bare, own, bare.start(), bare.group());
      }
    }
  }

  /** Whether a bare number is an ITU-T Recommendation's, cited in a sentence, as above. */
  private static boolean isCitedInSentence(String text, Matcher bare, String citing) {
    String series = bare.group("series");
    String number = bare.group("num");
    boolean twoDigitsOrMore = number.length() > 1 && number.indexOf('.') != 1;
    return series.length() == 1
        && !series.equals("A")
        && twoDigitsOrMore
        && IN_SENTENCE.matcher(text).region(Math.max(0, bare.start() - 12), bare.start()).find()
        && "ITU-T".equals(sectorOfSeries(series, citing))
        && !numbersPart(text, bare);
  }

  /** Whether a bare number numbers a table, figure or clause of the text rather than citing. */
  private static boolean numbersPart(String text, Matcher bare) {
    int start = bare.start();
    if (PART_BEFORE.matcher(text).region(Math.max(0, start - 16), start).find()) {
      return true;
    }
    boolean lineStart =
        start == 0 || text.charAt(start - 1) == '\n' || text.charAt(start - 1) == '\r';
    return lineStart && NUMBERED_LINE.matcher(text).region(bare.end(), text.length()).lookingAt();
  }

  private static boolean namesItuT(List<DocumentReference> found) {
    return found.stream().anyMatch(reference -> reference.id().startsWith("ITU-T "));
  }

  /**
   * Whether the text names ITU-T or ITU-R ("ITU-T", "UIT‑R", "МСЭ-Т", "ITUT") anywhere, as every
   * match of {@link #WITH_SECTOR} does: most texts do not, and the pattern would be tried at every
   * character of them.
   */
  private static boolean namesSector(String text) {
    for (String itu : new String[] {"ITU", "UIT", "МСЭ"}) {
      for (int at = text.indexOf(itu); at >= 0; at = text.indexOf(itu, at + 1)) {
        int after = at + itu.length();
        if (after < text.length() && "-\u2010\u2011".indexOf(text.charAt(after)) >= 0) {
          after++;
        }
        if (after < text.length() && "TRТ".indexOf(text.charAt(after)) >= 0) {
          return true;
        }
      }
    }
    return false;
  }

  private static void readList(
      String text, Matcher first, String prefix, String own, List<DocumentReference> found) {
    add(found, prefix, first, own, first.start(), first.group());
    Matcher next = LIST_NEXT.matcher(text);
    int at = first.end();
    while (MatchAt.offset(next, text, at)) {
      String written = text.substring(next.start("series"), next.end());
      add(found, prefix, next, own, next.start("series"), written);
      at = next.end();
    }
  }

  private static void add(
      List<DocumentReference> found,
      String prefix,
      Matcher m,
      String own,
      int start,
      String written) {
    String id =
        prefix
            + " "
            + m.group("series")
            + "."
            + m.group("num")
            + (m.group("regional") != null ? "R" : "")
            + (m.group("ordinal") != null ? m.group("ordinal") : "")
            + (m.group("version") != null ? "-" + m.group("version") : "");
    if (!id.equals(own) && !covered(found, start)) {
      found.add(new DocumentReference(id, written, start, start + written.length(), false, null));
    }
  }

  /**
   * The sector a bare "Recommendation A.8" belongs to: the one whose series it is when only one
   * sector has that series, since ITU-R's series are BO, BR, BS, BT, F, M, P, RA, RS, S, SA, SF,
   * SM, SNG, TF and V and ITU-T's are single letters; else the citing document's.
   */
  private static String sectorOfSeries(String series, String citing) {
    if (series.length() > 1) {
      return "ITU-R";
    }
    return "FMPSV".contains(series) ? citing : "ITU-T";
  }

  /** The sector a bare "Recommendation A.8" belongs to: the citing document's, if ITU-T or R. */
  private static String sectorOf(String own) {
    if (own == null) {
      return null;
    }
    if (own.startsWith("ITU-T ")) {
      return "ITU-T";
    }
    if (own.startsWith("ITU-R ")) {
      return "ITU-R";
    }
    // A published resolution of the assembly that governs a sector: "WTSA Res. 1", "RA Res. 2".
    ResolutionId resolution = CitationExtractor.ownResolution(own);
    if (resolution != null) {
      return switch (resolution.body()) {
        case ResolutionBodies.WTSA -> "ITU-T";
        case ResolutionBodies.RA -> "ITU-R";
        default -> null;
      };
    }
    // The assembly or conference that governs a sector cites that sector's Recommendations.
    String group = DocumentNumber.groupOf(own);
    if ("WTSA".equals(group)) {
      return "ITU-T";
    }
    if ("WRC".equals(group) || "RRC".equals(group) || "RA".equals(group)) {
      return "ITU-R";
    }
    String family = DocumentNumber.familyOf(own);
    return family.equals(DocumentNumber.ITU_T)
        ? "ITU-T"
        : family.equals(DocumentNumber.ITU_R) ? "ITU-R" : null;
  }

  private static boolean covered(List<DocumentReference> found, int offset) {
    for (DocumentReference reference : found) {
      if (reference.start() <= offset && offset < reference.end()) {
        return true;
      }
    }
    return false;
  }

  /** The reference a whole match writes, unless it is the document's own number. */
  private static void addWhole(List<DocumentReference> found, String id, Matcher m, String own) {
    if (!id.equals(own)) {
      found.add(new DocumentReference(id, m.group(), m.start(), m.end(), false, null));
    }
  }
}
