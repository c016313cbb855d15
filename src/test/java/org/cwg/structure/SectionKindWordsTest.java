package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.cwg.model.SectionKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The words that make a heading's kind, and those that only name a subject. */
class SectionKindWordsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Outcome|OUTCOME",
        "Expected outcomes|OTHER",
        "Résultats attendus|OTHER",
        "Outcome for Council|OUTCOME",
        "Outcome of the second open consultation|OUTCOME",
        "Outcome of the meetings|OUTCOME",
        "Outcome of the session's discussions|OUTCOME",
        "Outcome of RA-27|OTHER",
        "Outcomes of the regional preparatory meetings|OTHER",
        "Outcome of the first phase (Document C31/7)|OTHER",
        "Outcomes of the regional test campaigns|OTHER",
        "Outcome documents|OTHER",
        "Conclusions of the meeting|CONCLUSION",
        "Conclusion of the second session|CONCLUSION",
        "Conclusions of the pilot trials|OTHER",
        "Topic 2: Testing in rural areas|TOPIC",
        "Theme of the Symposium|OTHER",
        "Tema de la reunión|OTHER",
        "Reasons for the amendment|RATIONALE",
        "Motifs des modifications|RATIONALE",
        "Motivos de la enmienda|RATIONALE",
        "Основания для изменений|RATIONALE",
        "Reasons|RATIONALE",
        "Reasonable use of spectrum|OTHER",
      })
  void aHeadingIsOfAKindWhenItsWordsNameTheKindNotASubject(String heading, SectionKind kind) {
    assertEquals(kind, HeadingKinds.kindOf(heading));
  }
}
