package org.cwg.index;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;

/**
 * Which layout of fields an index folder holds, recorded in each commit. An index is derived data:
 * when cwg changes how it indexes, an ingest rebuilds the folder from the files, and reading
 * commands ask for that instead of answering from fields that mean something else.
 */
public final class IndexFormat {

  /** The key in Lucene's commit user data. */
  static final String KEY = "cwg.format";

  /** Recorded by the commits of a first ingest (or rebuild) until it ends. */
  static final String BUILDING_KEY = "cwg.building";

  /**
   * The layout this build writes. 7: text-reuse fingerprints carry their word positions. 6:
   * documents carry text-reuse fingerprints. 5: each document's words are stemmed in its own
   * language (Arabic, English, French, Russian, Spanish; Chinese is cut into words), and a stem's
   * mark is followed by its language's letter. 4: sections and fronts store what a hit shows and
   * sort by corpus order; the stored record is whole again. 3: the stored record left out the
   * sections' bodies. 2: one text field holds words and marked stems (1 had a stemmed field and a
   * second one as written).
   */
  static final String CURRENT = "7";

  private IndexFormat() {}

  /**
   * The layout of the last commit in {@code directory}: "1" for one that records none, the current
   * layout where there is no index yet (a new index is written in it).
   */
  static String of(Directory directory) throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      return CURRENT;
    }
    return of(SegmentInfos.readLatestCommit(directory).getUserData());
  }

  static String of(Map<String, String> userData) {
    return userData.getOrDefault(KEY, "1");
  }

  /** Whether commit data (as a writer holds it) records the current layout. */
  static boolean recordedIn(Iterable<Map.Entry<String, String>> commitData) {
    if (commitData != null) {
      for (Map.Entry<String, String> entry : commitData) {
        if (entry.getKey().equals(KEY) && entry.getValue().equals(CURRENT)) {
          return true;
        }
      }
    }
    return false;
  }

  static Map<String, String> current() {
    return Map.of(KEY, CURRENT);
  }
}
