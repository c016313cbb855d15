package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.cwg.model.Metadata;
import org.cwg.model.Provenance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetadataCluesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "S24-CWGINT20-C-0004!!MSW-E.docx|CWG-Internet-20/4|20|contribution|en",
        "S24-CWGINT20-C-0001!R2!MSW-E.docx|CWG-Internet-20/1(Rev.2)|20|contribution|en",
        "S25-CL-C-0045!A1!MSW-F.docx|C25/45(Add.1)|-|-|fr",
        "S25-CL-INF-0012!!MSW-S.docx|C25/INF/12|-|information|es",
        "S23-CWGWSIS41-C-0016!!MSW-R.docx|CWG-WSIS-41/16|41|contribution|ru",
        "S24-CWGINT-OPCWGINT11-C-0003!!MSW-E.docx|OPCWGINT-11/3|11|-|en",
        "contribution.docx|-|-|-|-",
      })
  void ituFileNames(String name, String number, Integer meeting, String type, String lang) {
    MetadataDraft draft = new MetadataDraft();
    ItuFileName.read(name, draft);
    Metadata m = draft.build();
    assertEquals(number, m.number());
    assertEquals(meeting, m.meeting());
    assertEquals(type, m.type());
    assertEquals(lang, m.language());
    if (number != null) {
      assertEquals(Provenance.FILENAME, m.provenance().get("number"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "held on 4 October 2024.|2024-10-04",
        "Geneva, 17-27 June 2025|2025-06-17",
        "30 September – 4 October 2024|2024-09-30",
        "October 4, 2024|2024-10-04",
        "le 4 octobre 2024|2024-10-04",
        "1er décembre 2023|2023-12-01",
        "4 de octubre de 2024|2024-10-04",
        "2024-10-04|2024-10-04",
        "31 February 2024|-",
        "in 2024|-",
      })
  void dates(String text, String iso) {
    assertEquals(iso, Dates.find(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "twentieth|20", "Twenty-first|21", "twenty third|23", "23rd|23", "22th|22",
        "nineteenth|19", "vingtième|20", "vingt-et-unième|21", "21e|21", "vigésima|20",
      })
  void ordinals(String written, int value) {
    assertEquals(value, Ordinals.valueOf(written));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Russian Federation, Belarus, Tajikistan and Uzbekistan|4",
        "Brazil and Bosnia and Herzegovina|2",
        "Nepal (Republic of), Zambia|2",
        "the Islamic Republic of Iran and Egypt|2",
      })
  void sourcesAreSplitIntoMemberStates(String written, int count) {
    assertEquals(count, Sources.split(written).size(), Sources.split(written).toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "The purpose of this contribution is to present the proposals of the Group.|en",
        "La présente contribution vise à faciliter les débats du Groupe et des États.|fr",
        "Esta contribución tiene por objeto facilitar los debates y las propuestas del Grupo.|es",
        "Настоящий вклад предлагает обсудить вопросы.|ru",
        "12345|-",
      })
  void languageGuess(String text, String language) {
    assertEquals(language, Languages.guess(text));
    assertNull(Languages.normalise("   "));
  }
}
