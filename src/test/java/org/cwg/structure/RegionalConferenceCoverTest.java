package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.cwg.model.Metadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Regional Radiocommunication Conference's covers, in the languages its mastheads come in: the
 * conference's name over its place and dates, then "PLENARY MEETING" and the document's number in
 * the conference's series, as a World Radiocommunication Conference's are.
 */
class RegionalConferenceCoverTest {

  @TempDir Path dir;

  private Metadata read(String name, String... lines) throws Exception {
    return WordTextExport.read(dir, name, lines).metadata();
  }

  @Test
  void anEnglishMastheadNamesTheConferenceAndItsYear() throws Exception {
    Metadata m =
        read(
            "rrc-en",
            "REGIONAL RADIOCOMMUNICATION CONFERENCE",
            "Geneva, 3-21 March 2031\t",
            "PLENARY MEETING\tDocument 17-E",
            "\t9 February 2031",
            "\tOriginal: English",
            "Administrations of a regional group",
            "PROPOSALS ON THE PLANNING OF THE BANDS",
            "Introduction",
            "The proposals below follow the report of the first session.");
    assertEquals("RRC-31/17", m.number());
    assertEquals("conference", m.family());
    assertEquals("RRC", m.group());
    assertEquals("PROPOSALS ON THE PLANNING OF THE BANDS", m.title());
    assertEquals(List.of("Administrations of a regional group"), m.sources());
  }

  @Test
  void aFrenchMastheadNamesTheSameConference() throws Exception {
    Metadata m =
        read(
            "rrc-fr",
            "CONFÉRENCE RÉGIONALE DES RADIOCOMMUNICATIONS",
            "Genève, 3-21 mars 2031\t",
            "SÉANCE PLÉNIÈRE\tDocument 23-F",
            "\t10 février 2031",
            "\tOriginal: français",
            "Administrations d'un groupe régional",
            "PROPOSITIONS POUR LES TRAVAUX DE LA CONFÉRENCE",
            "Introduction",
            "Les propositions suivantes sont soumises à la Conférence.");
    assertEquals("RRC-31/23", m.number());
    assertEquals("conference", m.family());
    assertEquals("RRC", m.group());
    assertEquals("PROPOSITIONS POUR LES TRAVAUX DE LA CONFÉRENCE", m.title());
  }

  @Test
  void aSpanishOrRussianMastheadNamesTheSameConference() throws Exception {
    Metadata es =
        read(
            "rrc-es",
            "CONFERENCIA REGIONAL DE RADIOCOMUNICACIONES",
            "Ginebra, 3-21 de marzo de 2031\t",
            "SESIÓN PLENARIA\tDocumento 8-S",
            "\t11 de febrero de 2031",
            "\tOriginal: español",
            "Administraciones de un grupo regional",
            "PROPUESTAS PARA LOS TRABAJOS DE LA CONFERENCIA",
            "Introducción",
            "Las propuestas siguientes se presentan a la Conferencia.");
    assertEquals("RRC-31/8", es.number());
    assertEquals("RRC", es.group());
    Metadata ru =
        read(
            "rrc-ru",
            "РЕГИОНАЛЬНАЯ КОНФЕРЕНЦИЯ РАДИОСВЯЗИ",
            "Женева, 3–21 марта 2031 года\t",
            "ПЛЕНАРНОЕ ЗАСЕДАНИЕ\tДокумент 12-R",
            "\t12 февраля 2031 года",
            "\tОригинал: русский",
            "Администрации региональной группы",
            "ПРЕДЛОЖЕНИЯ ДЛЯ РАБОТЫ КОНФЕРЕНЦИИ",
            "Введение",
            "Предложения представлены конференции.");
    assertEquals("RRC-31/12", ru.number());
    assertEquals("conference", ru.family());
    assertEquals("ПРЕДЛОЖЕНИЯ ДЛЯ РАБОТЫ КОНФЕРЕНЦИИ", ru.title());
    assertEquals(List.of("Администрации региональной группы"), ru.sources());
  }

  @Test
  void theConferencesBracketedAcronymInItsLanguagesNamesIt() {
    assertEquals(
        "RRC-31", ConferenceNames.bracketedId("REGIONAL RADIOCOMMUNICATION CONFERENCE (RRC-31)"));
    assertEquals("RRC-31", ConferenceNames.bracketedId("CONFÉRENCE RÉGIONALE (CRR-31)"));
    assertEquals("RRC-31", ConferenceNames.bracketedId("РЕГИОНАЛЬНАЯ КОНФЕРЕНЦИЯ (РКР-31)"));
  }
}
