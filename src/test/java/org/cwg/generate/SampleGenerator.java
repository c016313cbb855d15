package org.cwg.generate;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cwg.analyze.RecordAssembler;
import org.cwg.model.DocumentRecord;
import org.cwg.model.Language;
import org.cwg.structure.Manifest;

/**
 * Makes the {@code samples/} folder from the seed texts: each seed copied byte for byte to {@code
 * txt/}, and laid out as an ITU-like Word document in {@code docx/}, its headings and proposal
 * items as cwg's own analysis of the text finds them; and in {@code versions/}, the other language
 * versions of some samples, from their translations.
 */
public final class SampleGenerator {

  private final SampleSet set;
  private final RecordAssembler assembler = new RecordAssembler(Manifest.none());
  private final ContributionDocxWriter writer = new ContributionDocxWriter();

  public SampleGenerator(SampleSet set) {
    this.set = set;
  }

  /**
   * Remakes the samples folder; {@code mvn -Psamples process-test-classes} runs it. Arguments: the
   * seeds folder and the samples folder, by default {@code samples/txt} and {@code samples}. Exits
   * 1 when a document's analysis does not fit its text.
   */
  public static void main(String[] args) throws IOException {
    Path seeds = Path.of(args.length > 0 ? args[0] : "samples/txt");
    Path out = Path.of(args.length > 1 ? args[1] : "samples");
    SampleSummary summary = new SampleGenerator(SampleSet.bundled()).generate(seeds, out);
    summary.files().forEach(System.out::println);
    summary.warnings().forEach(System.err::println);
    if (!summary.warnings().isEmpty()) {
      System.exit(1);
    }
  }

  /** Writes every sample listed in the set from the seeds in {@code seeds}. */
  public SampleSummary generate(Path seeds, Path out) throws IOException {
    if (!Files.isDirectory(seeds)) {
      throw new IllegalArgumentException("no seeds folder " + seeds);
    }
    // Not the paths createDirectories returns: it may make them absolute, and files are listed
    // as the user named the folder.
    Path txt = out.resolve("txt");
    Path docx = out.resolve("docx");
    Files.createDirectories(txt);
    Files.createDirectories(docx);
    Path versions = out.resolve("versions");
    if (!set.versions().isEmpty()) {
      Files.createDirectories(versions);
    }
    List<String> written = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (SampleEntry entry : set.samples()) {
      Path seed = seeds.resolve(entry.seed());
      byte[] bytes = Files.readAllBytes(seed);
      Path txtFile = txt.resolve(entry.seed());
      Files.write(txtFile, bytes);
      written.add(txtFile.toString());
      String text = new String(bytes, StandardCharsets.UTF_8);
      Path docxFile = docx.resolve(entry.file());
      SeedLayout.LaidOut laidOut = layOut(entry, text, assembler.assembleText(seed, text));
      try (OutputStream file = Files.newOutputStream(docxFile)) {
        writer.write(spec(entry, text, laidOut), file);
      }
      written.add(docxFile.toString());
      if (laidOut.sectionsMissed() > 0 || laidOut.proposalsMissed() > 0) {
        warnings.add(
            docxFile
                + ": "
                + laidOut.sectionsMissed()
                + " section heading(s) and "
                + laidOut.proposalsMissed()
                + " proposal item(s) of the analysis not found in "
                + "the text; written as plain paragraphs");
      }
    }
    for (SampleVersion version : set.versions()) {
      Path docxFile = versions.resolve(version.file());
      writeVersion(version, docxFile, warnings);
      written.add(docxFile.toString());
    }
    return new SampleSummary(written, warnings);
  }

  /**
   * Writes one language version: laid out from cwg's analysis of the translation, as the seeds are,
   * on a cover in its language that carries the original's number with the language's letter.
   */
  private void writeVersion(SampleVersion version, Path docxFile, List<String> warnings)
      throws IOException {
    SampleEntry original =
        set.samples().stream()
            .filter(entry -> entry.seed().equals(version.of()))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no sample " + version.of()));
    String text = versionText(version.text());
    DocumentRecord record = assembler.assembleText(Path.of(version.text()), text);
    SeedLayout.LaidOut laidOut = SeedLayout.layOut(text, record, false);
    char itu = Language.ofCode(version.language()).orElseThrow().letter();
    CoverSpec cover =
        new CoverSpec(
            version.group(),
            version.meeting(),
            original.number() == null ? null : "Document " + original.number() + "-" + itu,
            original.date(),
            version.source());
    try (OutputStream file = Files.newOutputStream(docxFile)) {
      writer.write(
          new DocxSpec(cover, version.title(), laidOut.paragraphs(), version.language(), null),
          file);
    }
    if (laidOut.sectionsMissed() > 0 || laidOut.proposalsMissed() > 0) {
      warnings.add(docxFile + ": part of the analysis not found in the text of " + version.text());
    }
  }

  private static String versionText(String name) throws IOException {
    try (InputStream in = SampleGenerator.class.getResourceAsStream("versions/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no translation versions/" + name + " on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The document for one seed, given what the analysis made of its text. */
  DocxSpec spec(SampleEntry entry, String text, DocumentRecord record) {
    return spec(entry, text, layOut(entry, text, record));
  }

  private static SeedLayout.LaidOut layOut(SampleEntry entry, String text, DocumentRecord record) {
    return SeedLayout.layOut(text, record, entry.titleFromFirstLine());
  }

  private DocxSpec spec(SampleEntry entry, String text, SeedLayout.LaidOut laidOut) {
    String title = entry.title();
    if (entry.titleFromFirstLine()) {
      title = SeedLayout.clean(text.lines().findFirst().orElse(""));
    }
    CoverSpec cover =
        new CoverSpec(
            set.group(),
            entry.meeting(),
            entry.number() == null ? null : "Document " + entry.number() + "-E",
            entry.date(),
            entry.source());
    return new DocxSpec(cover, title, laidOut.paragraphs(), "en", null);
  }
}
