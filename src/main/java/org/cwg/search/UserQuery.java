package org.cwg.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;
import org.cwg.index.CorpusReader;
import org.cwg.index.CwgAnalyzers;
import org.cwg.index.IndexFields;
import org.cwg.model.DocumentNumber;
import org.cwg.model.Language;
import org.cwg.model.MeetingRange;
import org.cwg.model.SectionKind;

/**
 * A query typed by a user, in Lucene's classic syntax: terms, "phrases", AND/OR/NOT, +/-,
 * wildcards, fuzzy~, /regular expressions/ and field:value. Words are ANDed unless OR joins them.
 * Words go to the body text, stemmed, or as written with {@code exact}; wildcards and fuzzy terms
 * match words as written. A word with a slash, hyphen or dot ({@code C24/12}) is a literal term,
 * and a document number also finds the document it numbers.
 *
 * <p>The fields of the filter options ({@code cites:}, {@code meeting:}, {@code section:}, {@code
 * source:}, {@code type:}, {@code number:}, {@code lang:}) are read by {@link FilterQueries}, as
 * the options are; {@code meeting:[18 TO 22]} compares numbers.
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

  /** Short names users may write for keyword fields. */
  private static final Map<String, String> ALIASES = Map.of("lang", IndexFields.LANGUAGE);

  /** Above any BM25 score a mention gets, so that a number's own document comes first. */
  private static final float NUMBERED_DOCUMENT_SCORE = 100f;

  private static final Pattern COLUMN = Pattern.compile("column (\\d+)");

  /**
   * Made once, not per query: a new analyzer builds its tokenizer and filters again, a quarter of
   * the cost of parsing a phrase. Analyzers are thread-safe.
   */
  private static final Analyzer STEMMED = analyzer(false);

  /** Stemmed analyzers for the languages an index holds, made once per set of languages. */
  private static final Map<Set<Language>, Analyzer> STEMMED_IN =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static final Analyzer EXACT = analyzer(true);

  /** The query's words cut as Chinese documents are indexed, made only if one is asked for. */
  private static final class Chinese {
    static final Analyzer STEMMED = CwgAnalyzers.chineseStemmedQuery();
    static final Analyzer EXACT = CwgAnalyzers.chineseExactQuery();
  }

  private UserQuery() {}

  /**
   * Parses {@code query}; a query that cannot be parsed is the user's error, reported as an {@link
   * IllegalArgumentException} with one line that says where the problem is.
   */
  public static Query parse(String query, boolean exact) {
    return parse(query, exact, null);
  }

  /**
   * Parses {@code query} for the index {@code reader} reads, whose keyword values ({@code source:},
   * {@code type:}) then match in any case, as the filter options do.
   */
  public static Query parse(String query, boolean exact, IndexReader reader) {
    if (query == null || query.isBlank()) {
      throw new IllegalArgumentException("the query is empty");
    }
    try {
      Analyzer analyzer = exact ? EXACT : reader == null ? STEMMED : stemmedIn(languages(reader));
      return new Parser(exact, analyzer, reader).parse(QueryLine.forParser(query));
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
    return withKeywordFields(exact ? CwgAnalyzers.exactQuery() : CwgAnalyzers.stemmedQuery());
  }

  private static Analyzer withKeywordFields(Analyzer text) {
    Map<String, Analyzer> perField = new java.util.HashMap<>();
    KEYWORD_FIELDS.forEach(field -> perField.put(field, new KeywordAnalyzer()));
    return new PerFieldAnalyzerWrapper(text, perField);
  }

  private static Analyzer stemmedIn(Set<Language> languages) {
    return STEMMED_IN.computeIfAbsent(
        languages, in -> withKeywordFields(CwgAnalyzers.stemmedQuery(in)));
  }

  /**
   * The languages of an index's documents: a query asks for the stems of these only (a corpus in
   * English alone is searched as before there were others).
   */
  private static Set<Language> languages(IndexReader reader) {
    Set<Language> languages = EnumSet.noneOf(Language.class);
    try {
      Terms terms = MultiTerms.getTerms(reader, IndexFields.LANGUAGE);
      if (terms != null) {
        TermsEnum codes = terms.iterator();
        for (BytesRef code = codes.next(); code != null; code = codes.next()) {
          Language.ofCode(code.utf8ToString()).ifPresent(languages::add);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return languages;
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

  /** The classic parser with cwg's field names and the filters' meaning of their fields. */
  private static final class Parser extends QueryParser {

    private final IndexReader reader;
    private final boolean exact;

    Parser(boolean exact, Analyzer analyzer, IndexReader reader) {
      super(IndexFields.TEXT, analyzer);
      this.reader = reader;
      this.exact = exact;
      // Several words narrow the search, as in web search; OR is written.
      setDefaultOperator(QueryParser.Operator.AND);
      // "CWG-Internet" or "e-mail" must match as written, as a phrase, not as either word.
      setSplitOnWhitespace(true);
      setAutoGeneratePhraseQueries(true);
      setAllowLeadingWildcard(true);
    }

    private String field(String written) throws ParseException {
      if (TEXT_FIELDS.containsKey(written)) {
        return TEXT_FIELDS.get(written);
      }
      if (ALIASES.containsKey(written)) {
        return ALIASES.get(written);
      }
      if (KEYWORD_FIELDS.contains(written) || written.equals(IndexFields.MEETING)) {
        return written;
      }
      throw new ParseException(
          "unknown field '"
              + written
              + "'; fields are text, title, "
              + "heading, meeting, lang, "
              + String.join(", ", KEYWORD_FIELDS));
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted)
        throws ParseException {
      String target = field(field);
      try {
        switch (target) {
          case IndexFields.MEETING:
            return FilterQueries.meetings(meetings(queryText));
          case IndexFields.SECTION:
            return FilterQueries.section(SectionKind.fromId(queryText));
          case IndexFields.CITES:
            return FilterQueries.cites(FilterQueries.resolutionKey(queryText));
          case IndexFields.SOURCE, IndexFields.TYPE:
            return FilterQueries.anyCase(reader, target, queryText);
          case IndexFields.NUMBER:
            return FilterQueries.number(queryText);
          case IndexFields.LANGUAGE:
            return FilterQueries.language(queryText);
          default:
            break;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Query words = super.getFieldQuery(target, queryText, quoted);
      Optional<String> number =
          quoted || !target.equals(IndexFields.TEXT)
              ? Optional.empty()
              : DocumentNumber.canonical(queryText);
      if (words == null || number.isEmpty()) {
        return words;
      }
      // A number finds the documents that mention it and, first, the document it numbers.
      return new BooleanQuery.Builder()
          .add(words, BooleanClause.Occur.SHOULD)
          .add(numberedDocument(number.get()), BooleanClause.Occur.SHOULD)
          .build();
    }

    /**
     * The opening of the document numbered so (its front matter, or its first section), ranked
     * above every mention; not all its sections, which would crowd out the documents citing it.
     */
    private static Query numberedDocument(String canonical) {
      Query opening =
          new BooleanQuery.Builder()
              .add(CorpusReader.kind(IndexFields.KIND_FRONT), BooleanClause.Occur.SHOULD)
              .add(
                  NumericDocValuesField.newSlowExactQuery(IndexFields.SECTION_INDEX, 0),
                  BooleanClause.Occur.SHOULD)
              .build();
      Query numbered =
          new BooleanQuery.Builder()
              .add(FilterQueries.number(canonical), BooleanClause.Occur.FILTER)
              .add(opening, BooleanClause.Occur.FILTER)
              .build();
      return new BoostQuery(new ConstantScoreQuery(numbered), NUMBERED_DOCUMENT_SCORE);
    }

    /**
     * Words on a text field as every language's documents hold them: Chinese characters are also
     * looked up as the Chinese words that Chinese documents are cut into.
     */
    @Override
    protected Query newFieldQuery(Analyzer analyzer, String field, String queryText, boolean quoted)
        throws ParseException {
      Query words = super.newFieldQuery(analyzer, field, queryText, quoted);
      if (!TEXT_FIELDS.containsValue(field) || !CwgAnalyzers.segmentsAsChinese(queryText)) {
        return words;
      }
      Query chinese =
          super.newFieldQuery(exact ? Chinese.EXACT : Chinese.STEMMED, field, queryText, quoted);
      if (words == null || chinese == null || words.equals(chinese)) {
        return words == null ? chinese : words;
      }
      return new BooleanQuery.Builder()
          .add(words, BooleanClause.Occur.SHOULD)
          .add(chinese, BooleanClause.Occur.SHOULD)
          .build();
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
      // Each phrase takes the slop as it is built: a phrase looked up two ways is no longer one
      // phrase query that the parser could give it to afterwards.
      int before = getPhraseSlop();
      setPhraseSlop(slop);
      try {
        return super.getFieldQuery(field(field), queryText, slop);
      } finally {
        setPhraseSlop(before);
      }
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

    /** As --meeting reads it, with the error naming the field rather than the option. */
    private static MeetingRange meetings(String text) {
      try {
        return MeetingRange.parse(text);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "meeting:" + text + " is not a meeting number such as 20 or a range such as 18-22", e);
      }
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
