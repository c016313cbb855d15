package org.cwg.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReuseAssemblerTest {

  private static PassageRef ref(String id, int start, int end) {
    return new PassageRef(id, null, null, null, start, end);
  }

  private static SharedPassage pair(PassageRef a, PassageRef b) {
    return new SharedPassage(a, b, 30, 1.0, "text");
  }

  @Test
  void aPassageThatTravelsThroughThreeDocumentsIsOneCluster() {
    List<SharedPassage> pairs =
        List.of(
            pair(ref("x", 100, 400), ref("y", 0, 300)),
            pair(ref("y", 10, 290), ref("z", 500, 780)),
            pair(ref("x", 2000, 2300), ref("w", 0, 300)));
    List<ReuseCluster> clusters = ReuseAssembler.clusters(pairs, List.of("z", "y", "x", "w"));
    assertEquals(1, clusters.size());
    assertEquals(
        List.of("z", "y", "x"), clusters.get(0).documents().stream().map(PassageRef::id).toList());
  }

  @Test
  void passagesThatBarelyOverlapStayApart() {
    List<SharedPassage> pairs =
        List.of(
            pair(ref("x", 0, 300), ref("y", 0, 300)), pair(ref("y", 280, 600), ref("z", 0, 320)));
    assertEquals(List.of(), ReuseAssembler.clusters(pairs, List.of("x", "y", "z")));
  }
}
