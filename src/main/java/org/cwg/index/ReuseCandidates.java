package org.cwg.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.cwg.model.DocumentRecord;
import org.cwg.reuse.AnchorChains;
import org.cwg.reuse.Fingerprints;

/**
 * Documents that may share a passage: those whose text-reuse fingerprints ({@link
 * IndexFields#REUSE}) meet in the index. A fingerprint found in more than {@code maxDocuments}
 * documents is boilerplate (a template sentence, a standard heading) and joins nobody, which also
 * keeps the number of pairs linear in the corpus.
 */
public final class ReuseCandidates {

  /**
   * Two documents and how many rare anchors their best chain holds, {@code a} before {@code b} in
   * the index (which is nearly corpus order: pairs in this order keep a cache of texts warm);
   * {@code aDoc} and {@code bDoc} are their numbers in the index, which {@link #record} reads.
   * {@code aLinked} and {@code bLinked} are the words (sorted) where a rare link the two share
   * starts, in each document: evidence beside the rare fingerprints, for {@link FingerprintLinks}.
   */
  public record Pair(
      String a, String b, int shared, int aDoc, int bDoc, int[] aLinked, int[] bLinked) {}

  private static final Set<String> ID_FIELD = Set.of(IndexFields.DOC_ID);

  private final IndexReader reader;
  private final int maxDocuments;
  private final int uncommonDocuments;
  private final Map<Integer, String> ids = new HashMap<>();
  private TermsEnum fingerprintTerms;

  /**
   * @param maxDocuments the boilerplate bound: a fingerprint in more documents joins nobody
   * @param uncommonDocuments the most documents an uncommon fingerprint is in ({@link
   *     #uncommonBound})
   */
  public ReuseCandidates(CorpusReader corpus, int maxDocuments, int uncommonDocuments) {
    this.reader = corpus.indexReader();
    this.maxDocuments = maxDocuments;
    this.uncommonDocuments = uncommonDocuments;
  }

  /**
   * The pairs of documents whose shared fingerprints chain along a passage ({@link AnchorChains}):
   * a chain of two anchors or more holding at least {@code minRare} rare ones. An anchor is rare
   * when its fingerprint is in no more documents than the boilerplate bound, or when the link from
   * it to the fingerprint that follows it in both documents is rare ({@link FingerprintLinks}).
   * Candidates are the pairs sharing a rare fingerprint or a rare link; their anchors are all the
   * fingerprints both hold that are in at most {@code supportCap} documents, a stock phrase
   * included, with their word positions from the postings. No text is read: one walk over the
   * terms, then a merge of two short lists per pair.
   */
  public List<Pair> chained(int supportCap, int minRare, int linkPairsPerDocument)
      throws IOException {
    Terms terms = MultiTerms.getTerms(reader, IndexFields.REUSE);
    if (terms == null || !terms.hasPositions()) {
      return List.of();
    }
    Bits live = MultiBits.getLiveDocs(reader);
    // Per document, its fingerprints held elsewhere too, in term order: ordinal, word << 2 |
    // uncommon << 1 | rare,
    // then the ordinals of the held fingerprints that follow it in the text (or -1), HELD ints.
    int[][] held = new int[reader.maxDoc()][];
    int[] heldSize = new int[reader.maxDoc()];
    long[] pairKeys = new long[1024];
    int pairCount = 0;
    int[] docs = new int[supportCap];
    int[] words = new int[supportCap];
    TermsEnum term = terms.iterator();
    PostingsEnum postings = null;
    for (int ordinal = 0; term.next() != null; ordinal++) {
      int docFreq = term.docFreq();
      if (docFreq < 2 || docFreq > supportCap) {
        continue;
      }
      boolean rare = docFreq <= maxDocuments;
      boolean uncommon = docFreq <= uncommonDocuments;
      postings = term.postings(postings, PostingsEnum.POSITIONS);
      int n = 0;
      for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; ) {
        if (live == null || live.get(doc)) {
          docs[n] = doc;
          words[n++] = postings.nextPosition();
        }
        doc = postings.nextDoc();
      }
      for (int x = 0; x < n; x++) {
        int doc = docs[x];
        if (held[doc] == null) {
          held[doc] = new int[48];
        } else if (heldSize[doc] + HELD > held[doc].length) {
          held[doc] = Arrays.copyOf(held[doc], held[doc].length * 2);
        }
        held[doc][heldSize[doc]++] = ordinal;
        held[doc][heldSize[doc]++] = words[x] << 2 | (uncommon ? 2 : 0) | (rare ? 1 : 0);
        for (int slot = 2; slot < HELD; slot++) {
          held[doc][heldSize[doc]++] = -1;
        }
      }
      if (rare) {
        for (int x = 0; x < n; x++) {
          for (int y = x + 1; y < n; y++) {
            if (pairCount == pairKeys.length) {
              pairKeys = Arrays.copyOf(pairKeys, pairCount * 2);
            }
            pairKeys[pairCount++] = ((long) docs[x] << 32) | docs[y];
          }
        }
      }
    }
    FingerprintLinks links =
        FingerprintLinks.of(held, heldSize, linkPairsPerDocument, maxDocuments);
    long[] linkPairs = links.pairs();
    if (pairCount + linkPairs.length > pairKeys.length) {
      pairKeys = Arrays.copyOf(pairKeys, pairCount + linkPairs.length);
    }
    System.arraycopy(linkPairs, 0, pairKeys, pairCount, linkPairs.length);
    pairCount += linkPairs.length;
    Arrays.sort(pairKeys, 0, pairCount);
    List<Pair> pairs = new ArrayList<>();
    StoredFields stored = reader.storedFields();
    for (int p = 0; p < pairCount; p++) {
      long key = pairKeys[p];
      if (p > 0 && key == pairKeys[p - 1]) {
        continue;
      }
      int a = (int) (key >>> 32);
      int b = (int) key;
      int count = anchorsOf(held[a], heldSize[a], held[b], heldSize[b], links);
      int linked = linkedWords(count);
      int chain = AnchorChains.rareInLongestChain(anchors, count);
      if (chain >= minRare) {
        pairs.add(
            new Pair(
                idOf(stored, a),
                idOf(stored, b),
                chain,
                a,
                b,
                sorted(linkedInA, linked),
                sorted(linkedInB, linked)));
      }
    }
    return pairs;
  }

  /**
   * The share of the corpus under which a fingerprint is uncommon (one document in this many): not
   * evidence alone, but two of them apart along a chain are, as where a copy keeps a country or a
   * town filled into a stock phrase. A share, not a count, so that it means as much in a small
   * corpus as in a large one; never under the boilerplate bound.
   */
  public static final int UNCOMMON_SHARE = 200;

  /** The most documents an uncommon fingerprint is in, for a corpus of this many documents. */
  public static int uncommonBound(int documents, int boilerplateBound) {
    return Math.max(boilerplateBound, documents / UNCOMMON_SHARE);
  }

  /**
   * Ints per held fingerprint: ordinal, word and rarity, then the ordinals of the {@link
   * FingerprintLinks#REACH} held fingerprints that follow it in the text.
   */
  static final int HELD = 2 + FingerprintLinks.REACH;

  /** Reused by {@link #anchorsOf}: the anchors of the pair at hand. */
  private long[] anchors = new long[64];

  /** Reused by {@link #anchorsOf}: which of the anchors are rare by their link alone. */
  private boolean[] linkedAnchor = new boolean[64];

  /**
   * Fills {@link #anchors} with the anchors two documents' held fingerprints make (a merge of two
   * lists in term order), and says how many. An anchor is rare when its fingerprint is, or when
   * both documents follow it with the same fingerprint and that link is rare.
   */
  private int anchorsOf(int[] a, int aSize, int[] b, int bSize, FingerprintLinks links) {
    int count = 0;
    int i = 0;
    int j = 0;
    while (i < aSize && j < bSize) {
      if (a[i] < b[j]) {
        i += HELD;
      } else if (a[i] > b[j]) {
        j += HELD;
      } else {
        if (count == anchors.length) {
          anchors = Arrays.copyOf(anchors, count * 2);
          linkedAnchor = Arrays.copyOf(linkedAnchor, count * 2);
        }
        boolean rareFingerprint = (a[i + 1] & 1) != 0;
        boolean uncommon = (a[i + 1] & 2) != 0;
        boolean rareLink = sharedRareLink(a, i, b, j, links);
        linkedAnchor[count] = rareLink && !rareFingerprint;
        anchors[count++] =
            AnchorChains.anchor(
                a[i + 1] >>> 2, b[j + 1] >>> 2, rareLink, rareFingerprint, uncommon);
        i += HELD;
        j += HELD;
      }
    }
    return count;
  }

  /** Whether the fingerprint at a[i] and b[j] links, in both, to one same next one, rarely. */
  private static boolean sharedRareLink(int[] a, int i, int[] b, int j, FingerprintLinks links) {
    for (int x = 2; x < HELD; x++) {
      for (int y = 2; y < HELD; y++) {
        if (a[i + x] >= 0 && a[i + x] == b[j + y] && links.rare(a[i], a[i + x])) {
          return true;
        }
      }
    }
    return false;
  }

  /** Reused by {@link #linkedWords}: the words of the anchors rare by their link alone. */
  private int[] linkedInA = new int[64];

  private int[] linkedInB = new int[64];

  /**
   * Fills {@link #linkedInA} and {@link #linkedInB} with the words of the anchors rare by their
   * link alone (before the chains sort the anchors), and says how many.
   */
  private int linkedWords(int count) {
    if (linkedInA.length < count) {
      linkedInA = new int[anchors.length];
      linkedInB = new int[anchors.length];
    }
    int n = 0;
    for (int k = 0; k < count; k++) {
      if (linkedAnchor[k]) {
        linkedInA[n] = (int) (anchors[k] >>> 32);
        linkedInB[n++] = (int) (anchors[k] & 0xffffffffL) >>> 3;
      }
    }
    return n;
  }

  private static int[] sorted(int[] words, int count) {
    int[] copy = Arrays.copyOf(words, count);
    Arrays.sort(copy);
    return copy;
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
    return boundWithin(byFrequency, (long) pairsPerDocument * terms.getDocCount(), min, max);
  }

  /**
   * The largest frequency {@code d} within {@code [min, max]} such that what is found in {@code d}
   * documents or fewer ({@code byFrequency[d]} of each) pairs no more than {@code budget}
   * documents.
   */
  static int boundWithin(long[] byFrequency, long budget, int min, int max) {
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

  /**
   * The record of the document at this number in the index, as {@link Pair} gives it: read
   * directly, where looking it up by id would run a query for every pair.
   */
  public DocumentRecord record(int doc) throws IOException {
    if (recordFields == null) {
      recordFields = reader.storedFields();
    }
    return DocumentMapper.toRecord(recordFields.document(doc));
  }

  private StoredFields recordFields;

  private String idOf(StoredFields stored, int doc) throws IOException {
    String id = ids.get(doc);
    if (id == null) {
      id = stored.document(doc, ID_FIELD).get(IndexFields.DOC_ID);
      ids.put(doc, id);
    }
    return id;
  }
}
