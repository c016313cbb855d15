package org.cwg.generate;

import java.util.List;

/**
 * What {@link SampleGenerator} wrote.
 *
 * @param files every file written, .txt then .docx for each seed
 * @param warnings one line a document whose analysed structure did not fit its text
 */
public record SampleSummary(List<String> files, List<String> warnings) {

  public SampleSummary {
    files = List.copyOf(files);
    warnings = List.copyOf(warnings);
  }
}
