package org.cwg.outcome;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.cwg.index.CorpusReader;
import org.cwg.index.DocumentMapper;
import org.cwg.index.IndexFields;
import org.cwg.model.CorpusOrder;
import org.cwg.model.DocumentNumber;
import org.cwg.model.DocumentRecord;
import org.cwg.model.DocumentReference;
import org.cwg.model.DocumentSummary;
import org.cwg.model.NaturalOrder;

/**
 * Answers {@code outcome} and {@code meeting} from the index: reads only the records it needs (the
 * reports of the contribution's group, the documents of one meeting) through keyword and point
 * queries, and links them with {@link ReportOutcomes}.
 */
public final class MeetingOutcomes {

  private static final String REPORT = "report";
  private static final String CONTRIBUTION = "contribution";

  private final CorpusReader reader;

  /**
   * @throws IllegalArgumentException when the index holds no documents
   */
  public MeetingOutcomes(CorpusReader reader) throws IOException {
    this.reader = reader;
    if (reader.searcher().count(CorpusReader.kind(IndexFields.KIND_DOCUMENT)) == 0) {
      throw new IllegalArgumentException(
          "the index at "
              + reader.dir()
              + " holds no documents; run 'cwg ingest FOLDER' on a meeting's documents first");
    }
  }

  /**
   * Every report section that deals with {@code contribution}, in the reports of its group (of its
   * meeting or later, when its meeting is known).
   *
   * @throws IllegalArgumentException when the document is not a contribution
   */
  public ContributionOutcomes outcomesOf(DocumentRecord contribution) throws IOException {
    String type = contribution.metadata().type();
    if (type != null && !type.equals(CONTRIBUTION)) {
      throw new IllegalArgumentException(
          nameOf(contribution)
              + " is a "
              + type
              + ", not a contribution; 'cwg outcome' follows contributions into reports");
    }
    Integer meeting = contribution.metadata().meeting();
    List<DocumentRecord> reports = reportsOf(contribution.metadata().group(), meeting);
    Contribution wanted = Contribution.of(contribution);
    Set<String> indexed = indexedNumbers();
    List<Outcome> outcomes = new ArrayList<>();
    for (DocumentRecord report : reports) {
      Map<String, List<String>> bySource =
          numbersBySource(report.metadata().group(), report.metadata().meeting());
      outcomes.addAll(new ReportOutcomes(report, indexed, bySource).of(wanted));
    }
    return new ContributionOutcomes(DocumentSummary.of(contribution), reports.size(), outcomes);
  }

  /**
   * The meeting at a glance.
   *
   * @param group the group, case-insensitive; null when the meeting number names one group only
   * @throws IllegalArgumentException when no document is of that meeting, or several groups hold
   *     meetings of that number and no group was given
   */
  public MeetingOverview meeting(int meeting, String group) throws IOException {
    List<DocumentRecord> all = records(IntPoint.newExactQuery(IndexFields.MEETING, meeting));
    Set<String> groups = new TreeSet<>();
    all.stream().map(r -> r.metadata().group()).filter(Objects::nonNull).forEach(groups::add);
    List<DocumentRecord> documents;
    if (group != null) {
      documents = all.stream().filter(r -> group.equalsIgnoreCase(r.metadata().group())).toList();
    } else if (groups.size() > 1) {
      throw new IllegalArgumentException(
          "meeting "
              + meeting
              + " is a meeting of several groups ("
              + String.join(", ", groups)
              + "); pass --group GROUP");
    } else {
      documents = all;
    }
    if (documents.isEmpty()) {
      throw new IllegalArgumentException(
          "no document of meeting "
              + meeting
              + (group == null ? "" : " of " + group)
              + " in the index"
              + (group == null || groups.isEmpty()
                  ? ""
                  : " (its groups: " + String.join(", ", groups) + ")"));
    }
    String groupName =
        documents.stream()
            .map(r -> r.metadata().group())
            .filter(Objects::nonNull)
            .findFirst()
            .orElse(group);
    Set<String> indexed = indexedNumbers();
    Map<String, List<String>> bySource = new LinkedHashMap<>();
    for (DocumentRecord d : documents) {
      if (CONTRIBUTION.equals(d.metadata().type()) && d.metadata().number() != null) {
        for (String source : d.metadata().sources()) {
          addOnce(bySource, source, d.metadata().number());
        }
      }
    }
    // One entry per document: its language versions together, the English one standing for it.
    List<List<DocumentRecord>> byDocument = LanguageVersions.group(documents);
    List<List<ReportOutcomes>> reports = new ArrayList<>();
    List<MeetingOverview.MeetingContribution> contributions = new ArrayList<>();
    List<DocumentSummary> others = new ArrayList<>();
    for (List<DocumentRecord> versions : byDocument) {
      String type = versions.get(0).metadata().type();
      if (REPORT.equals(type)) {
        reports.add(versions.stream().map(r -> new ReportOutcomes(r, indexed, bySource)).toList());
      }
    }
    for (List<DocumentRecord> versions : byDocument) {
      String type = versions.get(0).metadata().type();
      if (CONTRIBUTION.equals(type)) {
        contributions.add(contributionIn(versions, reports));
      } else if (!REPORT.equals(type)) {
        others.add(DocumentSummary.of(versions.get(0)));
      }
    }
    List<DocumentRecord> reportRecords = reports.stream().map(r -> r.get(0).report()).toList();
    return new MeetingOverview(
        groupName,
        meeting,
        firstOf(reportRecords, documents, true),
        firstOf(reportRecords, documents, false),
        reportRecords.stream().map(DocumentSummary::of).toList(),
        contributions,
        others,
        missing(reports),
        referencesBetween(byDocument));
  }

  private static void addOnce(Map<String, List<String>> bySource, String source, String number) {
    List<String> numbers = bySource.computeIfAbsent(source, k -> new ArrayList<>());
    if (!numbers.contains(number)) {
      numbers.add(number);
    }
  }

  /**
   * A contribution, its versions standing first, and where the reports (each its versions) dealt
   * with it: a section found through several versions is listed once, at its best score.
   */
  private static MeetingOverview.MeetingContribution contributionIn(
      List<DocumentRecord> versions, List<List<ReportOutcomes>> reports) {
    List<Contribution> wanted = versions.stream().map(Contribution::of).toList();
    Map<List<String>, MeetingOverview.OutcomeAt> found = new LinkedHashMap<>();
    for (List<ReportOutcomes> report : reports) {
      for (ReportOutcomes version : report) {
        for (Contribution contribution : wanted) {
          for (Outcome outcome : version.of(contribution)) {
            MeetingOverview.OutcomeAt at = MeetingOverview.OutcomeAt.of(outcome);
            found.merge(
                List.of(at.report(), String.valueOf(at.section())),
                at,
                (a, b) -> b.score() > a.score() ? b : a);
          }
        }
      }
    }
    List<MeetingOverview.OutcomeAt> at = List.copyOf(found.values());
    return new MeetingOverview.MeetingContribution(
        DocumentSummary.of(versions.get(0)),
        !at.isEmpty(),
        at.isEmpty() ? null : at.get(0),
        at,
        LanguageVersions.languages(versions));
  }

  /**
   * The numbers the reports name that no indexed document carries: once per report, whatever
   * languages it was published in.
   */
  private List<MeetingOverview.MissingDocument> missing(List<List<ReportOutcomes>> reports)
      throws IOException {
    Collection<String> held = new HashSet<>(reader.documentNumbers().values());
    List<MeetingOverview.MissingDocument> missing = new ArrayList<>();
    for (List<ReportOutcomes> report : reports) {
      String name = nameOf(report.get(0).report());
      Map<String, Set<String>> named = new TreeMap<>(NaturalOrder.INSTANCE);
      for (ReportOutcomes version : report) {
        version.named().entrySet().stream()
            .filter(e -> !held.contains(e.getKey()))
            .forEach(
                e ->
                    named
                        .computeIfAbsent(e.getKey(), k -> new LinkedHashSet<>())
                        .addAll(e.getValue()));
      }
      named.forEach(
          (number, sections) ->
              missing.add(
                  new MeetingOverview.MissingDocument(number, name, List.copyOf(sections))));
    }
    return missing;
  }

  /**
   * Each reference from one of the meeting's documents to another, counted: a document refers as
   * its standing version does, and to a document whatever version holds its number.
   */
  private static List<MeetingOverview.MeetingReference> referencesBetween(
      List<List<DocumentRecord>> byDocument) {
    Map<String, DocumentRecord> byBase = new LinkedHashMap<>();
    for (List<DocumentRecord> versions : byDocument) {
      DocumentRecord d = versions.get(0);
      if (d.metadata().number() != null) {
        byBase.putIfAbsent(DocumentNumber.base(d.metadata().number()), d);
      }
    }
    Map<List<String>, Integer> counts = new LinkedHashMap<>();
    for (List<DocumentRecord> versions : byDocument) {
      DocumentRecord from = versions.get(0);
      for (DocumentReference r : from.references()) {
        DocumentRecord to = byBase.get(DocumentNumber.base(r.id()));
        if (to != null && !nameOf(to).equals(nameOf(from))) {
          counts.merge(List.of(nameOf(from), nameOf(to)), 1, Integer::sum);
        }
      }
    }
    List<MeetingOverview.MeetingReference> references = new ArrayList<>();
    counts.forEach(
        (pair, n) ->
            references.add(new MeetingOverview.MeetingReference(pair.get(0), pair.get(1), n)));
    return references;
  }

  private static String firstOf(
      List<DocumentRecord> reports, List<DocumentRecord> documents, boolean date) {
    for (List<DocumentRecord> records : List.of(reports, documents)) {
      for (DocumentRecord r : records) {
        String value = date ? r.metadata().meetingDate() : r.metadata().place();
        if (value != null) {
          return value;
        }
      }
    }
    return null;
  }

  /**
   * Each source of the contributions to a meeting, to the numbers of those it submitted: read from
   * stored keyword fields, without decoding records.
   */
  private Map<String, List<String>> numbersBySource(String group, Integer meeting)
      throws IOException {
    Map<String, List<String>> bySource = new LinkedHashMap<>();
    if (meeting == null) {
      return bySource;
    }
    BooleanQuery.Builder query =
        new BooleanQuery.Builder()
            .add(CorpusReader.kind(IndexFields.KIND_DOCUMENT), BooleanClause.Occur.FILTER)
            .add(IntPoint.newExactQuery(IndexFields.MEETING, meeting), BooleanClause.Occur.FILTER)
            .add(
                new TermQuery(new Term(IndexFields.TYPE, CONTRIBUTION)),
                BooleanClause.Occur.FILTER);
    if (group != null) {
      query.add(new TermQuery(new Term(IndexFields.GROUP, group)), BooleanClause.Occur.FILTER);
    }
    IndexSearcher searcher = reader.searcher();
    TopDocs top = searcher.search(query.build(), Math.max(1, reader.indexReader().maxDoc()));
    for (ScoreDoc hit : top.scoreDocs) {
      org.apache.lucene.document.Document stored =
          searcher.storedFields().document(hit.doc, Set.of(IndexFields.NUMBER, IndexFields.SOURCE));
      String number = stored.get(IndexFields.NUMBER);
      if (number != null) {
        for (String source : stored.getValues(IndexFields.SOURCE)) {
          addOnce(bySource, source, number);
        }
      }
    }
    return bySource;
  }

  /** The numbers of the indexed documents, without revision. */
  private Set<String> indexedNumbers() throws IOException {
    Set<String> numbers = new HashSet<>();
    reader.documentNumbers().values().forEach(n -> numbers.add(DocumentNumber.base(n)));
    return numbers;
  }

  /**
   * The reports of a group (of every group when null) that can deal with a contribution to this
   * meeting: those of the meeting or later, and those whose meeting is unknown.
   */
  private List<DocumentRecord> reportsOf(String group, Integer meeting) throws IOException {
    BooleanQuery.Builder query =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(IndexFields.TYPE, REPORT)), BooleanClause.Occur.FILTER);
    if (group != null) {
      query.add(new TermQuery(new Term(IndexFields.GROUP, group)), BooleanClause.Occur.FILTER);
    }
    if (meeting != null) {
      Query unknown =
          new BooleanQuery.Builder()
              .add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST)
              .add(new FieldExistsQuery(IndexFields.MEETING), BooleanClause.Occur.MUST_NOT)
              .build();
      Query laterOrUnknown =
          new BooleanQuery.Builder()
              .add(
                  IntPoint.newRangeQuery(IndexFields.MEETING, meeting, Integer.MAX_VALUE),
                  BooleanClause.Occur.SHOULD)
              .add(unknown, BooleanClause.Occur.SHOULD)
              .build();
      query.add(laterOrUnknown, BooleanClause.Occur.FILTER);
    }
    return records(query.build());
  }

  /** The records of the documents that match, in corpus order. */
  private List<DocumentRecord> records(Query filter) throws IOException {
    IndexSearcher searcher = reader.searcher();
    Query query =
        new BooleanQuery.Builder()
            .add(CorpusReader.kind(IndexFields.KIND_DOCUMENT), BooleanClause.Occur.FILTER)
            .add(filter, BooleanClause.Occur.FILTER)
            .build();
    TopDocs top = searcher.search(query, Math.max(1, reader.indexReader().maxDoc()));
    List<DocumentRecord> records = new ArrayList<>();
    for (ScoreDoc hit : top.scoreDocs) {
      records.add(DocumentMapper.toRecord(searcher.storedFields().document(hit.doc)));
    }
    Comparator<DocumentRecord> order =
        CorpusOrder.of(
            r -> r.metadata().meeting(), r -> r.metadata().number(), r -> r.file().path());
    records.sort(order);
    return records;
  }

  static String nameOf(DocumentRecord d) {
    return d.metadata().number() != null ? d.metadata().number() : d.id();
  }
}
