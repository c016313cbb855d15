package org.cwg.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cwg.analyze.RecordAssembler;
import org.cwg.model.DocumentRecord;
import org.cwg.structure.Manifest;

/**
 * Makes the {@code samples/} folder from the seed texts: each seed copied byte for byte to
 * {@code txt/}, and laid out as an ITU-like Word document in {@code docx/}, its headings and
 * proposal items as cwg's own analysis of the text finds them.
 */
public final class SampleGenerator {

  private final SampleSet set;
  private final RecordAssembler assembler = new RecordAssembler(Manifest.none());
  private final ContributionDocxWriter writer = new ContributionDocxWriter();

  public SampleGenerator(SampleSet set) {
    this.set = set;
  }

  /** Writes every sample listed in the set from the seeds in {@code seeds}. */
  public SampleSummary generate(Path seeds, Path out) throws IOException {
    if (!Files.isDirectory(seeds)) {
      throw new IllegalArgumentException("no seeds folder " + seeds);
    }
    Path txt = Files.createDirectories(out.resolve("txt"));
    Path docx = Files.createDirectories(out.resolve("docx"));
    List<String> written = new ArrayList<>();
    for (SampleEntry entry : set.samples()) {
      Path seed = seeds.resolve(entry.seed());
      byte[] bytes = Files.readAllBytes(seed);
      Path txtFile = txt.resolve(entry.seed());
      Files.write(txtFile, bytes);
      written.add(txtFile.toString());
      String text = new String(bytes, StandardCharsets.UTF_8);
      Path docxFile = docx.resolve(entry.file());
      try (OutputStream file = Files.newOutputStream(docxFile)) {
        writer.write(spec(entry, text, assembler.assembleText(seed, text)), file);
      }
      written.add(docxFile.toString());
    }
    return new SampleSummary(written);
  }

  /** The document for one seed, given what the analysis made of its text. */
  DocxSpec spec(SampleEntry entry, String text, DocumentRecord record) {
    String title = entry.title();
    if (entry.titleFromFirstLine()) {
      title = SeedLayout.clean(text.lines().findFirst().orElse(""));
    }
    CoverBlock cover = new CoverBlock(set.group(), entry.meeting(),
        entry.number() == null ? null : "Document " + entry.number() + "-E",
        entry.date(), entry.source());
    return new DocxSpec(cover, title,
        SeedLayout.paragraphs(text, record, entry.titleFromFirstLine()), "en", null);
  }
}
