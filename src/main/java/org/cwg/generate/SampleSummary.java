package org.cwg.generate;

import java.util.List;

/**
 * What {@code cwg generate samples} wrote.
 *
 * @param files every file written, .txt then .docx for each seed
 */
public record SampleSummary(List<String> files) {

  public SampleSummary {
    files = List.copyOf(files);
  }
}
