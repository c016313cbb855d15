package org.cwg.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The first {@code limit} units of an order, kept in a bounded heap: a page of ten out of 20,000
 * hits costs a comparison or two per hit instead of sorting them all.
 */
final class BestUnits {

  private final Comparator<Unit> order;
  private final int limit;
  private final PriorityQueue<Unit> worstFirst;

  BestUnits(Comparator<Unit> order, int limit) {
    this.order = order;
    this.limit = limit;
    this.worstFirst = new PriorityQueue<>(Math.max(1, limit + 1), order.reversed());
  }

  /** The unit that would be dropped next, or null while fewer than the limit are kept. */
  Unit worst() {
    return worstFirst.size() < limit ? null : worstFirst.peek();
  }

  /** Keeps {@code unit} if it is among the first so far; says whether it was kept. */
  boolean offer(Unit unit) {
    if (limit == 0) {
      return false;
    }
    if (worstFirst.size() < limit) {
      worstFirst.add(unit);
      return true;
    }
    if (order.compare(unit, worstFirst.peek()) < 0) {
      worstFirst.poll();
      worstFirst.add(unit);
      return true;
    }
    return false;
  }

  void offerAll(List<Unit> units) {
    units.forEach(this::offer);
  }

  /** The units kept, in order. */
  List<Unit> inOrder() {
    List<Unit> kept = new ArrayList<>(worstFirst);
    kept.sort(order);
    return kept;
  }
}
