package org.cwg.model;

import java.util.Comparator;
import java.util.function.Function;

/**
 * The order in which cwg lists the files of a corpus, whatever it lists: by meeting, then by
 * document number read naturally ({@link NaturalOrder}), then by path; a file without a meeting or
 * a number comes after those with one. Listings, tied search hits and concordance lines all follow
 * it.
 */
public final class CorpusOrder {

  private CorpusOrder() {}

  /** The corpus order of things that each name a file's meeting, number and path. */
  public static <T> Comparator<T> of(
      Function<? super T, Integer> meeting,
      Function<? super T, String> number,
      Function<? super T, String> path) {
    return Comparator.<T, Integer>comparing(
            meeting, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(number, Comparator.nullsLast(NaturalOrder.INSTANCE))
        .thenComparing(path);
  }
}
