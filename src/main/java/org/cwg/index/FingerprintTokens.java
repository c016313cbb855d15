package org.cwg.index;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.cwg.reuse.Fingerprints;

/**
 * A text's reuse fingerprints as one indexed field, each at the position of the word its shingle
 * starts at: a reader then learns from the postings alone where two documents share fingerprints,
 * and whether those lie along one passage, before it loads any text.
 */
final class FingerprintTokens extends TokenStream {

  static final FieldType TYPE = new FieldType();

  static {
    TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    TYPE.setTokenized(true);
    TYPE.setOmitNorms(true);
    TYPE.setStored(false);
    TYPE.freeze();
  }

  private final BytesTermAttribute term = addAttribute(BytesTermAttribute.class);
  private final PositionIncrementAttribute increment =
      addAttribute(PositionIncrementAttribute.class);
  private final Fingerprints.Positioned fingerprints;
  private int next;
  private int lastAt;

  private FingerprintTokens(Fingerprints.Positioned fingerprints) {
    this.fingerprints = fingerprints;
  }

  /** The field holding these fingerprints. */
  static Field field(Fingerprints.Positioned fingerprints) {
    return new Field(IndexFields.REUSE, new FingerprintTokens(fingerprints), TYPE);
  }

  @Override
  public boolean incrementToken() {
    if (next >= fingerprints.hashes().length) {
      return false;
    }
    clearAttributes();
    int at = fingerprints.at()[next];
    term.setBytesRef(new BytesRef(Fingerprints.bytes(fingerprints.hashes()[next])));
    // Positions start at -1 in Lucene: the first increment lands the token on its word.
    increment.setPositionIncrement(next == 0 ? at + 1 : at - lastAt);
    lastAt = at;
    next++;
    return true;
  }

  @Override
  public void reset() {
    next = 0;
    lastAt = 0;
  }
}
