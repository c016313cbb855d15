package org.cwg.reuse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cwg.model.DocumentRecord;
import org.cwg.model.Section;

/** Turns alignments into passages named by document and section, and passages into clusters. */
public final class ReuseAssembler {

  /** Documents in a cluster: fewer is a pair, which the pairs already list. */
  static final int CLUSTER_DOCUMENTS = 3;

  private ReuseAssembler() {}

  /**
   * The passages {@code a} and {@code b} share, with {@code a} on the left. A passage that runs
   * over a section boundary of either document is cut there (a report's summary is one passage, its
   * heading another); pieces under {@code minWords} are dropped, and so are words a passage quotes
   * in quotation marks: two documents quoting the same resolution have not copied each other.
   */
  public static List<SharedPassage> shared(
      DocumentRecord a, Words aWords, DocumentRecord b, Words bWords, Aligner aligner) {
    return shared(a, aWords, b, bWords, aligner, alignment -> true);
  }

  /**
   * The passages {@code a} and {@code b} share, as above, keeping only the alignments {@code
   * anchored} accepts (those holding a fingerprint the corpus does not call boilerplate, say).
   */
  public static List<SharedPassage> shared(
      DocumentRecord a,
      Words aWords,
      DocumentRecord b,
      Words bWords,
      Aligner aligner,
      java.util.function.Predicate<Alignment> anchored) {
    List<SharedPassage> passages = new ArrayList<>();
    for (Alignment whole : aligner.align(aWords, bWords)) {
      if (!anchored.test(whole)) {
        continue;
      }
      for (Alignment alignment : SectionCuts.cut(whole, a, aWords, b, bWords)) {
        if (unquoted(aWords, alignment.aFrom(), alignment.aTo()) < aligner.minWords()
            || alignment.words() < aligner.minWords()) {
          continue;
        }
        passages.add(
            new SharedPassage(
                ref(a, aWords, alignment.aFrom(), alignment.aTo()),
                ref(b, bWords, alignment.bFrom(), alignment.bTo()),
                alignment.words(),
                Math.round(alignment.similarity() * 100) / 100.0,
                aWords.span(alignment.aFrom(), alignment.aTo())));
      }
    }
    return passages;
  }

  private static int unquoted(Words words, int from, int to) {
    int count = 0;
    for (int i = from; i < to; i++) {
      count += words.quoted(i) ? 0 : 1;
    }
    return count;
  }

  private static PassageRef ref(DocumentRecord record, Words words, int from, int to) {
    int start = words.start(from);
    Section section = record.sectionAt(start);
    String label = null;
    String heading = null;
    if (section != null) {
      label = section.number() != null ? section.number() : section.heading();
      heading = section.heading();
    }
    return new PassageRef(
        record.id(), record.metadata().number(), label, heading, start, words.end(to - 1));
  }

  /**
   * Groups passages into clusters: passages of pairs are joined when they overlap by at least half
   * of the shorter one in the same document (union-find), and a group reaching {@value
   * #CLUSTER_DOCUMENTS} documents is a cluster.
   *
   * @param order the documents' ids in corpus order, which orders each cluster's documents
   */
  public static List<ReuseCluster> clusters(List<SharedPassage> pairs, List<String> order) {
    int[] parent = new int[pairs.size() * 2];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    // Node 2p is pair p's side a, 2p + 1 its side b; the two sides of a pair are one passage.
    Map<String, List<Integer>> byDocument = new HashMap<>();
    for (int p = 0; p < pairs.size(); p++) {
      union(parent, 2 * p, 2 * p + 1);
      byDocument.computeIfAbsent(pairs.get(p).a().id(), k -> new ArrayList<>()).add(2 * p);
      byDocument.computeIfAbsent(pairs.get(p).b().id(), k -> new ArrayList<>()).add(2 * p + 1);
    }
    for (List<Integer> nodes : byDocument.values()) {
      nodes.sort(Comparator.comparingInt(n -> side(pairs, n).start()));
      for (int x = 0; x < nodes.size(); x++) {
        PassageRef first = side(pairs, nodes.get(x));
        for (int y = x + 1; y < nodes.size(); y++) {
          PassageRef second = side(pairs, nodes.get(y));
          if (second.start() >= first.end()) {
            break;
          }
          int overlap = Math.min(first.end(), second.end()) - second.start();
          int shorter = Math.min(first.end() - first.start(), second.end() - second.start());
          if (2 * overlap >= shorter) {
            union(parent, nodes.get(x), nodes.get(y));
          }
        }
      }
    }
    Map<Integer, Map<String, PassageRef>> groups = new LinkedHashMap<>();
    Map<Integer, SharedPassage> firstPair = new HashMap<>();
    for (int n = 0; n < parent.length; n++) {
      int root = find(parent, n);
      PassageRef ref = side(pairs, n);
      groups.computeIfAbsent(root, k -> new LinkedHashMap<>()).putIfAbsent(ref.id(), ref);
      firstPair.putIfAbsent(root, pairs.get(n / 2));
    }
    Map<String, Integer> rank = new HashMap<>();
    for (int i = 0; i < order.size(); i++) {
      rank.put(order.get(i), i);
    }
    List<ReuseCluster> clusters = new ArrayList<>();
    for (Map.Entry<Integer, Map<String, PassageRef>> group : groups.entrySet()) {
      if (group.getValue().size() < CLUSTER_DOCUMENTS) {
        continue;
      }
      List<PassageRef> documents = new ArrayList<>(group.getValue().values());
      documents.sort(Comparator.comparingInt(r -> rank.getOrDefault(r.id(), Integer.MAX_VALUE)));
      SharedPassage sample = firstPair.get(group.getKey());
      clusters.add(new ReuseCluster(documents, sample.words(), sample.text()));
    }
    return clusters;
  }

  /** The distinct sections, in order, that passages' side b lies in. */
  static List<String> sectionsOf(List<SharedPassage> passages) {
    Set<String> sections = new LinkedHashSet<>();
    passages.forEach(p -> sections.add(p.b().section()));
    sections.remove(null);
    return List.copyOf(sections);
  }

  /** The documents sharing passages with {@code asked}, most shared words first. */
  public static SimilarReport similar(
      DocumentRecord asked, int askedWords, Map<DocumentRecord, List<SharedPassage>> shared) {
    List<SimilarDocument> similar = new ArrayList<>();
    for (Map.Entry<DocumentRecord, List<SharedPassage>> entry : shared.entrySet()) {
      if (entry.getValue().isEmpty()) {
        continue;
      }
      DocumentRecord other = entry.getKey();
      int words = entry.getValue().stream().mapToInt(SharedPassage::words).sum();
      double share = askedWords == 0 ? 0 : Math.min(1.0, (double) words / askedWords);
      similar.add(
          new SimilarDocument(
              other.id(),
              other.metadata().number(),
              other.metadata().title(),
              words,
              Math.round(share * 100) / 100.0,
              sectionsOf(entry.getValue()),
              entry.getValue()));
    }
    similar.sort(
        Comparator.comparingInt(SimilarDocument::words)
            .reversed()
            .thenComparing(SimilarDocument::id));
    return new SimilarReport(
        asked.id(), asked.metadata().number(), asked.metadata().title(), askedWords, similar);
  }

  private static PassageRef side(List<SharedPassage> pairs, int node) {
    SharedPassage pair = pairs.get(node / 2);
    return node % 2 == 0 ? pair.a() : pair.b();
  }

  private static int find(int[] parent, int node) {
    while (parent[node] != node) {
      parent[node] = parent[parent[node]];
      node = parent[node];
    }
    return node;
  }

  private static void union(int[] parent, int x, int y) {
    parent[find(parent, x)] = find(parent, y);
  }
}
