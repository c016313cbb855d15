package org.cwg.cite;

import static org.cwg.cite.ExtractedCitations.bodies;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Resolutions of the conferences that came before today's, cited by the conventions of the 1990s:
 * the World Administrative Radio Conferences' are the WRC's, the Plenipotentiary Conference of Nice
 * and the Additional one of Geneva, 1992 are the Plenipotentiary's, and an older number sign stands
 * before the number.
 */
class PredecessorConferenceCitationsTest {

  @Test
  void anAdministrativeRadioConferencesResolutionIsTheWorldRadioConferences() {
    assertEquals(
        List.of("WRC 33", "WRC 64", "WRC 64"),
        bodies(
            "Resolution 33 (WARC-79) is kept, and Resolution 64 (Rev.WARC-92) is revised.\n"
                + "Reasons: Resolution 64 has served its purpose."));
    assertEquals(List.of("WRC 5"), bodies("Selon la Résolution 5 (CAMR-92), il convient."));
    assertEquals(List.of("WRC 8"), bodies("Según la Resolución 8 (Rev.CAMR-79), se hará."));
    assertEquals(List.of("WRC 13"), bodies("Согласно Резолюции 13 (ВАКР-92), предлагается."));
    assertEquals(
        List.of("WRC 4"),
        bodies("Resolution 4 of the World Administrative Radio Conference asked for studies."));
    assertEquals(
        List.of("WRC 3"),
        bodies(
            "Selon la Résolution 3 de la Conférence administrative mondiale des"
                + " radiocommunications, il convient."));
  }

  @Test
  void theAdditionalPlenipotentiaryConferenceAndNiceArePlenipotentiaryConferences() {
    assertEquals(
        List.of("PP 2", "PP 3"),
        bodies(
            "By Resolution 2 (APP-92) it decided so, under Resolution 3 of the Additional"
                + " Plenipotentiary Conference."));
    // The meeting in the revision's place outweighs the conference the sentence talks about.
    assertEquals(
        List.of("PP 9", "PP 4"),
        bodies(
            "The World Telecommunication Development Conference is foreseen in Resolution 9"
                + " (Nice, 1989) and in Resolution 4 (Geneva, 1992)."));
    assertEquals(
        List.of("PP 6"),
        bodies("La Conferencia de Desarrollo (CMDT) aplica la Resolución 6 (Niza, 1989)."));
  }

  @Test
  void theFrenchNumberSignWithoutItsFullStopIsRead() {
    // "Résolution nº 6" loses its raised "o" in plain text: "no 6".
    assertEquals(
        List.of("WTSA 6", "WTSA 19"),
        bodies(
            "Le projet est soumis selon la Résolution no 6 (Helsinki, 1993) de la CMNT et la"
                + " Résolution No 19 (Helsinki, 1993)."));
  }

  @Test
  void aConferenceNamedWithItsMeetingBeforeBareNumbersAdoptedThem() {
    // An agenda item on a meeting's follow-up cites that meeting's resolutions.
    assertEquals(
        List.of("PP 1", "WTSA 1", "WTSA 4"),
        bodies(
            "2.1 Strategic Plan under Resolution 1 (Kyoto, 1994)\n"
                + "3.1 World Telecommunication Standardization Conference (Geneva, 1996):"
                + " follow-up of Resolutions 1 and 4\n"));
    // A year in brackets that is no meeting of the body named says nothing.
    assertEquals(
        List.of("PP 1", "PP 1"),
        bodies(
            "2.1 Strategic Plan under Resolution 1 (Kyoto, 1994)\n"
                + "3.1 World Telecommunication Standardization Conference (Kyoto, 1994):"
                + " follow-up of Resolution 1\n"));
  }
}
