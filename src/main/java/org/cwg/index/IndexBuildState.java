package org.cwg.index;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Tells a reader that the first ingest into a folder is still running, so that a read command says
 * "being built" rather than "no index" or answers from a part of the corpus.
 */
final class IndexBuildState {

  private IndexBuildState() {}

  /** Whether an ingest holds the folder's write lock now. */
  static boolean isWritten(Directory directory) {
    try (Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
      return false;
    } catch (LockObtainFailedException e) {
      return true;
    } catch (IOException e) {
      // A read-only folder cannot be locked by anyone, so no ingest is writing it.
      return false;
    }
  }

  static int documents(DirectoryReader reader) throws IOException {
    return new IndexSearcher(reader)
        .count(new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_DOCUMENT)));
  }

  static String message(Path dir, int committed) {
    return "index is being built: "
        + committed
        + " documents committed so far (at "
        + dir
        + "); wait for the ingest to end, or search what is committed once it does";
  }
}
