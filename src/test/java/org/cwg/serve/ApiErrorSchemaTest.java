package org.cwg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import java.util.List;
import java.util.Set;
import org.cwg.json.Json;
import org.junit.jupiter.api.Test;

/** The API's refusals all have the shape the shipped schema describes. */
class ApiErrorSchemaTest {

  private static final JsonSchema SCHEMA =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
          .getSchema(SchemaLocation.of("classpath:org/cwg/schema/api-error.schema.json"));

  @Test
  void everyRefusalMeetsTheSchema() throws Exception {
    for (String path :
        List.of("/api/search?q=%22x", "/api/show?doc=NOPE", "/api/nowhere", "/api/search")) {
      JsonNode error = Json.mapper().readTree(ServedSamples.get(path).body());
      assertEquals(Set.of(), SCHEMA.validate(error), path);
    }
  }

  @Test
  void theSchemaCanFail() throws Exception {
    assertFalse(SCHEMA.validate(Json.mapper().readTree("{\"message\": \"x\"}")).isEmpty());
    assertFalse(SCHEMA.validate(Json.mapper().readTree("{\"error\": \"\"}")).isEmpty());
  }
}
