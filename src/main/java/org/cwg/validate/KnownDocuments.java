package org.cwg.validate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.cwg.index.CorpusReader;
import org.cwg.model.DocumentNumber;
import org.cwg.model.DocumentRecord;

/**
 * The document numbers an index holds, to tell whether a reference resolves. A reference to another
 * revision of an indexed document resolves: the document exists.
 */
public final class KnownDocuments {

  private final Set<String> bases = new HashSet<>();

  private KnownDocuments(Collection<String> numbers) {
    for (String number : numbers) {
      bases.add(keyOf(number));
    }
  }

  /** The numbers of every document in the index at {@code indexDir}. */
  public static KnownDocuments fromIndex(Path indexDir) throws IOException {
    try (CorpusReader reader = CorpusReader.open(indexDir)) {
      return of(
          reader.documents().stream()
              .map(DocumentRecord::metadata)
              .map(m -> m.number())
              .filter(n -> n != null)
              .toList());
    }
  }

  public static KnownDocuments of(Collection<String> numbers) {
    return new KnownDocuments(numbers);
  }

  public boolean contains(String canonicalNumber) {
    return bases.contains(keyOf(canonicalNumber));
  }

  private static String keyOf(String number) {
    return DocumentNumber.base(number).toLowerCase(Locale.ROOT);
  }
}
