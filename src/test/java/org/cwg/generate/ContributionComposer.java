package org.cwg.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.cwg.generate.CitationWording.Resolution;
import org.cwg.generate.CorpusPlan.Doc;
import org.cwg.generate.DocxParagraph.WordList;
import org.cwg.model.SectionKind;

/**
 * Writes out a planned contribution: Purpose, Action required, sometimes References, numbered body
 * sections (decimal or roman, some with topics and run-in outcomes) and Proposal(s) as a Word
 * numbered list. Citations and references are spread over the body paragraphs.
 */
final class ContributionComposer {

  private static final List<String> ACTIONS =
      List.of(
          "CWG-Internet is invited to consider this document.",
          "CWG-Internet is invited to note this document.",
          "The Council Working Group is invited to consider the proposals contained in this "
              + "contribution and take appropriate action.",
          "CWG-Internet is invited to consider the proposals herein and decide on the next steps.");
  private static final List<String> BODY_HEADINGS =
      List.of(
          "Background",
          "General information",
          "Current situation",
          "Challenges",
          "Analysis of the current situation");
  private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII"};

  private ContributionComposer() {}

  static Composition compose(Doc doc, List<String> passages) {
    return compose(doc, passages, List.of());
  }

  /** A contribution holding {@code planted} passages: sources as written, copies as edited. */
  static Composition compose(Doc doc, List<String> passages, List<PlantedReuse.Planted> planted) {
    Prose prose = new Prose(new Random(doc.seed()), doc.themes());
    CompositionBuilder out = new CompositionBuilder();
    out.heading(SectionKind.PURPOSE, null, "Purpose", 1);
    out.text(doc.purpose());
    out.heading(SectionKind.ACTION_REQUIRED, null, "Action required", 1);
    out.text(prose.pick(ACTIONS));
    out.text("_______________");
    List<CitationWording.Citation> pending = citations(doc.resolutions(), prose);
    if (!pending.isEmpty() && prose.chance(0.4)) {
      out.heading(SectionKind.REFERENCES, null, "References", 1);
      List<String> cited = new ArrayList<>();
      for (CitationWording.Citation citation : pending) {
        cited.add(out.cite(citation));
      }
      out.text(String.join("; ", cited));
      pending = citations(doc.resolutions(), prose);
    }
    List<String> referencesLeft = new ArrayList<>();
    doc.references().forEach(ref -> referencesLeft.add(ref.number()));
    List<String> reused = new ArrayList<>();
    doc.passages().forEach(id -> reused.add(passages.get(id)));

    boolean roman = prose.chance(0.4);
    int sectionCount = prose.between(2, 3);
    List<String> bodyKinds = bodyHeadings(prose, sectionCount);
    for (int s = 0; s < sectionCount; s++) {
      String number = roman ? ROMAN[s] : String.valueOf(s + 1);
      String heading = bodyKinds.get(s);
      out.heading(kindOf(heading), number, heading, 1);
      int paragraphs = prose.between(2, 4);
      for (int p = 0; p < paragraphs; p++) {
        out.text(paragraph(out, prose, pending, referencesLeft));
      }
      if (s == 0 && !reused.isEmpty()) {
        reused.forEach(out::text);
      }
      if (s == sectionCount - 1) {
        planted.forEach(p -> out.text(p.text()));
      }
      if (s == sectionCount - 1 && prose.chance(0.35)) {
        topics(out, prose, pending, referencesLeft);
      }
    }
    while (!pending.isEmpty() || !referencesLeft.isEmpty()) {
      out.text(paragraph(out, prose, pending, referencesLeft));
    }
    proposals(out, prose, roman ? ROMAN[sectionCount] : String.valueOf(sectionCount + 1));
    return new Composition(out, doc, planted);
  }

  private static List<CitationWording.Citation> citations(List<Resolution> cited, Prose prose) {
    List<CitationWording.Citation> citations = new ArrayList<>();
    List<Resolution> council =
        cited.stream().filter(r -> r.body().equals("Council") && r.qualifier() != null).toList();
    List<Resolution> pp = cited.stream().filter(r -> r.body().equals("PP")).toList();
    List<Resolution> grouped = new ArrayList<>();
    if (council.size() >= 2 && prose.chance(0.6)) {
      citations.add(CitationWording.list(council));
      grouped.addAll(council);
    }
    if (pp.size() >= 2 && prose.chance(0.4)) {
      citations.add(CitationWording.list(pp));
      grouped.addAll(pp);
    }
    for (Resolution r : cited) {
      if (!grouped.contains(r)) {
        citations.add(CitationWording.single(r, prose));
      }
    }
    return citations;
  }

  private static List<String> bodyHeadings(Prose prose, int count) {
    List<String> headings = new ArrayList<>();
    headings.add(prose.chance(0.5) ? "Introduction" : prose.pick(BODY_HEADINGS));
    while (headings.size() < count - 1) {
      String next = prose.pick(BODY_HEADINGS);
      if (!headings.contains(next)) {
        headings.add(next);
      }
    }
    headings.add(prose.chance(0.5) ? "Rationale" : "Rationale for proposal");
    return headings;
  }

  private static SectionKind kindOf(String heading) {
    if (heading.equals("Introduction")) {
      return SectionKind.INTRODUCTION;
    }
    return heading.startsWith("Rationale") ? SectionKind.RATIONALE : SectionKind.OTHER;
  }

  /** A body paragraph carrying at most one pending citation and one pending reference. */
  static String paragraph(
      CompositionBuilder out,
      Prose prose,
      List<CitationWording.Citation> pending,
      List<String> referencesLeft) {
    StringBuilder text = new StringBuilder(prose.sentence());
    if (!pending.isEmpty() && prose.chance(0.6)) {
      String citation = out.cite(pending.remove(0));
      text.append(' ')
          .append(
              prose.chance(0.5)
                  ? "Taking into account " + citation + ", " + lowerFirst(prose.sentence())
                  : prose.clause() + ", as set out in " + citation + ".");
    }
    text.append(' ').append(prose.sentence());
    if (!referencesLeft.isEmpty() && prose.chance(0.5)) {
      String number = out.refer(referencesLeft.remove(0));
      text.append(' ')
          .append(
              prose.chance(0.5)
                  ? "This builds on Document " + number + ", which was noted by the Group."
                  : "As presented in " + number + ", " + lowerFirst(prose.sentence()));
    }
    text.append(' ').append(prose.paragraph(1, 2));
    return text.toString();
  }

  private static void topics(
      CompositionBuilder out,
      Prose prose,
      List<CitationWording.Citation> pending,
      List<String> referencesLeft) {
    List<String> headed = new ArrayList<>();
    for (int t = 1, n = prose.between(2, 3); t <= n; t++) {
      String topic = prose.object();
      for (int tries = 0; headed.contains(topic) && tries < 5; tries++) {
        topic = prose.object();
      }
      headed.add(topic);
      out.topic(t, Prose.capitalize(topic), 2);
      out.text(paragraph(out, prose, pending, referencesLeft));
      out.runIn(SectionKind.OUTCOME, "Outcome for Council", 3);
      out.text("Therefore, " + lowerFirst(prose.sentence()));
    }
  }

  private static void proposals(CompositionBuilder out, Prose prose, String number) {
    int items = prose.between(1, 5);
    out.heading(SectionKind.PROPOSAL, number, items == 1 ? "Proposal" : "Proposals", 1);
    out.text("On the basis of the considerations set out above, it is proposed that:");
    if (items == 1 && prose.chance(0.5)) {
      out.plainProposal(prose.sentence());
      return;
    }
    WordList list = out.newList(prose.chance(0.5) ? "%1." : "%1)");
    for (int i = 0; i < items; i++) {
      out.proposal(list, prose.plainClause() + ";");
      if (prose.chance(0.25)) {
        for (int b = prose.between(2, 4); b > 0; b--) {
          out.bullet(list, prose.plainClause() + ";");
        }
      }
    }
  }

  /** Lower-cases a sentence's first letter to continue another, sparing proper names. */
  static String lowerFirst(String s) {
    if (s.isEmpty() || s.startsWith("Member ") || s.startsWith("Sector ")) {
      return s;
    }
    return Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
