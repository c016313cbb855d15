package org.cwg.structure;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cwg.model.Provenance;
import org.cwg.structure.TypeEvidence.Cue;
import org.cwg.structure.TypeEvidence.Found;

/**
 * Decides a document's type from its {@link TypeEvidence}: each type scores the weights of the
 * distinct cues that name it, and the highest score wins. The weights are set by hand from the
 * families' conventions and checked on the development corpus only, never on the held-out sets:
 * what a number or a kind line says outweighs what a file name, the lead or a title's first words
 * say, a TD's kind line weighs less than what the TD says it carries, and weak cues that agree can
 * outweigh one that disagrees.
 */
final class TypeScores {

  /** A cue's weight, and the types for which it weighs otherwise. */
  private record Weight(int weight, Map<String, Integer> byType) {
    int of(String type) {
      return byType.getOrDefault(type, weight);
    }
  }

  private static final Map<Cue, Weight> WEIGHTS = new EnumMap<>(Cue.class);

  // Strongest first. A number's series and the cover's kind line say what the document is; who
  // sends it (the source line, the sources' role), the file name, the lead and the body's outline
  // say it less surely; a title's first words least, except "DRAFT AGENDA".
  static {
    WEIGHTS.put(Cue.PUBLISHED_NUMBER, new Weight(12, Map.of()));
    WEIGHTS.put(Cue.INFORMATION_SERIES, new Weight(10, Map.of()));
    WEIGHTS.put(Cue.CARRIED_KIND, new Weight(9, Map.of()));
    // A TD is a container: its kind line says less than what it carries.
    WEIGHTS.put(Cue.KIND_LINE, new Weight(8, Map.of("td", 4)));
    WEIGHTS.put(Cue.SOURCE_LINE, new Weight(7, Map.of()));
    // A DT is a draft text whoever presents it, even as a "Note by ...": its series outweighs the
    // source line; what its title says it carries (an agenda, a meeting's record) still wins.
    WEIGHTS.put(Cue.DRAFT_TEXT_SERIES, new Weight(8, Map.of()));
    // A Bureau's Director reports to the Sector's advisory group and sends notes to the study
    // groups and conferences, whatever the document's kind line or outline says.
    WEIGHTS.put(Cue.BUREAU_DIRECTOR, new Weight(8, Map.of()));
    WEIGHTS.put(Cue.FILE_NAME, new Weight(5, Map.of()));
    WEIGHTS.put(Cue.LEAD, new Weight(4, Map.of()));
    // An LS number is a liaison statement's; a TD number, like a TD's kind line, is a container's.
    WEIGHTS.put(Cue.TD_OR_LS_SERIES, new Weight(3, Map.of("liaison", 6)));
    WEIGHTS.put(Cue.PROPOSAL_SECTIONS, new Weight(3, Map.of()));
    WEIGHTS.put(Cue.REPORT_OUTLINE, new Weight(3, Map.of()));
    WEIGHTS.put(Cue.SOURCE_ROLE, new Weight(2, Map.of()));
    // A meeting's record is its report, whoever issues it ("Note by the Secretariat").
    WEIGHTS.put(Cue.MEETING_RECORD, new Weight(8, Map.of()));
    // "DRAFT AGENDA" is how every agenda is titled, whoever sends it ("Note by ...").
    WEIGHTS.put(Cue.TITLE, new Weight(2, Map.of("agenda", 8)));
    // ITU-R's and ITU-D's series carry reports and liaison statements as well as contributions.
    WEIGHTS.put(Cue.STUDY_GROUP_SERIES, new Weight(1, Map.of()));
  }

  /**
   * Among equal scores, the more specific type wins: a published text, then a type that names a
   * purpose, then the general ones.
   */
  static final List<String> TIE_ORDER =
      List.of(
          "recommendation",
          "resolution",
          "liaison",
          "agenda",
          "summary",
          "information",
          "report",
          "note",
          "contribution",
          "td",
          "other");

  /** The type chosen, where its strongest cue was found, and why, as {@code show} says it. */
  record Decision(String type, Provenance provenance, String rule) {}

  private TypeScores() {}

  /** The type the evidence scores highest, or null when there is none. */
  static Decision decide(TypeEvidence evidence) {
    Map<String, Map<Cue, Found>> byType = new LinkedHashMap<>();
    for (Found found : evidence.found()) {
      // A cue counts once per type, from the first place that showed it.
      byType
          .computeIfAbsent(found.type(), t -> new EnumMap<>(Cue.class))
          .putIfAbsent(found.cue(), found);
    }
    if (byType.isEmpty()) {
      return null;
    }
    Map<String, Integer> scores = new LinkedHashMap<>();
    byType.forEach(
        (type, cues) ->
            scores.put(type, cues.keySet().stream().mapToInt(c -> WEIGHTS.get(c).of(type)).sum()));
    String best =
        scores.keySet().stream()
            .min(
                Comparator.comparing((String t) -> -scores.get(t))
                    .thenComparing(TypeScores::tieRank))
            .orElseThrow();
    Found strongest =
        byType.get(best).values().stream()
            .max(Comparator.comparingInt(f -> WEIGHTS.get(f.cue()).of(best)))
            .orElseThrow();
    String why = strongest.rule() != null ? strongest.rule() : strongest.cue().label();
    return new Decision(
        best, strongest.provenance(), why + "; scores: " + scores(best, byType, scores));
  }

  private static int tieRank(String type) {
    int rank = TIE_ORDER.indexOf(type);
    return rank < 0 ? TIE_ORDER.size() : rank;
  }

  /**
   * "report 9 (carried-kind 9), td 7 (kind-line 4, td-or-ls-series 3)": every type's score and the
   * cues behind it, the winner first.
   */
  private static String scores(
      String best, Map<String, Map<Cue, Found>> byType, Map<String, Integer> scores) {
    return scores.keySet().stream()
        .sorted(
            Comparator.comparing((String t) -> !t.equals(best))
                .thenComparing(t -> -scores.get(t))
                .thenComparing(TypeScores::tieRank))
        .map(
            type ->
                type
                    + " "
                    + scores.get(type)
                    + " ("
                    + byType.get(type).keySet().stream()
                        .map(cue -> cue.label() + " " + WEIGHTS.get(cue).of(type))
                        .collect(Collectors.joining(", "))
                    + ")")
        .collect(Collectors.joining(", "));
  }
}
