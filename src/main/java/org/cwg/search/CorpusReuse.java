package org.cwg.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cwg.index.CorpusReader;
import org.cwg.index.ReuseCandidates;
import org.cwg.model.CorpusOrder;
import org.cwg.model.DocumentRecord;
import org.cwg.reuse.Aligner;
import org.cwg.reuse.Alignment;
import org.cwg.reuse.AnchorChains;
import org.cwg.reuse.Fingerprints;
import org.cwg.reuse.ReuseAssembler;
import org.cwg.reuse.ReuseReport;
import org.cwg.reuse.ReuseText;
import org.cwg.reuse.SharedPassage;
import org.cwg.reuse.SimilarReport;
import org.cwg.reuse.Words;

/**
 * Text reuse across an index: the candidate pairs come from the fingerprints stored at ingest
 * ({@link ReuseCandidates}), so only documents that share one are aligned; each alignment reads the
 * two texts from the index. Texts are kept in a small cache, pairs being visited document by
 * document, so memory does not grow with the corpus.
 */
public final class CorpusReuse {

  /**
   * A fingerprint in more documents than this is always boilerplate, not a passage that travelled;
   * below it the bound is learnt from the corpus ({@link ReuseCandidates#boilerplateBound}).
   */
  public static final int MAX_DOCUMENTS = 50;

  /** The bound never falls under this: a passage copied into three documents stays visible. */
  static final int MIN_DOCUMENTS = 4;

  /**
   * How many document pairs, per document, the fingerprints under the boilerplate bound may make:
   * what keeps candidate finding and alignment linear in the corpus.
   */
  static final int PAIRS_PER_DOCUMENT = 100;

  /** The lowest similarity a passage may have: a few edits, not a loose paraphrase. */
  public static final double MIN_SIMILARITY = 0.9;

  /**
   * Pieces of rare evidence (fingerprints under the boilerplate bound, or rare links) in one chain
   * along a passage (in step on both sides, see {@link org.cwg.reuse.AnchorChains}) that make a
   * pair worth aligning, and that a passage must hold, unless one of them is a rare fingerprint: a
   * rare link alone is as often the junction of two stock phrases that happen to meet.
   */
  static final int MIN_RARE = 2;

  /**
   * A fingerprint in more documents than this cannot make a pair a candidate, but still counts
   * along a chain: a passage that travelled may hold stock phrases too.
   */
  static final int SUPPORT_DOCUMENTS = 1000;

  private static final int CACHED_TEXTS = 1024;

  private static final Comparator<Place> CORPUS_ORDER =
      CorpusOrder.of(Place::meeting, Place::number, Place::path);

  /** What orders a document in the corpus, kept instead of its record once it is aligned. */
  private record Place(String id, Integer meeting, String number, String path) {
    static Place of(DocumentRecord record) {
      return new Place(
          record.id(),
          record.metadata().meeting(),
          record.metadata().number(),
          record.file().path());
    }
  }

  private final CorpusReader reader;
  private final Aligner aligner;
  private final Map<String, Loaded> cache =
      new LinkedHashMap<>(CACHED_TEXTS * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Loaded> eldest) {
          return size() > CACHED_TEXTS;
        }
      };

  /** A document and its words, as alignment needs them. */
  private record Loaded(DocumentRecord record, Words words) {}

  private final ReuseCandidates candidates;
  private final int maxDocuments;
  private final int uncommonDocuments;
  private final Map<Long, Integer> documentsWith = new HashMap<>();

  /** Below this, shared phrases ("the Council Working Group") would pass for reuse. */
  public static final int LOWEST_MIN_WORDS = 8;

  /**
   * Refuses a shortest passage too short to mean reuse, before any text is read.
   *
   * @throws IllegalArgumentException naming --min-words
   */
  public static void checkMinWords(int minWords) {
    if (minWords < LOWEST_MIN_WORDS) {
      throw new IllegalArgumentException(
          "--min-words must be at least " + LOWEST_MIN_WORDS + ", not " + minWords);
    }
  }

  public CorpusReuse(CorpusReader reader, int minWords) throws IOException {
    this.reader = reader;
    this.aligner = new Aligner(minWords, MIN_SIMILARITY);
    this.maxDocuments =
        ReuseCandidates.boilerplateBound(reader, PAIRS_PER_DOCUMENT, MIN_DOCUMENTS, MAX_DOCUMENTS);
    this.uncommonDocuments =
        ReuseCandidates.uncommonBound(ReuseCandidates.documents(reader), maxDocuments);
    this.candidates = new ReuseCandidates(reader, maxDocuments, uncommonDocuments);
  }

  /** Every passage the corpus's documents share, with clusters. */
  public ReuseReport all() throws IOException {
    List<ReuseCandidates.Pair> pending =
        candidates.chained(SUPPORT_DOCUMENTS, MIN_RARE, PAIRS_PER_DOCUMENT);
    List<SharedPassage> pairs = new ArrayList<>();
    Map<String, Place> involved = new LinkedHashMap<>();
    for (ReuseCandidates.Pair candidate : pending) {
      Loaded a = load(candidate.a(), candidate.aDoc());
      Loaded b = load(candidate.b(), candidate.bDoc());
      List<SharedPassage> shared = align(a, candidate.aLinked(), b, candidate.bLinked());
      if (!shared.isEmpty()) {
        pairs.addAll(shared);
        involved.putIfAbsent(a.record().id(), Place.of(a.record()));
        involved.putIfAbsent(b.record().id(), Place.of(b.record()));
      }
    }
    return report(pairs, involved);
  }

  /** The passages two documents share. */
  public ReuseReport between(DocumentRecord first, DocumentRecord second) {
    Loaded a = new Loaded(first, ReuseText.words(first));
    Loaded b = new Loaded(second, ReuseText.words(second));
    List<SharedPassage> pairs = align(a, NO_LINKS, b, NO_LINKS);
    Map<String, Place> involved = new LinkedHashMap<>();
    involved.put(first.id(), Place.of(first));
    involved.put(second.id(), Place.of(second));
    return report(pairs, involved);
  }

  /** The documents sharing passages with {@code asked}, most shared words first. */
  public SimilarReport similar(DocumentRecord asked) throws IOException {
    Words words = ReuseText.words(asked);
    Map<String, Integer> sharing = candidates.sharing(Fingerprints.of(words), 1);
    Map<DocumentRecord, List<SharedPassage>> shared = new LinkedHashMap<>();
    Loaded self = new Loaded(asked, words);
    for (String id : sharing.keySet().stream().sorted().toList()) {
      if (id.equals(asked.id())) {
        continue;
      }
      Loaded other = load(id);
      shared.put(other.record(), passages(self, NO_LINKS, other));
    }
    return ReuseAssembler.similar(self.record(), words.size(), shared);
  }

  /** No word where a rare link starts: pairs not found through the index's links. */
  private static final int[] NO_LINKS = new int[0];

  /**
   * The passages of a pair, the earlier document (in corpus order) on the left; {@code xLinked} and
   * {@code yLinked} are the words where a rare link the two share starts in each.
   */
  private List<SharedPassage> align(Loaded x, int[] xLinked, Loaded y, int[] yLinked) {
    boolean inOrder = CORPUS_ORDER.compare(Place.of(x.record()), Place.of(y.record())) <= 0;
    return inOrder ? passages(x, xLinked, y) : passages(y, yLinked, x);
  }

  /**
   * The passages of a pair that hold a fingerprint both documents share and the corpus does not
   * call boilerplate, or {@link #MIN_RARE} pieces of evidence at least {@link
   * AnchorChains#RARE_SPAN} words apart: uncommon fingerprints ({@link
   * ReuseCandidates#uncommonBound}), or rare links that start in {@code a} at {@code aLinked}. A
   * template sentence every contribution opens with is in more documents than the learnt bound, and
   * a run of stock phrases that happen to meet has its evidence at one junction; a passage that
   * travelled has its own words, or its own order of stock phrases, in more than one place.
   */
  private List<SharedPassage> passages(Loaded a, int[] aLinked, Loaded b) {
    long[] inB = b.words().distinctFingerprints();
    return ReuseAssembler.shared(
        a.record(),
        a.words(),
        b.record(),
        b.words(),
        aligner,
        alignment -> hasEvidence(a.words().fingerprints(), aLinked, inB, alignment));
  }

  private boolean hasEvidence(
      Fingerprints.Positioned inA, int[] aLinked, long[] inB, Alignment alignment) {
    int[] at = inA.at();
    long[] hashes = inA.hashes();
    int rareFingerprints = 0;
    int count = 0;
    int first = -1;
    int last = -1;
    for (int i = 0; i < hashes.length; i++) {
      if (at[i] < alignment.aFrom() || at[i] + Fingerprints.SHINGLE > alignment.aTo()) {
        continue;
      }
      int documents =
          Arrays.binarySearch(inB, hashes[i]) >= 0 ? documentsWith(hashes[i]) : Integer.MAX_VALUE;
      rareFingerprints += documents <= maxDocuments ? 1 : 0;
      if (documents <= uncommonDocuments || Arrays.binarySearch(aLinked, at[i]) >= 0) {
        count++;
        first = first < 0 ? at[i] : first;
        last = at[i];
      }
    }
    return rareFingerprints > 0 || count >= MIN_RARE && last - first >= AnchorChains.RARE_SPAN;
  }

  private int documentsWith(long fingerprint) {
    return documentsWith.computeIfAbsent(
        fingerprint,
        h -> {
          try {
            return candidates.documentsWith(h);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private static ReuseReport report(List<SharedPassage> pairs, Map<String, Place> involved) {
    List<String> order = involved.values().stream().sorted(CORPUS_ORDER).map(Place::id).toList();
    Map<String, Integer> rank = new LinkedHashMap<>();
    for (int i = 0; i < order.size(); i++) {
      rank.put(order.get(i), i);
    }
    List<SharedPassage> sorted = new ArrayList<>(pairs);
    sorted.sort(
        Comparator.comparing((SharedPassage p) -> rank.get(p.a().id()))
            .thenComparing(p -> rank.get(p.b().id()))
            .thenComparingInt(p -> p.a().start()));
    return new ReuseReport(sorted, ReuseAssembler.clusters(sorted, order));
  }

  /** A candidate's document, read by its number in the index. */
  private Loaded load(String id, int doc) throws IOException {
    Loaded loaded = cache.get(id);
    if (loaded == null) {
      DocumentRecord record = candidates.record(doc);
      if (!record.id().equals(id)) {
        throw new IllegalStateException("index damaged: no record for " + id);
      }
      loaded = new Loaded(record, ReuseText.words(record));
      cache.put(id, loaded);
    }
    return loaded;
  }

  private Loaded load(String id) throws IOException {
    Loaded loaded = cache.get(id);
    if (loaded == null) {
      DocumentRecord record =
          reader
              .find(id)
              .orElseThrow(() -> new IllegalStateException("index damaged: no record for " + id));
      loaded = new Loaded(record, ReuseText.words(record));
      cache.put(id, loaded);
    }
    return loaded;
  }
}
