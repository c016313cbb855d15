package org.cwg.generate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.cwg.json.Json;

/**
 * The contents of {@code samples.json}: the group all samples belong to and one entry a seed.
 *
 * @param group the full name of the group, first cell of every cover
 * @param samples one entry a seed, in seed order
 * @param versions translations of samples into ITU's other languages, written to {@code versions/}
 *     beside {@code docx/}
 */
public record SampleSet(String group, List<SampleEntry> samples, List<SampleVersion> versions) {

  public SampleSet {
    samples = List.copyOf(samples);
    versions = versions == null ? List.of() : List.copyOf(versions);
  }

  /** The set the committed {@code samples/} folder is made from. */
  public static SampleSet bundled() {
    try (InputStream in = SampleSet.class.getResourceAsStream("samples.json")) {
      if (in == null) {
        throw new IllegalStateException("samples.json is missing from the classpath");
      }
      return Json.mapper().readValue(in, SampleSet.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
