package org.cwg.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.cwg.reuse.Fingerprints;

/**
 * Documents that may share a passage: those whose text-reuse fingerprints ({@link
 * IndexFields#REUSE}) meet in the index. A fingerprint found in more than {@code maxDocuments}
 * documents is boilerplate (a template sentence, a standard heading) and joins nobody, which also
 * keeps the number of pairs linear in the corpus.
 */
public final class ReuseCandidates {

  /**
   * Two documents and how many fingerprints they share, {@code a} before {@code b} in the index
   * (which is nearly corpus order: pairs in this order keep a cache of texts warm).
   */
  public record Pair(String a, String b, int shared) {}

  private static final Set<String> ID_FIELD = Set.of(IndexFields.DOC_ID);

  private final IndexReader reader;
  private final int maxDocuments;
  private final Map<Integer, String> ids = new HashMap<>();
  private TermsEnum fingerprintTerms;

  public ReuseCandidates(CorpusReader corpus, int maxDocuments) {
    this.reader = corpus.indexReader();
    this.maxDocuments = maxDocuments;
  }

  /**
   * Every pair of documents sharing at least {@code minShared} fingerprints, walking the
   * fingerprint terms once: the cost grows with the postings, not with the square of the corpus.
   */
  public List<Pair> pairs(int minShared) throws IOException {
    Terms terms = MultiTerms.getTerms(reader, IndexFields.REUSE);
    if (terms == null) {
      return List.of();
    }
    Bits live = MultiBits.getLiveDocs(reader);
    Map<Long, int[]> counts = new HashMap<>();
    TermsEnum term = terms.iterator();
    PostingsEnum postings = null;
    int[] docs = new int[maxDocuments];
    while (term.next() != null) {
      if (term.docFreq() < 2 || term.docFreq() > maxDocuments) {
        continue;
      }
      postings = term.postings(postings, PostingsEnum.NONE);
      int n = 0;
      for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; ) {
        if (live == null || live.get(doc)) {
          docs[n++] = doc;
        }
        doc = postings.nextDoc();
      }
      for (int x = 0; x < n; x++) {
        for (int y = x + 1; y < n; y++) {
          long key = ((long) docs[x] << 32) | docs[y];
          counts.computeIfAbsent(key, k -> new int[1])[0]++;
        }
      }
    }
    long[] kept =
        counts.entrySet().stream()
            .filter(entry -> entry.getValue()[0] >= minShared)
            .mapToLong(Map.Entry::getKey)
            .sorted()
            .toArray();
    List<Pair> pairs = new ArrayList<>(kept.length);
    StoredFields stored = reader.storedFields();
    for (long key : kept) {
      pairs.add(
          new Pair(idOf(stored, (int) (key >>> 32)), idOf(stored, (int) key), counts.get(key)[0]));
    }
    return pairs;
  }

  /**
   * The documents sharing at least {@code minShared} of these fingerprints (those of one text), by
   * id, with how many each shares: one term lookup per fingerprint.
   */
  public Map<String, Integer> sharing(long[] fingerprints, int minShared) throws IOException {
    Bits live = MultiBits.getLiveDocs(reader);
    Map<Integer, Integer> counts = new HashMap<>();
    PostingsEnum postings = null;
    Terms terms = MultiTerms.getTerms(reader, IndexFields.REUSE);
    if (terms == null) {
      return Map.of();
    }
    TermsEnum term = terms.iterator();
    for (long fingerprint : fingerprints) {
      if (!term.seekExact(new BytesRef(Fingerprints.bytes(fingerprint)))
          || term.docFreq() > maxDocuments) {
        continue;
      }
      postings = term.postings(postings, PostingsEnum.NONE);
      for (int doc = postings.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = postings.nextDoc()) {
        if (live == null || live.get(doc)) {
          counts.merge(doc, 1, Integer::sum);
        }
      }
    }
    Map<String, Integer> sharing = new HashMap<>();
    StoredFields stored = reader.storedFields();
    for (Map.Entry<Integer, Integer> entry : counts.entrySet()) {
      if (entry.getValue() >= minShared) {
        sharing.put(idOf(stored, entry.getKey()), entry.getValue());
      }
    }
    return sharing;
  }

  /** How many documents have fingerprints. */
  public static int documents(CorpusReader corpus) throws IOException {
    Terms terms = MultiTerms.getTerms(corpus.indexReader(), IndexFields.REUSE);
    return terms == null ? 0 : terms.getDocCount();
  }

  /**
   * The boilerplate bound learnt from the corpus: the largest document frequency {@code d} such
   * that the fingerprints found in {@code d} documents or fewer pair no more than {@code
   * pairsPerDocument} times as many documents as the corpus holds, within {@code [min, max]}. A
   * passage that travelled sits in a few documents; a fingerprint in many is a stock phrase, and it
   * is the first to make the number of pairs (time and memory) grow faster than the corpus, so the
   * bound is drawn where the corpus's own frequency distribution says it starts to.
   */
  public static int boilerplateBound(CorpusReader corpus, int pairsPerDocument, int min, int max)
      throws IOException {
    Terms terms = MultiTerms.getTerms(corpus.indexReader(), IndexFields.REUSE);
    if (terms == null) {
      return min;
    }
    long[] byFrequency = new long[max + 1];
    TermsEnum term = terms.iterator();
    while (term.next() != null) {
      if (term.docFreq() <= max) {
        byFrequency[term.docFreq()]++;
      }
    }
    long budget = (long) pairsPerDocument * terms.getDocCount();
    long pairs = 0;
    int bound = min;
    for (int d = 2; d <= max; d++) {
      pairs += byFrequency[d] * d * (d - 1) / 2;
      if (pairs > budget) {
        break;
      }
      bound = Math.max(bound, d);
    }
    return bound;
  }

  /** How many documents hold this fingerprint (deleted ones included until a merge). */
  public int documentsWith(long fingerprint) throws IOException {
    if (fingerprintTerms == null) {
      Terms terms = MultiTerms.getTerms(reader, IndexFields.REUSE);
      if (terms == null) {
        return 0;
      }
      fingerprintTerms = terms.iterator();
    }
    return fingerprintTerms.seekExact(new BytesRef(Fingerprints.bytes(fingerprint)))
        ? fingerprintTerms.docFreq()
        : 0;
  }

  private String idOf(StoredFields stored, int doc) throws IOException {
    String id = ids.get(doc);
    if (id == null) {
      id = stored.document(doc, ID_FIELD).get(IndexFields.DOC_ID);
      ids.put(doc, id);
    }
    return id;
  }
}
