package org.cwg.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import org.cwg.json.Json;
import org.cwg.validate.RuleSettings;
import org.cwg.validate.ValidationReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SarifRendererTest {

  private static JsonSchema schema;

  @BeforeAll
  static void loadSchema() throws Exception {
    try (InputStream in =
        SarifRendererTest.class.getResourceAsStream("/schemas/sarif-2.1.0-rtm.5.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
    }
  }

  private static JsonNode render(ValidationReport report) throws Exception {
    StringWriter text = new StringWriter();
    SarifRenderer.render(report, RuleSettings.defaults(), "0.1.0", new PrintWriter(text));
    return Json.mapper().readTree(text.toString());
  }

  @Test
  void meetsTheSarifSchema() throws Exception {
    assertEquals(Set.of(), schema.validate(render(ValidationReportFixture.report())));
    assertEquals(Set.of(), schema.validate(render(ValidationReport.of(List.of()))));
  }

  @Test
  void theSchemaCheckCanFail() throws Exception {
    JsonNode log = render(ValidationReportFixture.report());
    ((com.fasterxml.jackson.databind.node.ObjectNode) log.get("runs").get(0).get("results").get(0))
        .put("level", "fatal");
    Set<ValidationMessage> errors = schema.validate(log);
    assertFalse(errors.isEmpty());
  }

  @Test
  void resultsCarryRuleLevelPlaceAndFile() throws Exception {
    JsonNode run = render(ValidationReportFixture.report()).get("runs").get(0);
    assertEquals("cwg", run.at("/tool/driver/name").asText());
    assertEquals("section-missing", run.at("/tool/driver/rules/5/id").asText());
    JsonNode results = run.get("results");
    assertEquals(4, results.size());
    assertEquals(
        """
        {"ruleId":"section-missing","ruleIndex":5,"level":"error","message":{"text":"no \
        action-required section, which a contribution needs"},"locations":[{"physicalLocation":\
        {"artifactLocation":{"uri":"drafts/CWG-Internet-20-4.docx"}},"logicalLocations":\
        [{"name":"document"}]}],"properties":{"section":"action-required"}}""",
        results.get(0).toString());
    assertEquals("note", results.get(2).get("level").asText());
    assertEquals(
        """
        {"physicalLocation":{"artifactLocation":{"uri":"drafts/old%20notes.txt"},\
        "region":{"startLine":23}}}""",
        results.get(3).at("/locations/0").toString());
  }
}
