package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.cwg.model.Metadata;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Question(s) field of ITU-T and ITU-D covers in the forms study groups write it: full ("4/17,
 * 11/17"), with a Q ("Q11/17", "Q.4/17"), the group written once at the end ("4, 11/17", "4 and
 * 11/17"), or bare numbers under a study group's masthead; "N/A", "TBD", "All" and a Resolution in
 * the row name none. A Question's revision index, as ITU-D numbered them from 2010 to 2014
 * ("9-2/2"), stays.
 */
class CoverQuestionsTest {

  @ParameterizedTest(name = "{0} | {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "Question(s): 4/17, 11/17|-|4/17;11/17",
        "Question(s):\tQ11/17|-|11/17",
        "Questions: 1/12|-|1/12",
        "Question(s): Q.4/17 and Q.6/17|-|4/17;6/17",
        "Question(s): 4, 11/17|-|4/17;11/17",
        "Question(s): 4 and 11/17|-|4/17;11/17",
        "Question(s): 4/17 & 6/17|-|4/17;6/17",
        "Question(s): 2, 5|STUDY GROUP 9|2/9;5/9",
        "Question(s): Q2/9; Q5/9|-|2/9;5/9",
        "Question(s): N/A|STUDY GROUP 9|",
        "Question(s): TBD|-|",
        "Question(s): Resolution 7 (Rev. Example City, 2030)|STUDY GROUP 2|",
        "Question(s): 3/2 (see Recommendation E.800)|-|3/2",
        "Question(s): All/17|-|All/17",
        "Question(s): Toutes/13|-|All/13",
        "Question 4/1: Economic policies|-|4/1",
        "QUESTION 9-2/2: Spectrum management for rural areas|-|9-2/2",
        "Вопрос 14-3/1: Тарифная политика|-|14-3/1",
        "Question(s): 3-2/1 and 11-2/1|-|3-2/1;11-2/1",
        "Question ITU-R 118/6|RADIOCOMMUNICATION STUDY GROUPS|118/6",
        "Questions ITU-R 201-1/4 and 77/4|RADIOCOMMUNICATION STUDY GROUPS|201-1/4;77/4",
        "Question ITU-R 118/6 on broadcasting|RADIOCOMMUNICATION STUDY GROUPS|",
      })
  void readsTheQuestionsInEveryForm(String line, String masthead, String expected) {
    List<CoverLine> cover =
        masthead == null
            ? List.of(CoverLine.body("INTERNATIONAL TELECOMMUNICATION UNION"), CoverLine.body(line))
            : List.of(CoverLine.body(masthead), CoverLine.body(line));
    Metadata metadata =
        MetadataReader.read(Map.of(), cover, null, "q.txt", Map.of(), List.of(), "");
    List<String> questions = expected == null ? List.of() : Arrays.asList(expected.split(";"));
    assertEquals(questions, metadata.questions() == null ? List.of() : metadata.questions());
  }
}
