package org.cwg.serve;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cwg.cite.DocumentLinks;
import org.cwg.model.Contact;
import org.cwg.model.DocumentRecord;
import org.cwg.model.DocumentReference;
import org.cwg.model.DocumentSummary;
import org.cwg.model.DocumentVersion;
import org.cwg.model.Provenance;
import org.cwg.model.ResolutionMention;
import org.cwg.model.Section;
import org.cwg.outcome.ContributionOutcomes;
import org.cwg.outcome.Outcome;
import org.cwg.query.IndexedDocuments;
import org.cwg.render.DocumentView;

/**
 * A document: its cover with where each value came from, its outline beside its sections, the
 * resolutions it cites, the documents it refers to and those referring to it, and for a
 * contribution the report sections that dealt with it. What {@code cwg show}, {@code refs} and
 * {@code outcome} print, on one page.
 */
final class DocumentPage {

  private DocumentPage() {}

  static Response render(LiveIndex index, String doc, Params params) throws IOException {
    try (LiveIndex.Snapshot snapshot = index.acquire()) {
      DocumentRecord record =
          IndexedDocuments.find(snapshot.reader(), doc)
              .orElseThrow(() -> new NotFound("no document '" + doc + "' in the index"));
      DocumentView view = IndexedDocuments.view(snapshot.reader(), record, params.get("lang"));
      DocumentLinks links = Api.graph(snapshot).linksOf(record);
      String name = SearchPage.name(DocumentSummary.of(record));
      Html main = new Html();
      main.open("h1", "id", "title").text(name);
      if (view.title() != null) {
        main.text(": ").element("span", view.title(), "lang", view.language());
      }
      main.close("h1");
      main.open("div", "class", "document");
      cover(main, view);
      outline(main, view.sections());
      // The document's own language, so that a screen reader reads a French text as French.
      main.open("div", "class", "body", "lang", view.language());
      citations(main, view.resolutions());
      references(main, links);
      outcome(main, snapshot, record);
      sections(main, view.sections());
      main.close("div").close("div");
      return Response.html(200, Layout.page(name, main));
    }
  }

  private static void cover(Html main, DocumentView view) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("number", view.number());
    fields.put("group", view.group());
    fields.put("meeting", view.meeting() == null ? null : view.meeting().toString());
    fields.put("place", view.place());
    fields.put("meetingDate", view.meetingDate());
    fields.put("date", view.date());
    fields.put("sources", join(view.sources()));
    fields.put("type", view.type());
    fields.put("language", view.language());
    fields.put("family", view.family());
    fields.put("revision", view.revision());
    fields.put("questions", join(view.questions()));
    fields.put("purpose", view.purpose());
    fields.put("placeholder", view.placeholder());
    main.open("section", "class", "cover", "aria-labelledby", "cover-title");
    main.element("h2", "Cover", "id", "cover-title");
    main.open("dl", "id", "cover");
    fields.forEach(
        (field, value) -> {
          if (value != null && !value.isBlank()) {
            main.element("dt", field);
            main.open("dd").text(value);
            Provenance from = view.provenance() == null ? null : view.provenance().get(field);
            if (from != null) {
              main.text(" ").element("span", "from " + from.id(), "class", "provenance");
            }
            main.close("dd");
          }
        });
    for (Contact contact : view.contacts()) {
      main.element("dt", "contact");
      main.element(
          "dd",
          String.join(
              ", ",
              java.util.stream.Stream.of(contact.name(), contact.organization(), contact.email())
                  .filter(v -> v != null && !v.isBlank())
                  .toList()));
    }
    main.element("dt", "file");
    main.element("dd", view.path());
    main.close("dl");
    if (view.versions() != null && view.versions().size() > 1) {
      main.element("h3", "Languages");
      main.open("ul", "class", "versions");
      for (DocumentVersion version : view.versions()) {
        main.open("li");
        main.element(
            "a",
            version.language() == null ? version.id() : version.language(),
            "href",
            Links.document(version.id()),
            "hreflang",
            version.language());
        main.close("li");
      }
      main.close("ul");
    }
    main.close("section");
  }

  private static String join(List<String> values) {
    return values == null || values.isEmpty() ? null : String.join("; ", values);
  }

  private static void outline(Html main, List<Section> sections) {
    main.open("nav", "id", "outline", "aria-labelledby", "outline-title");
    main.element("h2", "Outline", "id", "outline-title");
    main.open("ol");
    for (int i = 0; i < sections.size(); i++) {
      Section section = sections.get(i);
      main.open("li", "class", "level-" + Math.min(4, Math.max(1, section.level())));
      main.element("a", headingOf(section), "href", "#s-" + (i + 1));
      main.close("li");
    }
    main.close("ol").close("nav");
  }

  static String headingOf(Section section) {
    String heading = section.heading() == null ? section.kind().toString() : section.heading();
    return section.number() == null ? heading : section.number() + " " + heading;
  }

  private static void sections(Html main, List<Section> sections) {
    main.element("h2", "Sections");
    for (int i = 0; i < sections.size(); i++) {
      Section section = sections.get(i);
      String id = "s-" + (i + 1);
      main.open("section", "id", id, "class", "text", "aria-labelledby", id + "-h");
      main.element("h3", headingOf(section), "id", id + "-h");
      main.element("p", section.kind().toString(), "class", "kind");
      for (String paragraph : section.text().split("\n")) {
        if (!paragraph.isBlank()) {
          main.element("p", paragraph.strip());
        }
      }
      main.close("section").newline();
    }
  }

  private static void citations(Html main, List<ResolutionMention> mentions) {
    Map<String, ResolutionMention> first = new LinkedHashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (ResolutionMention mention : mentions) {
      first.putIfAbsent(mention.key(), mention);
      counts.merge(mention.key(), 1, Integer::sum);
    }
    main.element("h2", "Resolutions cited");
    if (first.isEmpty()) {
      main.element("p", "None.", "class", "none");
    }
    main.open("ul", "id", "cites");
    for (ResolutionMention mention : first.values()) {
      main.open("li");
      main.element(
          "a",
          mention.body() + " Resolution " + mention.number(),
          "href",
          Links.resolution(mention.body(), mention.number()));
      if (mention.title() != null) {
        main.text(" – " + mention.title());
      }
      int count = counts.get(mention.key());
      main.text(" (" + count + (count == 1 ? " mention)" : " mentions)"));
      main.close("li");
    }
    main.close("ul");
  }

  private static void references(Html main, DocumentLinks links) {
    main.element("h2", "Documents referred to");
    if (links.references().isEmpty()) {
      main.element("p", "None.", "class", "none");
    }
    main.open("ul", "id", "refs");
    Map<String, Boolean> seen = new LinkedHashMap<>();
    for (DocumentReference reference : links.references()) {
      if (seen.put(reference.id() + "\u0000" + reference.target(), true) != null) {
        continue;
      }
      main.open("li");
      DocumentSummary target = links.targetOf(reference).orElse(null);
      if (target != null) {
        main.element("a", reference.id(), "href", Links.document(target.id()));
        if (target.title() != null) {
          main.text(" – " + target.title());
        }
      } else {
        main.text(reference.id()).text(" ");
        main.element("span", "(not in the index)", "class", "missing");
      }
      main.close("li");
    }
    main.close("ul");
    main.element("h2", "Referred to by");
    if (links.referencedBy().isEmpty()) {
      main.element("p", "None in the index.", "class", "none");
    }
    main.open("ul", "id", "cited-by");
    for (DocumentLinks.Referrer referrer : links.referencedBy()) {
      main.open("li");
      main.element(
          "a",
          SearchPage.name(referrer.document()),
          "href",
          Links.document(referrer.document().id()));
      if (referrer.document().title() != null && referrer.document().number() != null) {
        main.text(" – " + referrer.document().title());
      }
      main.close("li");
    }
    main.close("ul");
  }

  /** The report sections that dealt with a contribution; other documents have none. */
  private static void outcome(Html main, LiveIndex.Snapshot snapshot, DocumentRecord record)
      throws IOException {
    String type = record.metadata().type();
    if (type != null && !type.equals("contribution")) {
      return;
    }
    main.open("div", "id", "outcome");
    main.element("h2", "Outcome at the meeting");
    ContributionOutcomes outcomes;
    try {
      outcomes = Api.outcomes(snapshot).outcomesOf(record);
    } catch (IllegalArgumentException e) {
      main.element("p", SearchPage.firstLine(e.getMessage()));
      main.close("div");
      return;
    }
    if (outcomes.outcomes().isEmpty()) {
      main.element(
          "p",
          outcomes.reports() == 0
              ? "No report of its meeting is in the index."
              : "None of the " + outcomes.reports() + " reports in the index deals with it.");
    }
    for (Outcome outcome : outcomes.outcomes()) {
      main.open("article", "class", "outcome");
      main.open("h3");
      main.element(
          "a", SearchPage.name(outcome.report()), "href", Links.document(outcome.report().id()));
      main.text(
          " § "
              + (outcome.section().number() == null ? "" : outcome.section().number() + " ")
              + (outcome.section().heading() == null ? "" : outcome.section().heading()));
      main.close("h3");
      main.element(
          "p",
          "Linked by "
              + outcome.link()
              + String.format(java.util.Locale.ROOT, " (score %.2f)", outcome.score()),
          "class",
          "link");
      if (outcome.summary() != null) {
        main.element("p", outcome.summary(), "class", "summary");
      }
      if (outcome.discussion() != null) {
        main.element("p", outcome.discussion(), "class", "discussion");
      }
      if (!outcome.actions().isEmpty()) {
        main.open("ul", "class", "actions");
        outcome.actions().forEach(action -> main.element("li", action));
        main.close("ul");
      }
      main.close("article");
    }
    main.close("div");
  }
}
