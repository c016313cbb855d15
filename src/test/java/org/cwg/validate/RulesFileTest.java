package org.cwg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.cwg.model.SectionKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesFileTest {

  @TempDir Path dir;

  @Test
  void turnsRulesOffChangesSeveritiesAndRequiresSections() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve(RulesFile.NAME),
            """
        {"rules": {"citation-missing-revision": {"enabled": false},
                   "number-missing": {"severity": "warning"}},
         "requiredSections": {"contribution": ["purpose", "action-required", "references",
                                               "proposal"],
                              "information": ["purpose|summary"]}}
        """);
    RuleSettings settings = RulesFile.load(file);
    assertFalse(settings.isEnabled(Rule.CITATION_MISSING_REVISION));
    assertEquals(Severity.WARNING, settings.severityOf(Rule.NUMBER_MISSING));
    assertEquals(Severity.ERROR, settings.severityOf(Rule.SECTION_MISSING));
    assertEquals(
        "purpose, action-required, references, proposal",
        String.join(
            ", ",
            settings.requiredSectionsFor("Contribution").stream()
                .map(RequiredSection::id)
                .toList()));
    assertEquals(
        List.of(new RequiredSection(List.of(SectionKind.PURPOSE, SectionKind.SUMMARY))),
        settings.requiredSectionsFor("information"));
    assertEquals(2, settings.requiredSectionsFor("report").size());
  }

  @Test
  void settingsChangeTheFindings() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("rules.json"),
            """
        {"rules": {"number-missing": {"severity": "info"}},
         "requiredSections": {"contribution": ["purpose", "references"]}}
        """);
    List<String> findings =
        RecordFixture.contribution().number(null, null).findings(RulesFile.load(file), null);
    assertEquals(
        List.of(
            "number-missing | info | document | no document number on the cover, in the properties"
                + " or in the file name | null",
            "section-missing | error | document | no references section, which a contribution needs"
                + " | references"),
        findings);
  }

  @Test
  void declaresTypeAndFamilyAndChangesTemplatesPerFamily() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve(RulesFile.NAME),
            """
        {"type": "Contribution", "family": "itu-t",
         "requiredSections": {"contribution": ["purpose"],
                              "itu-t/contribution": ["abstract", "conclusion"]},
         "requiredCoverFields": {"itu-t/td": ["source", "contact"],
                                 "liaison": ["for-action-to|for-information-to"]}}
        """);
    RuleSettings settings = RulesFile.load(file);
    assertEquals("contribution", settings.declaredType());
    assertEquals("itu-t", settings.declaredFamily());
    assertEquals(
        List.of(RequiredSection.parse("abstract"), RequiredSection.parse("conclusion")),
        settings.requiredSectionsFor("itu-t", "contribution"));
    assertEquals(
        List.of(RequiredSection.parse("purpose")),
        settings.requiredSectionsFor("council", "contribution"));
    assertEquals(
        "source, contact",
        String.join(
            ", ",
            settings.requiredCoverFieldsFor("itu-t", "td").stream()
                .map(RequiredField::id)
                .toList()));
    assertEquals(
        "questions, source, title, purpose, contact",
        String.join(
            ", ",
            settings.requiredCoverFieldsFor("itu-t", "contribution").stream()
                .map(RequiredField::id)
                .toList()));
    assertEquals(
        List.of(RequiredField.parse("for-action-to|for-information-to")),
        settings.requiredCoverFieldsFor("itu-r", "liaison"));
    RuleSettings overridden = settings.declaring("report", null);
    assertEquals("report", overridden.declaredType());
    assertEquals("itu-t", overridden.declaredFamily());
  }

  @Test
  void aDeclaredFamilyChecksADraftWithoutCover() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("rules.json"), "{\"type\": \"contribution\", \"family\": \"council\"}");
    List<String> findings =
        RecordFixture.bare()
            .type(null)
            .title(null, null)
            .section(SectionKind.PURPOSE, null, "Purpose", 1, "To discuss.")
            .findings(RulesFile.load(file), null);
    assertEquals(
        List.of(
            "cover-missing | error | document | no cover: no source, date or title found, which a"
                + " Council contribution needs | null",
            "section-missing | error | document | no action-required section, which a Council"
                + " contribution needs | action-required"),
        findings);
  }

  @Test
  void isFoundFromACheckedPathUpwards() throws IOException {
    Path rules = Files.writeString(dir.resolve(RulesFile.NAME), "{}");
    Path nested = Files.createDirectories(dir.resolve("a/b"));
    Path draft = Files.writeString(nested.resolve("draft.txt"), "Purpose");
    assertEquals(Optional.of(rules.toAbsolutePath()), RulesFile.find(draft));
    assertEquals(Optional.of(rules.toAbsolutePath()), RulesFile.find(nested));
  }

  @Test
  void mistakesAreUsageErrorsNamingTheFile() throws IOException {
    assertInvalid(
        "{\"rules\": {\"no-such-rule\": {\"enabled\": false}}}", "unknown rule 'no-such-rule'");
    assertInvalid(
        "{\"rules\": {\"comments\": {\"severity\": \"fatal\"}}}", "unknown severity 'fatal'");
    assertInvalid(
        "{\"rules\": {\"comments\": {\"enabld\": false}}}", "unknown key 'rules.comments.enabld'");
    assertInvalid(
        "{\"rules\": {\"comments\": {\"enabled\": \"no\"}}}",
        "rules.comments.enabled must be true or false");
    assertInvalid(
        "{\"requiredSections\": {\"report\": [\"purpos\"]}}", "unknown section kind 'purpos'");
    assertInvalid("{\"rule\": {}}", "unknown key 'rule'");
    assertInvalid(
        "{\"family\": \"itu-x\"}",
        "unknown family 'itu-x'; use one of council," + " itu-t, itu-r, itu-d, conference, other");
    assertInvalid("{\"type\": \"contrib\"}", "unknown type 'contrib'");
    assertInvalid("{\"type\": 3}", "'type' must be a string");
    assertInvalid(
        "{\"requiredCoverFields\": {\"itu-x/td\": [\"source\"]}}", "unknown family 'itu-x'");
    assertInvalid(
        "{\"requiredCoverFields\": {\"td\": [\"sauce\"]}}", "unknown cover field 'sauce'");
    assertInvalid(
        "{\"requiredCoverFields\": {\"td\": \"source\"}}", "requiredCoverFields.td must be a list");
    assertInvalid("{\"rules\": {", "not valid JSON");
    assertInvalid("[]", "must hold a JSON object");
  }

  @Test
  void aMissingFileIsAUsageError() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> RulesFile.load(dir.resolve("absent.json")));
    assertTrue(
        e.getMessage().endsWith("absent.json: cannot be read (NoSuchFileException)"),
        e.getMessage());
  }

  private void assertInvalid(String json, String why) throws IOException {
    Path file = Files.writeString(dir.resolve("bad.json"), json);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RulesFile.load(file));
    assertTrue(e.getMessage().startsWith("rules file " + file + ": "), e.getMessage());
    assertTrue(e.getMessage().contains(why), e.getMessage());
  }
}
