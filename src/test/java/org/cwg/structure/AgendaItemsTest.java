package org.cwg.structure;

import static org.cwg.structure.Outlines.assertOutline;
import static org.cwg.structure.Outlines.body;
import static org.cwg.structure.Outlines.pdf;
import static org.cwg.structure.Outlines.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.cwg.parse.Block;
import org.junit.jupiter.api.Test;

/** An agenda named in a cover's Title cell: its numbered items are neither sections nor title. */
class AgendaItemsTest {

  private static final String LABELLED_AGENDA =
      """
      Study Group 9 on Testing
      First meeting: Lisbon, 3-7 May 2027\tDocument SG9/1-E
      SOURCE:\tChair, Study Group 9
      TITLE:\tDraft agenda
      1 Opening of the meeting
      2 Adoption of the agenda (Document SG9/1)
      3 Reports of the rapporteurs
      4 Any other business
      """;

  @Test
  void itemsUnderALabelledAgendaTitleAreNoSections() {
    assertOutline(plain(LABELLED_AGENDA));
  }

  @Test
  void itemsUnderATitleNamingTheAgendasMeetingAreNoSections() {
    String text =
        """
        Study Group 9 on Testing\tTD 12 (GEN/9)
        Source:\tChair, Study Group 9
        Title:\tDraft agenda of the Study Group 9 meeting (Lisbon, 3-7 May 2027)
        1 Opening of the meeting
        2 Adoption of the agenda
        3 Reports of the working parties
        4 Any other business
        """;
    assertOutline(plain(text));
  }

  @Test
  void itemsUnderASpanishDraftAgendaTitleAreNoSections() {
    String text =
        """
        Grupo de Estudio 9 sobre pruebas\tDocumento GE9/1-S
        Primera reunión, Lisboa, 3-7 de mayo de 2027\t2 de abril de 2027
        Presidente del Grupo de Estudio 9
        PROYECTO DE ORDEN DEL DÍA
        1 Apertura de la reunión
        2 Adopción del orden del día (Documento GE9/1)
        3 Informes de los relatores
        4 Otros asuntos
        """;
    assertOutline(plain(text));
  }

  @Test
  void itemsUnderAFrenchProvisionalAgendaTitleAreNoSections() {
    String text =
        """
        Commission d'études 9 sur les essais\tDocument CE9/1-F
        Première réunion, Lisbonne, 3-7 mai 2027\t2 avril 2027
        Président de la Commission d'études 9
        Ordre du jour provisoire
        1 Ouverture de la réunion
        2 Adoption de l'ordre du jour
        3 Rapports des rapporteurs
        4 Questions diverses
        """;
    assertOutline(plain(text));
  }

  @Test
  void itemsUnderARussianDraftAgendaTitleAreNoSections() {
    String text =
        """
        Исследовательская комиссия 9 по испытаниям\tДокумент ИК9/1-R
        Первое собрание, Лиссабон, 3–7 мая 2027 года\t2 апреля 2027 года
        Председатель Исследовательской комиссии 9
        ПРОЕКТ ПОВЕСТКИ ДНЯ
        1 Открытие собрания
        2 Утверждение повестки дня
        3 Отчеты докладчиков
        4 Прочие вопросы
        """;
    assertOutline(plain(text));
  }

  @Test
  void theLongLastLineOfAnItemPdfWrappedIsNoGroupOfTheItemsBelow() {
    List<Block> blocks =
        List.of(
            body("Study Group 9 on Testing\tDocument SG9/1-E"),
            body("First meeting: Lisbon, 3-7 May 2027\t2 April 2027"),
            body("Chair, Study Group 9"),
            body("DRAFT AGENDA"),
            body("1 Opening of the meeting"),
            body("2 Adoption of the agenda"),
            body(
                "3 Results of the Assembly for Testing Networks and the setting up of the Joint"
                    + " Expert"),
            body("Team on the measurement of quality in the access networks"),
            body("3.1 Terms of reference of the Joint Expert Team"),
            body("3.2 Working methods of the Team"),
            body("4 Any other business"));
    assertOutline(pdf(blocks));
  }

  @Test
  void theCoverOfAnAgendaEndsAtItsFirstItem() {
    String title =
        new StructureExtractor(Manifest.none())
            .extract(plain(LABELLED_AGENDA), Path.of("agenda.txt"))
            .metadata()
            .title();
    assertEquals("Draft agenda", title);
  }

  @Test
  void aTitleWrappedBeforeTheNumberItsWordTakesGoesOnPastThatNumber() {
    String text =
        """
        Study Group 4 on Testing
        Third meeting: Lisbon, 3-7 May 2027\tDocument SG4/1-E
        SOURCE:\tChair, Study Group 4
        TITLE:\tDraft agenda of the third meeting of Working Party
        2 during the 2026-2029 study period
        1 Opening of the meeting
        2 Adoption of the agenda
        3 Any other business
        """;
    String title =
        new StructureExtractor(Manifest.none())
            .extract(plain(text), Path.of("agenda.txt"))
            .metadata()
            .title();
    assertEquals(
        "Draft agenda of the third meeting of Working Party 2 during the 2026-2029 study period",
        title);
  }
}
