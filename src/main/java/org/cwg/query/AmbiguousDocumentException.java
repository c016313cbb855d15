package org.cwg.query;

import java.util.List;
import org.cwg.index.IndexedFile;
import org.cwg.render.ShellQuote;

/** A DOC that names more than one indexed document: a usage error that lists the candidates. */
public final class AmbiguousDocumentException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  AmbiguousDocumentException(String doc, List<IndexedFile> candidates) {
    super(message(doc, candidates));
  }

  private static String message(String doc, List<IndexedFile> candidates) {
    StringBuilder text =
        new StringBuilder(
            "'" + doc + "' names " + candidates.size() + " documents; name one by its id or path:");
    for (IndexedFile file : candidates) {
      text.append("\n  ").append(file.docId()).append("  ").append(ShellQuote.path(file.path()));
    }
    return text.toString();
  }
}
