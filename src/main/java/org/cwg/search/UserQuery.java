package org.cwg.search;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.cwg.index.CwgAnalyzers;
import org.cwg.index.IndexFields;

/**
 * A query typed by a user, in Lucene's classic syntax: terms, "phrases", AND/OR/NOT, +/-,
 * wildcards, fuzzy~ and field:value. Words go to the body text, stemmed, or as written with {@code
 * exact}; wildcards and fuzzy terms match words as written. Keyword fields (number, source, type,
 * ...) match their values as stored, and {@code meeting:20} or {@code meeting:[18 TO 22]} compare
 * numbers.
 */
public final class UserQuery {

  /** Field names users may write before a colon, and the index field each one means. */
  private static final Map<String, String> TEXT_FIELDS =
      Map.of(
          "text", IndexFields.TEXT,
          "title", IndexFields.TITLE,
          "heading", IndexFields.HEADING);

  private static final List<String> KEYWORD_FIELDS =
      List.of(
          IndexFields.NUMBER,
          IndexFields.TYPE,
          IndexFields.SOURCE,
          IndexFields.SECTION,
          IndexFields.CITES,
          IndexFields.GROUP,
          IndexFields.LANGUAGE,
          IndexFields.DATE);

  private static final Pattern COLUMN = Pattern.compile("column (\\d+)");

  /**
   * Made once, not per query: a new analyzer builds its tokenizer and filters again, a quarter of
   * the cost of parsing a phrase. Analyzers are thread-safe.
   */
  private static final Analyzer STEMMED = analyzer(false);

  private static final Analyzer EXACT = analyzer(true);

  private UserQuery() {}

  /**
   * Parses {@code query}; a query that cannot be parsed is the user's error, reported as an {@link
   * IllegalArgumentException} with one line that says where the problem is.
   */
  public static Query parse(String query, boolean exact) {
    if (query == null || query.isBlank()) {
      throw new IllegalArgumentException("the query is empty");
    }
    try {
      return new Parser(exact ? EXACT : STEMMED).parse(query);
    } catch (ParseException e) {
      throw new IllegalArgumentException(explain(query, e), e);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new IllegalArgumentException(
          "query '"
              + query
              + "' expands to too many words; make its wildcards or fuzzy terms narrower",
          e);
    }
  }

  private static Analyzer analyzer(boolean exact) {
    Map<String, Analyzer> perField = new java.util.HashMap<>();
    KEYWORD_FIELDS.forEach(field -> perField.put(field, new KeywordAnalyzer()));
    return new PerFieldAnalyzerWrapper(
        exact ? CwgAnalyzers.exactQuery() : CwgAnalyzers.stemmedQuery(), perField);
  }

  /** One line naming what went wrong and the column where it did. */
  static String explain(String query, ParseException wrapped) {
    Throwable cause = wrapped.getCause() != null ? wrapped.getCause() : wrapped;
    String problem;
    if (cause instanceof ParseException syntax
        && syntax.currentToken != null
        && syntax.currentToken.next != null) {
      Token next = syntax.currentToken.next;
      problem =
          next.kind == 0
              ? "the query ends too soon (after column " + query.stripTrailing().length() + ")"
              : "unexpected '" + next.image + "' at column " + (next.beginColumn + 1);
    } else if (cause instanceof ParseException || cause.getMessage() == null) {
      problem = firstLine(wrapped.getMessage().replaceFirst("^Cannot parse '.*?': ", ""));
    } else {
      Matcher column = COLUMN.matcher(cause.getMessage());
      if (cause.getMessage().contains("<EOF>")) {
        problem =
            "the query ends inside a \"phrase\" or after a backslash (a quote is not" + " closed?)";
      } else {
        problem =
            column.find()
                ? "cannot read the character at column "
                    + column.group(1)
                    + " (put a backslash before it?)"
                : firstLine(cause.getMessage());
      }
    }
    return "cannot parse query '" + query + "': " + problem;
  }

  private static String firstLine(String message) {
    return message.strip().lines().findFirst().orElse(message);
  }

  /** The classic parser with cwg's field names and numeric meetings. */
  private static final class Parser extends QueryParser {

    Parser(Analyzer analyzer) {
      super(IndexFields.TEXT, analyzer);
      // "CWG-Internet" or "e-mail" must match as written, as a phrase, not as either word.
      setSplitOnWhitespace(true);
      setAutoGeneratePhraseQueries(true);
      setAllowLeadingWildcard(true);
    }

    private String field(String written) throws ParseException {
      if (TEXT_FIELDS.containsKey(written)) {
        return TEXT_FIELDS.get(written);
      }
      if (KEYWORD_FIELDS.contains(written) || written.equals(IndexFields.MEETING)) {
        return written;
      }
      throw new ParseException(
          "unknown field '"
              + written
              + "'; fields are text, title, "
              + "heading, meeting, "
              + String.join(", ", KEYWORD_FIELDS));
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted)
        throws ParseException {
      String target = field(field);
      if (target.equals(IndexFields.MEETING)) {
        return IntPoint.newExactQuery(IndexFields.MEETING, meeting(queryText));
      }
      return super.getFieldQuery(target, queryText, quoted);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
      return super.getFieldQuery(field(field), queryText, slop);
    }

    @Override
    protected Query getRangeQuery(
        String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
        throws ParseException {
      String target = field(field);
      if (target.equals(IndexFields.MEETING)) {
        int low = part1 == null || part1.equals("*") ? Integer.MIN_VALUE : meeting(part1);
        int high = part2 == null || part2.equals("*") ? Integer.MAX_VALUE : meeting(part2);
        return IntPoint.newRangeQuery(
            IndexFields.MEETING, startInclusive ? low : low + 1, endInclusive ? high : high - 1);
      }
      return super.getRangeQuery(target, part1, part2, startInclusive, endInclusive);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
      return super.getPrefixQuery(field(field), termStr);
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
      String target = field(field);
      return wordsOnly(target, super.getWildcardQuery(target, termStr));
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity)
        throws ParseException {
      return super.getFuzzyQuery(field(field), termStr, minSimilarity);
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
      String target = field(field);
      return wordsOnly(target, super.getRegexpQuery(target, termStr));
    }

    /** A pattern on a text field, kept to words (see {@link WordsOnly}). */
    private static Query wordsOnly(String target, Query pattern) {
      return pattern instanceof AutomatonQuery words && TEXT_FIELDS.containsValue(target)
          ? WordsOnly.of(words)
          : pattern;
    }

    private static int meeting(String text) throws ParseException {
      try {
        return Integer.parseInt(text.strip());
      } catch (NumberFormatException e) {
        throw new ParseException("meeting:" + text + " is not a meeting number");
      }
    }
  }
}
