package org.cwg.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;

/**
 * The Jackson configuration of everything cwg writes and reads as JSON. Output shapes (pretty or
 * compact) are writers of this one mapper, never other mappers, so that the records stored in the
 * index and the records printed cannot drift apart.
 */
public final class Json {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  // Files people write by hand: a duplicate key there is a mistake, not a value to overwrite.
  private static final ObjectReader STRICT =
      MAPPER.reader().with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private Json() {}

  /** The shared mapper; configured once, safe to use from any thread. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** Indented JSON, for people and for {@code jq}. */
  public static ObjectWriter pretty() {
    return MAPPER.writerWithDefaultPrettyPrinter();
  }

  /** Compact one-line JSON, for JSON Lines and stored fields. */
  public static String compact(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A reader that rejects duplicate keys, for files written by hand such as rules files. */
  public static ObjectReader strict() {
    return STRICT;
  }
}
