package org.cwg.search;

import java.util.List;
import java.util.Map;
import org.cwg.model.ResolutionMention;

/**
 * The corpus at a glance. The JSON field names are a scripting interface.
 *
 * @param documents documents indexed
 * @param words words in all of them
 * @param bytes size of their files
 * @param sections sections found
 * @param proposals proposal items found
 * @param failed files that could not be read
 * @param meetings documents per meeting, in meeting order ("none" last)
 * @param types documents per type, most frequent first
 * @param sources documents per source, most frequent first
 * @param resolutions the most cited resolutions, most citing documents first
 * @param failures the files that could not be read, and why
 */
public record StatsReport(
    int documents,
    long words,
    long bytes,
    int sections,
    int proposals,
    int failed,
    Map<String, Integer> meetings,
    Map<String, Integer> types,
    Map<String, Integer> sources,
    List<CitedResolution> resolutions,
    List<Failure> failures) {

  /**
   * A resolution and how much it is cited.
   *
   * @param resolution its key, such as "Council 1305"
   * @param body the body that adopted it, as in every other resolution object
   * @param number its number
   * @param qualifier always null: the counts take in every revision of the resolution
   * @param documents documents citing it
   * @param mentions citations in all of them
   */
  public record CitedResolution(
      String resolution,
      String body,
      String number,
      String qualifier,
      int documents,
      int mentions) {

    /** The counts of the resolution a mention names. */
    static CitedResolution of(ResolutionMention mention, int documents, int mentions) {
      return new CitedResolution(
          mention.key(), mention.body(), mention.number(), null, documents, mentions);
    }
  }

  /**
   * A file that could not be read.
   *
   * @param path the file
   * @param reason why
   */
  public record Failure(String path, String reason) {}
}
