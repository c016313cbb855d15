package org.cwg.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetadataTest {

  @Test
  void provenanceFollowsTheFieldsOrderWhateverTheInput() {
    Map<String, Provenance> given = new HashMap<>();
    for (String field :
        List.of(
            "language",
            "title",
            "sources",
            "date",
            "meeting",
            "number",
            "type",
            "group",
            "zeta",
            "alpha")) {
      given.put(field, Provenance.TEXT);
    }
    Metadata metadata =
        new Metadata(
            "CWG-Internet-20/4",
            "CWG-Internet",
            20,
            null,
            null,
            "2024-01-15",
            List.of("Russian Federation"),
            "Title",
            "contribution",
            "en",
            given);
    assertEquals(
        List.of(
            "number",
            "group",
            "meeting",
            "date",
            "sources",
            "title",
            "type",
            "language",
            "alpha",
            "zeta"),
        List.copyOf(metadata.provenance().keySet()));
    assertThrows(
        UnsupportedOperationException.class,
        () -> metadata.provenance().put("place", Provenance.COVER));
  }
}
