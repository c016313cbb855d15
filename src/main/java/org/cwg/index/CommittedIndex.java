package org.cwg.index;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;

/**
 * Opens the last commit of an index folder, and refuses with the user's remedy an index that is not
 * there, that an ingest is still building, or that an earlier cwg laid out: each is a message, not
 * a crash. On refusal the directory is closed.
 */
final class CommittedIndex {

  private CommittedIndex() {}

  /** A reader of the folder's last commit, once it is complete and of the current layout. */
  static DirectoryReader open(Path dir, Directory directory) throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      boolean building = IndexBuildState.isWritten(directory);
      directory.close();
      if (building) {
        throw new IllegalArgumentException(IndexBuildState.message(dir, 0));
      }
      throw new IllegalArgumentException(
          "no index at " + dir + "; run 'cwg ingest FOLDER' first, or pass --index DIR");
    }
    DirectoryReader reader = DirectoryReader.open(directory);
    if (reader.getIndexCommit().getUserData().containsKey(IndexFormat.BUILDING_KEY)
        && IndexBuildState.isWritten(directory)) {
      int committed = IndexBuildState.documents(reader);
      reader.close();
      directory.close();
      throw new IllegalArgumentException(IndexBuildState.message(dir, committed));
    }
    String format = IndexFormat.of(reader.getIndexCommit().getUserData());
    if (!format.equals(IndexFormat.CURRENT)) {
      reader.close();
      directory.close();
      throw new IllegalArgumentException(
          "the index at "
              + dir
              + " was made by an earlier cwg"
              + " (layout "
              + format
              + ", this one reads "
              + IndexFormat.CURRENT
              + "); run 'cwg"
              + " ingest' on its folders again to rebuild it");
    }
    return reader;
  }
}
