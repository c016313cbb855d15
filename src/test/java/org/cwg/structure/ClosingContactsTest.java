package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cwg.model.Contact;
import org.cwg.model.Metadata;
import org.cwg.model.Provenance;
import org.cwg.parse.Block;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClosingContactsTest {

  private static final List<CoverLine> RADIO_COVER =
      Stream.of(
              "Radiocommunication Study Groups",
              "Subject: Question ITU-R 999/5\t\tDocument 5X/77-E",
              "\t\t3 March 2031",
              "\t\tEnglish only",
              "Freedonia (Republic of)",
              "STUDIES OF COVERAGE IN MOUNTAIN VALLEYS")
          .map(CoverLine::body)
          .toList();

  private static Metadata read(List<CoverLine> cover, CoverLine... closing) {
    return MetadataReader.read(
        Map.of(), cover, List.of(closing), null, "x.txt", Map.of(), List.of(), "");
  }

  @Test
  void aContributionsClosingContactLineIsItsContact() {
    Metadata m =
        read(
            RADIO_COVER,
            CoverLine.body("Freedonia proposes that the working party note these results."),
            CoverLine.body(
                "Contact: Ms Olga Brenner, Freedonia Spectrum Office, e-mail: o.brenner@fso.example"));
    assertEquals(
        List.of(new Contact("Olga Brenner", "Freedonia Spectrum Office", "o.brenner@fso.example")),
        m.contacts());
    assertEquals(Provenance.TEXT, m.provenance().get("contacts"));
  }

  @Test
  void aClosingTableInRussianOrSpanishIsReadAsACoverBlock() {
    Metadata russian =
        read(
            RADIO_COVER,
            CoverLine.body(
                "Для контактов: Пётр Иванов, Институт связи, эл. почта: p.ivanov@is.example"));
    assertEquals(
        List.of(new Contact("Пётр Иванов", "Институт связи", "p.ivanov@is.example")),
        russian.contacts());
    Metadata spanish =
        read(
            RADIO_COVER,
            new CoverLine("Contacto:", Block.Region.TABLE),
            new CoverLine("Ing. Rosa Quispe", Block.Region.TABLE),
            new CoverLine("Oficina de Espectro", Block.Region.TABLE),
            new CoverLine("Correo-e:", Block.Region.TABLE),
            new CoverLine("rquispe@oe.example", Block.Region.TABLE));
    assertEquals(
        List.of(new Contact("Rosa Quispe", "Oficina de Espectro", "rquispe@oe.example")),
        spanish.contacts());
  }

  @Test
  void aContactInAFootnoteToTheSourceLineIsItsContact() {
    Metadata m =
        read(
            RADIO_COVER,
            CoverLine.body(
                "* Contact: Paul Ndiaye, Office des ondes, Tél: +221 33 000 00, Courriel:"
                    + " p.ndiaye@oo.example"));
    assertEquals(
        List.of(new Contact("Paul Ndiaye", "Office des ondes", "p.ndiaye@oo.example")),
        m.contacts());
  }

  @Test
  void aClosingLineWithoutAnAddressOrACoverContactComesFirst() {
    Metadata noAddress =
        read(RADIO_COVER, CoverLine.body("Contact: the secretariat of the working party."));
    assertEquals(List.of(), noAddress.contacts());
    List<CoverLine> withContact =
        Stream.concat(
                RADIO_COVER.stream(),
                Stream.of(CoverLine.body("Contact: Ann Lee, Acme, e-mail: ann@acme.example")))
            .toList();
    Metadata both =
        read(withContact, CoverLine.body("Contact: Bo Dahl, Other Corp, e-mail: bo@other.example"));
    assertEquals(List.of(new Contact("Ann Lee", "Acme", "ann@acme.example")), both.contacts());
  }

  @TempDir Path dir;

  @Test
  void aClosingBlockThatPdfTextSetsOnePartALineKeepsItsLabel() throws Exception {
    Metadata m =
        WordTextExport.read(
                dir,
                "R00-WP5X-C-0077!!MSW-E",
                "Radiocommunication Study Groups",
                "Subject: Question ITU-R 999/5\t\tDocument 5X/77-E",
                "\t\t3 March 2031",
                "\t\tEnglish only",
                "Freedonia (Republic of)",
                "STUDIES OF COVERAGE IN MOUNTAIN VALLEYS",
                "1\tProposal",
                "Freedonia proposes that the working party note the results in the annex.",
                "Contact:",
                "Olga Brenner",
                "Freedonia Spectrum Office",
                "(FSO)",
                "E-mail:",
                "o.brenner@fso.example",
                "Annex – Measured coverage",
                "Coverage was measured in three valleys between May and September.",
                "Valley A",
                "The signal stayed above the planning threshold on most of the valley floor.",
                "Valley B",
                "The signal fell below the planning threshold on the northern slopes.")
            .metadata();
    assertEquals(
        List.of(
            new Contact(
                "Olga Brenner", "Freedonia Spectrum Office (FSO)", "o.brenner@fso.example")),
        m.contacts());
  }

  @Test
  void anOrganizationThatPdfTextWrapsUnderTheLabelsLineStaysWhole() {
    Metadata m =
        read(
            RADIO_COVER,
            CoverLine.body("Freedonia proposes that the working party note these results."),
            CoverLine.body("Contact: Ms Olga Brenner"),
            CoverLine.body("Freedonia Spectrum Planning and Radio Monitoring "),
            CoverLine.body("Administration"),
            CoverLine.body("E-mail: "),
            CoverLine.body("o.brenner@fso.example"));
    assertEquals(
        List.of(
            new Contact(
                "Olga Brenner",
                "Freedonia Spectrum Planning and Radio Monitoring Administration",
                "o.brenner@fso.example")),
        m.contacts());
  }
}
