package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cwg.model.Metadata;
import org.cwg.structure.CoverLayout.Encoding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Covers laid out by the conventions cwg's rules were not written from: a Source row with the title
 * in capitals on the next row and no Title row, a working group's name as masthead, a Spanish title
 * that starts "PROPUESTA DE", a draft Report's placeholder name in brackets inside its title.
 */
class UnseenCoverTest {

  static Stream<Arguments> covers() {
    Object[][] cases = {
      {
        "Russian Council cover, Source row, title on the next row",
        CoverLayout.of(
            List.of(
                List.of("Сессия Совета 2026 года\nЖенева, 9–19 июня 2026 года", ""),
                List.of("Пункт повестки дня: PL 2", "Документ C26/41-R"),
                List.of("", "2 апреля 2026 года"),
                List.of("", "Оригинал: русский"),
                List.of("Источник:", "Республика Беларусь"),
                List.of("ЦИФРОВАЯ ГРАМОТНОСТЬ НАСЕЛЕНИЯ СЕЛЬСКИХ РАЙОНОВ")),
            "Цель",
            "Предложить Совету рассмотреть программу."),
        "ЦИФРОВАЯ ГРАМОТНОСТЬ НАСЕЛЕНИЯ СЕЛЬСКИХ РАЙОНОВ",
        List.of("Республика Беларусь")
      },
      {
        "Council working group's name as masthead",
        CoverLayout.of(
            List.of(
                List.of(
                    "COUNCIL WORKING GROUP ON CHILD ONLINE PROTECTION", "Document CWG-COP-22/4-E"),
                List.of("Twenty-second meeting – Geneva, 5 March 2026", "20 February 2026"),
                List.of("", "Original: English"),
                List.of("Contribution by the Republic of Kenya"),
                List.of("ONLINE SAFETY EDUCATION IN PRIMARY SCHOOLS")),
            "Purpose",
            "To share a national programme."),
        "ONLINE SAFETY EDUCATION IN PRIMARY SCHOOLS",
        List.of("Kenya (Republic of)")
      },
      {
        "Spanish ITU-R cover, title in capitals under the Member State",
        CoverLayout.of(
            List.of(
                List.of("Grupos de Estudio de Radiocomunicaciones", ""),
                List.of("Recibido: 3 de marzo de 2026", "Documento 5A/300-S"),
                List.of("Asunto: Informe UIT-R M.2000", "5 de marzo de 2026"),
                List.of("", "Original: español"),
                List.of("Perú (República del)"),
                List.of(
                    "PROPUESTA DE MODIFICACIÓN DEL INFORME UIT-R M.2000 – SISTEMAS DE"
                        + " RADIOAFICIONADOS EN ZONAS RURALES")),
            "1\tIntroducción",
            "El Informe trata de los radioaficionados."),
        "PROPUESTA DE MODIFICACIÓN DEL INFORME UIT-R M.2000 – SISTEMAS DE RADIOAFICIONADOS EN"
            + " ZONAS RURALES",
        List.of("Perú (República del)")
      },
      {
        "ITU-R title naming a draft Report by its placeholder",
        CoverLayout.of(
            List.of(
                List.of("Radiocommunication Study Groups", ""),
                List.of("Received: 4 March 2026", "Document 7B/88-E"),
                List.of("Subject: WRC-27 agenda item 1.15", "6 March 2026"),
                List.of("", "English only"),
                List.of("Chile (Republic of)"),
                List.of(
                    "WORKING DOCUMENT TOWARDS A PRELIMINARY DRAFT NEW REPORT ITU-R SA.[LUNAR-COM]"
                        + " – COMPATIBILITY STUDIES IN THE BAND 2 025-2 110 MHz")),
            "1\tIntroduction",
            "Studies are needed."),
        "WORKING DOCUMENT TOWARDS A PRELIMINARY DRAFT NEW REPORT ITU-R SA.[LUNAR-COM] –"
            + " COMPATIBILITY STUDIES IN THE BAND 2 025-2 110 MHz",
        List.of("Chile (Republic of)")
      },
    };
    List<Arguments> all = new ArrayList<>();
    for (Object[] c : cases) {
      for (Encoding encoding : Encoding.values()) {
        all.add(Arguments.of(c[0] + ", " + encoding, encoding, c[1], c[2], c[3]));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("covers")
  void readsTitleAndSources(
      String name, Encoding encoding, CoverLayout cover, String title, List<String> sources) {
    Metadata m = cover.metadataAs(encoding);
    assertEquals(title, m.title(), "title");
    assertEquals(sources, m.sources(), "sources");
  }

  @Test
  void aListOfOrganizationsThatWrappedInsideANameGoesOn() {
    assertTrue(
        CoverCells.continuesLine(
            "Tokyo Institute of Technology, National", "University of Singapore"));
    assertFalse(
        CoverCells.continuesLine("Tokyo Institute of Technology, Japan", "University of Oslo"));
  }

  @Test
  void aBannerOfAPrivateLayoutIsNoTitle() {
    Metadata m =
        CoverOfLines.read(
            "paper.docx",
            "NORDLIGHT RESEARCH LAB  |  WHITE PAPER",
            "Optical Access for Remote Islands",
            "Norway  |  Nordlight Research Lab",
            "Contents");
    assertEquals("Optical Access for Remote Islands", m.title());
    assertEquals(List.of("Nordlight Research Lab"), m.sources());
    assertFalse(Banner.isBanner("DIGITAL INCLUSION | PROPOSED TEXT FOR THE REPORT ON RURAL AREAS"));
  }
}
