package org.cwg.cite;

import static org.cwg.cite.ExtractedCitations.bodies;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A resolution "of that Conference" is the resolution of the conference the text named last, in
 * that sentence or the one before, in each language the citations are read in.
 */
class ConferenceNamedBeforeTest {

  @Test
  void thatConferenceIsTheOneNamedInTheSentenceBefore() {
    assertEquals(
        List.of("WRC 26"),
        bodies(
            "The World Radiocommunication Conference (Geneva, 1995) set the agenda. Resolution 26"
                + " of that Conference asks for new studies."));
    assertEquals(
        List.of("WTSA 7"),
        bodies(
            "The World Telecommunication Standardization Assembly met in 2000; it reviewed"
                + " Resolution 7 of the said Assembly."));
  }

  @Test
  void thatConferencePointsBackInFrenchSpanishRussianAndArabic() {
    assertEquals(
        List.of("WTDC 9"),
        bodies(
            "La Conférence mondiale de développement des télécommunications a adopté un plan."
                + " La Résolution 9 de cette Conférence porte sur le spectre."));
    assertEquals(
        List.of("WTDC 9"),
        bodies(
            "La Conferencia Mundial de Desarrollo de las Telecomunicaciones aprobó un plan. La"
                + " Resolución 9 de dicha Conferencia trata del espectro."));
    assertEquals(
        List.of("WTDC 9"),
        bodies(
            "Всемирной конференции по развитию электросвязи удалось принять план. Резолюция 9"
                + " этой конференции касается спектра."));
    assertEquals(
        List.of("WTDC 9"),
        bodies(
            "اعتمد المؤتمر العالمي لتنمية الاتصالات خطة عمل. ويتناول القرار 9 الصادر عن ذلك المؤتمر"
                + " الطيف."));
  }

  @Test
  void theLastConferenceNamedIsTheOnePointedTo() {
    assertEquals(
        List.of("WRC 12"),
        bodies(
            "After the Plenipotentiary Conference, the World Radiocommunication Conference met."
                + " Resolution 12 of that Conference applies."));
  }

  @Test
  void thisConferenceInAConferencesOwnTextIsThatConference() {
    assertEquals(
        List.of("PP 71", "WTDC 20"),
        new CitationExtractor()
                .extract(
                    "recalling\na) Resolution 71 of the Plenipotentiary Conference;\nb) Resolution"
                        + " 20 of this Conference,",
                    List.of(),
                    "WTDC-14/12")
                .resolutions()
                .stream()
                .map(m -> m.body() + " " + m.number())
                .toList());
  }

  @Test
  void withNoConferenceNamedBeforeTheNumberKeepsItsUsualBody() {
    assertEquals(List.of("PP 12"), bodies("Resolution 12 of that Conference applies."));
  }
}
