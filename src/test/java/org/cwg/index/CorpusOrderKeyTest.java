package org.cwg.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.cwg.model.CorpusOrder;
import org.junit.jupiter.api.Test;

/** The sort key Lucene orders tied hits by must order files exactly as {@link CorpusOrder}. */
class CorpusOrderKeyTest {

  record File(Integer meeting, String number, String path) {}

  @Test
  void keysSortLikeTheCorpusOrder() {
    List<Integer> meetings = Arrays.asList(null, 0, 2, 10, 19, 21, 300);
    List<String> numbers =
        Arrays.asList(
            null,
            "CWG-Internet-20/4",
            "CWG-Internet-20/10",
            "CWG-Internet-20/010",
            "cwg-internet-20/4",
            "CWG-Internet-20/4(Rev.1)",
            "CWG-Internet-20",
            "C25/45",
            "C25/INF/3",
            "C25/9",
            "5D/123",
            "SG17-C823",
            "SG17-TD2484",
            "FG-AINN-I-036",
            "FG-AINN-I-36",
            "FG-AINN-I-236",
            "A",
            "A0",
            "A 1",
            "0",
            "00");
    List<String> paths = List.of("/c/a.docx", "/c/B.docx", "/c/a.txt", "/c/é.docx", "/c/a");
    List<File> files = new ArrayList<>();
    Random random = new Random(15);
    for (Integer meeting : meetings) {
      for (String number : numbers) {
        files.add(new File(meeting, number, paths.get(random.nextInt(paths.size()))));
      }
    }
    for (String path : paths) {
      files.add(new File(20, "CWG-Internet-20/4", path));
    }
    Collections.shuffle(files, random);

    List<File> expected = new ArrayList<>(files);
    expected.sort(CorpusOrder.of(File::meeting, File::number, File::path));
    List<File> byKey = new ArrayList<>(files);
    byKey.sort(
        (a, b) ->
            CorpusOrderKey.of(a.meeting(), a.number(), a.path())
                .compareTo(CorpusOrderKey.of(b.meeting(), b.number(), b.path())));
    assertEquals(expected, byKey);
  }
}
