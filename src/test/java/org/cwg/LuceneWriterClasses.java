package org.cwg;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Initialises Lucene's IndexWriter and the classes its static initialiser pulls in on one thread,
 * before test classes run side by side: in Lucene 9, two threads that initialise IndexWriter and
 * ConcurrentMergeScheduler at the same time can deadlock (apache/lucene#12419).
 */
public final class LuceneWriterClasses implements LauncherSessionListener {

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    try {
      Class.forName(
          "org.apache.lucene.index.IndexWriter", true, LuceneWriterClasses.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("Lucene is not on the test class path", e);
    }
  }
}
