package org.cwg.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Reuse planted in a synthetic corpus: a passage of 25 to 200 words written in one contribution and
 * copied into one to three later ones with small edits (a word substituted, inserted or deleted
 * every 20 to 40 words), as delegations recycle their own or each other's text. Drawn from a random
 * sequence of its own, so that planting leaves the rest of the corpus as it was.
 */
final class PlantedReuse {

  /** Words an edit inserts or substitutes: ordinary words of the register. */
  private static final List<String> EDIT_WORDS =
      List.of(
          "also",
          "further",
          "notably",
          "relevant",
          "current",
          "global",
          "national",
          "key",
          "important",
          "specific",
          "all",
          "new",
          "related",
          "effective",
          "additional");

  /** How often a contribution is the source of a planted passage. */
  private static final double SOURCE_CHANCE = 0.12;

  /** How far ahead (in documents) the copies of a passage land. */
  private static final int REACH = 300;

  /**
   * One edit of a copy.
   *
   * @param kind substitute, insert or delete
   * @param at the word of the source passage it applies at (0-based)
   * @param word the word substituted or inserted, or the word deleted
   */
  record Edit(String kind, int at, String word) {}

  /**
   * A planted passage as one document holds it.
   *
   * @param id the passage's id, shared by its source and its copies
   * @param role {@code source} or {@code copy}
   * @param source the number of the document it was copied from
   * @param text the passage as written in this document
   * @param original the passage as written in its source
   * @param edits the edits that made this copy (none in the source)
   */
  record Planted(
      int id, String role, String source, String text, String original, List<Edit> edits) {}

  final Map<Integer, List<Planted>> byDoc = new HashMap<>();

  /** Plants passages over the planned documents; reports are left alone. */
  static PlantedReuse plant(List<CorpusPlan.Doc> docs, long seed) {
    Random random = new Random(seed ^ 0x5EEDL);
    Prose prose = new Prose(random);
    PlantedReuse planted = new PlantedReuse();
    int id = 0;
    for (int i = 0; i < docs.size(); i++) {
      CorpusPlan.Doc source = docs.get(i);
      if (source.report() || random.nextDouble() >= SOURCE_CHANCE) {
        continue;
      }
      List<Integer> targets = new ArrayList<>();
      for (int n = prose.between(1, 3), tries = 0; targets.size() < n && tries < 20; tries++) {
        int t = i + 1 + random.nextInt(REACH);
        if (t < docs.size() && !docs.get(t).report() && !targets.contains(t)) {
          targets.add(t);
        }
      }
      if (targets.isEmpty()) {
        continue;
      }
      String text = words(prose.about(source.themes()), prose.between(25, 200));
      planted.add(i, new Planted(id, "source", source.number(), text, text, List.of()));
      for (int t : targets) {
        List<Edit> edits = new ArrayList<>();
        String copy = edit(text, random, edits);
        planted.add(t, new Planted(id, "copy", source.number(), copy, text, edits));
      }
      id++;
    }
    return planted;
  }

  List<Planted> in(int docIndex) {
    return byDoc.getOrDefault(docIndex, List.of());
  }

  private void add(int doc, Planted passage) {
    byDoc.computeIfAbsent(doc, k -> new ArrayList<>()).add(passage);
  }

  /** Sentences about the themes, cut to exactly {@code count} words and closed with a stop. */
  private static String words(Prose prose, int count) {
    List<String> words = new ArrayList<>();
    while (words.size() < count) {
      words.addAll(List.of(prose.sentence().split(" ")));
    }
    String text = String.join(" ", words.subList(0, count));
    return text.endsWith(".") ? text : text.replaceAll("[,;:]$", "") + ".";
  }

  /** A copy with an edit every 20 to 40 words; each edit is recorded. */
  private static String edit(String text, Random random, List<Edit> edits) {
    String[] words = text.split(" ");
    List<String> out = new ArrayList<>();
    int next = 5 + random.nextInt(20);
    for (int i = 0; i < words.length; i++) {
      if (i == next && i < words.length - 1) {
        String word = EDIT_WORDS.get(random.nextInt(EDIT_WORDS.size()));
        switch (random.nextInt(3)) {
          case 0 -> {
            edits.add(new Edit("substitute", i, word));
            out.add(word);
          }
          case 1 -> {
            edits.add(new Edit("insert", i, word));
            out.add(word);
            out.add(words[i]);
          }
          default -> edits.add(new Edit("delete", i, words[i]));
        }
        next = i + 20 + random.nextInt(21);
        continue;
      }
      out.add(words[i]);
    }
    return String.join(" ", out);
  }
}
