package org.cwg.search;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.cwg.index.IndexFields;
import org.cwg.model.MeetingRange;
import org.cwg.model.SectionKind;

/**
 * What a search keeps besides its query. Every part is optional (null); all given parts must hold.
 *
 * @param meetings meeting range
 * @param section kind of section the match must fall in
 * @param cites resolution key such as "Council 1305" (see {@link org.cwg.cite.ResolutionId#key()})
 * @param source submitting Member State or entity, compared without regard to case
 * @param type document type, compared without regard to case
 * @param from first document date
 * @param to last document date
 * @param number document number in any spelling {@link org.cwg.model.DocumentNumber} reads
 * @param language language as a code (fr), an ITU letter (F) or a name (French)
 */
public record SearchFilters(
    MeetingRange meetings,
    SectionKind section,
    String cites,
    String source,
    String type,
    LocalDate from,
    LocalDate to,
    String number,
    String language) {

  /** Filters without number or language. */
  public SearchFilters(
      MeetingRange meetings,
      SectionKind section,
      String cites,
      String source,
      String type,
      LocalDate from,
      LocalDate to) {
    this(meetings, section, cites, source, type, from, to, null, null);
  }

  public SearchFilters {
    if (language != null) {
      FilterQueries.languageCode(language); // refused now rather than matching nothing later
    }
  }

  public static SearchFilters none() {
    return new SearchFilters(null, null, null, null, null, null, null);
  }

  /**
   * The filters as a user writes them, each null or blank when not given: {@code meeting} 18 or
   * 18-22, {@code section} a kind's id, {@code cites} a resolution as written (1305, "PP 102"),
   * {@code from} and {@code to} dates as 2024, 2024-10 or 2024-10-04 (named in errors as --from and
   * --to). The command line's filter options and the server's query parameters both come here.
   */
  public static SearchFilters written(
      String meeting,
      String section,
      String cites,
      String source,
      String type,
      String from,
      String to,
      String number,
      String language) {
    return new SearchFilters(
        meeting == null ? null : MeetingRange.parse(meeting),
        section == null ? null : SectionKind.fromId(section),
        cites == null ? null : FilterQueries.resolutionKey(cites),
        blankToNull(source),
        blankToNull(type),
        from == null ? null : firstDay(from, "--from"),
        to == null ? null : lastDay(to, "--to"),
        blankToNull(number),
        blankToNull(language));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** The same filters without the section kind, for searches over whole documents. */
  public SearchFilters withoutSection() {
    return new SearchFilters(meetings, null, cites, source, type, from, to, number, language);
  }

  /** The same filters without the cited resolution, when that is what is being counted. */
  public SearchFilters withoutCites() {
    return new SearchFilters(meetings, section, null, source, type, from, to, number, language);
  }

  /** The first day a date written as 2024, 2024-10 or 2024-10-04 can mean. */
  public static LocalDate firstDay(String written, String option) {
    String date = written.strip();
    try {
      return switch (date.length()) {
        case 4 -> LocalDate.of(Integer.parseInt(date), 1, 1);
        case 7 -> YearMonth.parse(date).atDay(1);
        default -> LocalDate.parse(date);
      };
    } catch (DateTimeParseException | NumberFormatException e) {
      throw badDate(written, option);
    }
  }

  /** The last day a date written as 2024, 2024-10 or 2024-10-04 can mean. */
  public static LocalDate lastDay(String written, String option) {
    String date = written.strip();
    try {
      return switch (date.length()) {
        case 4 -> LocalDate.of(Integer.parseInt(date), 12, 31);
        case 7 -> YearMonth.parse(date).atEndOfMonth();
        default -> LocalDate.parse(date);
      };
    } catch (DateTimeParseException | NumberFormatException e) {
      throw badDate(written, option);
    }
  }

  private static IllegalArgumentException badDate(String written, String option) {
    return new IllegalArgumentException(
        option + " '" + written + "': expected a date such as 2024-10-04, 2024-10 or 2024");
  }

  /**
   * The filters as one Lucene query (match-all when there are none). The section kind exists only
   * on section documents, so callers searching whole documents drop it first.
   */
  public Query toQuery(IndexReader reader) throws IOException {
    List<Query> parts = new ArrayList<>();
    if (meetings != null) {
      parts.add(FilterQueries.meetings(meetings));
    }
    if (section != null) {
      parts.add(FilterQueries.section(section));
    }
    if (cites != null) {
      parts.add(FilterQueries.cites(cites));
    }
    if (source != null) {
      parts.add(FilterQueries.anyCase(reader, IndexFields.SOURCE, source));
    }
    if (type != null) {
      parts.add(FilterQueries.anyCase(reader, IndexFields.TYPE, type));
    }
    if (number != null) {
      parts.add(FilterQueries.number(number));
    }
    if (language != null) {
      parts.add(FilterQueries.language(language));
    }
    if (from != null || to != null) {
      parts.add(
          LongPoint.newRangeQuery(
              IndexFields.DATE_DAY,
              from == null ? Long.MIN_VALUE : from.toEpochDay(),
              to == null ? Long.MAX_VALUE : to.toEpochDay()));
    }
    if (parts.isEmpty()) {
      return new MatchAllDocsQuery();
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    parts.forEach(part -> all.add(part, BooleanClause.Occur.FILTER));
    return all.build();
  }
}
