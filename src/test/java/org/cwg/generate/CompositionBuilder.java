package org.cwg.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.cwg.generate.CitationWording.Citation;
import org.cwg.generate.CitationWording.Resolution;
import org.cwg.generate.DocxParagraph.Heading;
import org.cwg.generate.DocxParagraph.ListItem;
import org.cwg.generate.DocxParagraph.RunInHeading;
import org.cwg.generate.DocxParagraph.Text;
import org.cwg.generate.DocxParagraph.WordList;
import org.cwg.generate.TruthRecord.TruthResolution;
import org.cwg.generate.TruthRecord.TruthSection;
import org.cwg.model.SectionKind;

/**
 * Collects a generated document's paragraphs and, as each is added, the truth about it: sections,
 * proposal items, resolution citations and references. Truth and text come from the same calls, so
 * they cannot disagree.
 */
final class CompositionBuilder {

  private final List<DocxParagraph> paragraphs = new ArrayList<>();
  private final List<TruthSection> sections = new ArrayList<>();
  private final Map<String, int[]> mentions = new LinkedHashMap<>();
  private final Map<String, Resolution> resolutions = new LinkedHashMap<>();
  private final Map<String, String> qualifiers = new LinkedHashMap<>();
  private final List<String> citations = new ArrayList<>();
  private final LinkedHashSet<String> references = new LinkedHashSet<>();
  private int proposals;
  private int lists;

  List<DocxParagraph> paragraphs() {
    return paragraphs;
  }

  List<TruthSection> sections() {
    return sections;
  }

  int proposals() {
    return proposals;
  }

  List<String> citations() {
    return citations;
  }

  List<String> references() {
    return List.copyOf(references);
  }

  List<TruthResolution> resolutions() {
    List<TruthResolution> cited = new ArrayList<>();
    resolutions.forEach(
        (key, r) ->
            cited.add(
                new TruthResolution(
                    r.body(), r.number(), qualifiers.get(key), mentions.get(key)[0])));
    return cited;
  }

  /** A heading; the printed number goes before a tab, as ITU's template types it. */
  void heading(SectionKind kind, String number, String heading, int level) {
    paragraphs.add(new Heading(level, number == null ? heading : number + "\t" + heading));
    sections.add(new TruthSection(kind.id(), heading, number, level));
  }

  /** A numbered topic heading in the form "Topic 2: ...". */
  void topic(int number, String heading, int level) {
    paragraphs.add(new Heading(level, "Topic " + number + ": " + heading));
    sections.add(new TruthSection(SectionKind.TOPIC.id(), heading, String.valueOf(number), level));
  }

  /** A run-in heading that opens a section of its own one level down. */
  void runIn(SectionKind kind, String heading, int level) {
    paragraphs.add(new RunInHeading(heading));
    sections.add(new TruthSection(kind.id(), heading, null, level));
  }

  /** A run-in heading that only labels the paragraphs after it. */
  void label(String heading) {
    paragraphs.add(new RunInHeading(heading));
  }

  void text(String text) {
    paragraphs.add(new Text(text));
  }

  WordList newList(String numberText) {
    return new WordList(++lists, numberText);
  }

  void proposal(WordList list, String text) {
    paragraphs.add(new ListItem(list, 0, text));
    proposals++;
  }

  void bullet(WordList list, String text) {
    paragraphs.add(new ListItem(list, 1, text));
  }

  /** An unnumbered proposal: a plain paragraph that is the section's only item. */
  void plainProposal(String text) {
    paragraphs.add(new Text(text));
    proposals++;
  }

  /** Records a citation and returns its text, for the caller to place in a sentence. */
  String cite(Citation citation) {
    citations.add(citation.text());
    for (Resolution r : citation.mentions()) {
      resolutions.putIfAbsent(r.key(), r);
      mentions.computeIfAbsent(r.key(), key -> new int[1])[0]++;
      if (citation.qualified() && r.qualifier() != null) {
        qualifiers.putIfAbsent(r.key(), r.qualifier());
      } else {
        qualifiers.putIfAbsent(r.key(), null);
      }
    }
    return citation.text();
  }

  /** Records a reference to another document and returns its number as written. */
  String refer(String number) {
    references.add(number);
    return number;
  }
}
