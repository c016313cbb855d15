package org.cwg.search;

import java.io.IOException;
import java.util.Locale;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.cwg.cite.ResolutionId;
import org.cwg.index.IndexFields;
import org.cwg.model.DocumentNumber;
import org.cwg.model.Language;
import org.cwg.model.MeetingRange;
import org.cwg.model.SectionKind;

/**
 * One query per filter, shared by the command-line options ({@code --cites 1305}) and the fields of
 * a query ({@code cites:1305}), so that the two always mean the same.
 */
public final class FilterQueries {

  private FilterQueries() {}

  /** The index key of a resolution as a user writes it: "1305", "PP 102", "Res 102". */
  public static String resolutionKey(String written) {
    return ResolutionId.parse(written).id().key();
  }

  static Query meetings(MeetingRange meetings) {
    return IntPoint.newRangeQuery(IndexFields.MEETING, meetings.from(), meetings.to());
  }

  static Query section(SectionKind kind) {
    return new TermQuery(new Term(IndexFields.SECTION, kind.id()));
  }

  static Query cites(String resolutionKey) {
    return new TermQuery(new Term(IndexFields.CITES, resolutionKey));
  }

  /**
   * The document numbered {@code written}, in any spelling the canonicalizer reads ({@code
   * cwg-internet-20/4}, {@code S25-CL-C-0045}), and its revisions, addenda and corrigenda when no
   * revision is asked for. A number the canonicalizer does not know is matched as written.
   */
  static Query number(String written) {
    String canonical = DocumentNumber.canonical(written).orElse(written.strip());
    Query exact = new TermQuery(new Term(IndexFields.NUMBER, canonical));
    if (DocumentNumber.revisionOf(canonical) != null) {
      return exact;
    }
    return new BooleanQuery.Builder()
        .add(exact, BooleanClause.Occur.SHOULD)
        .add(
            new PrefixQuery(new Term(IndexFields.NUMBER, canonical + "(")),
            BooleanClause.Occur.SHOULD)
        .build();
  }

  /** Documents in a language written as a code ("fr"), an ITU letter ("F") or a name ("French"). */
  static Query language(String written) {
    return new TermQuery(new Term(IndexFields.LANGUAGE, languageCode(written)));
  }

  /** ISO 639-1 code of one of ITU's six languages as users write it. */
  public static String languageCode(String written) {
    return Language.parse(written)
        .map(Language::code)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown language '"
                        + written
                        + "'; write en, fr, es, ru, ar or zh (or E, F, S, R, A, C, or the name)"));
  }

  /**
   * Keyword values are stored as written ("Russian Federation"); users type them in any case, so
   * the filter takes every indexed spelling that differs only in case. Without a reader (a query
   * parsed on its own), the value as written.
   */
  static Query anyCase(IndexReader reader, String field, String wanted) throws IOException {
    if (reader == null) {
      return new TermQuery(new Term(field, wanted.strip()));
    }
    String lower = wanted.strip().toLowerCase(Locale.ROOT);
    BooleanQuery.Builder spellings = new BooleanQuery.Builder();
    Terms terms = MultiTerms.getTerms(reader, field);
    if (terms != null) {
      TermsEnum values = terms.iterator();
      for (BytesRef value = values.next(); value != null; value = values.next()) {
        String indexed = value.utf8ToString();
        if (indexed.toLowerCase(Locale.ROOT).equals(lower)) {
          spellings.add(new TermQuery(new Term(field, indexed)), BooleanClause.Occur.SHOULD);
        }
      }
    }
    return spellings.build();
  }
}
