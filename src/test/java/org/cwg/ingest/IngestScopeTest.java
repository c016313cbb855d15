package org.cwg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.cwg.index.CorpusReader;
import org.cwg.index.CorpusWriter;
import org.cwg.model.DocumentRecord;
import org.cwg.parse.HostileFiles;
import org.cwg.structure.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files an ingest takes, how it reads archives and manifests, and what it counts. */
class IngestScopeTest {

  @TempDir Path tmp;

  private static final class Warnings implements IngestListener {
    final List<String> heard = new ArrayList<>();

    @Override
    public synchronized void warned(String warning) {
      heard.add(warning);
    }
  }

  private Path index() {
    return tmp.resolve("index");
  }

  private IngestSummary ingest(IngestOptions options, IngestListener listener, Path corpus)
      throws IOException {
    return new Ingester(index(), options.withThreads(2), listener).ingest(List.of(corpus));
  }

  private TreeSet<String> indexedNames() throws IOException {
    TreeSet<String> names = new TreeSet<>();
    try (CorpusReader reader = CorpusReader.open(index())) {
      for (DocumentRecord record : reader.documents()) {
        String path = record.file().path();
        names.add(path.substring(path.lastIndexOf('/') + 1));
      }
    }
    return names;
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static void zip(Path zip, Map<String, String> members) throws IOException {
    Files.createDirectories(zip.getParent());
    try (OutputStream out = Files.newOutputStream(zip);
        ZipOutputStream archive = new ZipOutputStream(out)) {
      for (Map.Entry<String, String> member : members.entrySet()) {
        archive.putNextEntry(new ZipEntry(member.getKey()));
        archive.write(member.getValue().getBytes(StandardCharsets.UTF_8));
        archive.closeEntry();
      }
    }
  }

  @Test
  void onlyDocumentTypesAreIndexedByDefault() throws Exception {
    Path corpus = tmp.resolve("corpus");
    write(corpus.resolve("c25-45.txt"), "Council 2025\nResolution 1305 of the Plenipotentiary\n");
    write(corpus.resolve("labels.json"), "{\"documents\": [\"Resolution 1305 text\"]}\n");
    write(corpus.resolve("make.py"), "print('Resolution 1305 text')\n");
    write(corpus.resolve("table.csv"), "file,number\nc25-45.txt,C25/45\n");

    IngestSummary summary = ingest(IngestOptions.defaults(), IngestListener.SILENT, corpus);

    assertEquals(1, summary.added());
    assertEquals(1, summary.seen());
    assertEquals(new TreeSet<>(List.of("c25-45.txt")), indexedNames());
  }

  @Test
  void includeGlobsWidenAndExcludeGlobsNarrow() throws Exception {
    Path corpus = tmp.resolve("corpus");
    write(corpus.resolve("c25-45.txt"), "Council 2025\nResolution 1305\n");
    write(corpus.resolve("drafts/c25-46.txt"), "Council 2025 draft\nResolution 1305\n");
    write(corpus.resolve("notes.md"), "Notes on Resolution 1305 of the Council\n");

    IngestOptions options =
        IngestOptions.defaults()
            .withFilter(DocumentFilter.of(List.of("*.md"), List.of("drafts/**")));
    ingest(options, IngestListener.SILENT, corpus);

    assertEquals(new TreeSet<>(List.of("c25-45.txt", "notes.md")), indexedNames());
  }

  @Test
  void countsAddUpToTheFilesSeenWhenFailuresAreUnchanged() throws Exception {
    Path corpus = tmp.resolve("corpus");
    for (int i = 0; i < 5; i++) {
      write(corpus.resolve("good" + i + ".txt"), "Contribution " + i + "\nResolution 1305\n");
    }
    HostileFiles.zeroBytes(corpus.resolve("empty1.docx"));
    HostileFiles.zeroBytes(corpus.resolve("empty2.docx"));

    ingest(IngestOptions.defaults(), IngestListener.SILENT, corpus);
    IngestSummary again = ingest(IngestOptions.defaults(), IngestListener.SILENT, corpus);

    // Once this printed "7 unchanged, 2 failed" for 7 files.
    assertEquals(5, again.unchanged());
    assertEquals(2, again.failed().size());
    assertEquals(7, again.seen());
    assertEquals(
        again.seen(), again.added() + again.updated() + again.unchanged() + again.failed().size());
  }

  @Test
  void zipMembersAreIndexedAsArchiveBangMemberAndFollowTheArchive() throws Exception {
    Path corpus = tmp.resolve("corpus");
    Path zip = corpus.resolve("meeting.zip");
    zip(
        zip,
        Map.of(
            "docs/c25-45.txt", "Council 2025 first\nResolution 1305\n",
            "c25-46.txt", "Council 2025 second\nResolution 1305\n",
            "build.py", "print('not a document')\n"));

    IngestSummary first = ingest(IngestOptions.defaults(), IngestListener.SILENT, corpus);
    assertEquals(2, first.added());
    TreeSet<String> paths = new TreeSet<>();
    try (CorpusReader reader = CorpusReader.open(index())) {
      reader.documents().forEach(record -> paths.add(record.file().path()));
    }
    assertEquals(new TreeSet<>(List.of(zip + "!/c25-46.txt", zip + "!/docs/c25-45.txt")), paths);

    IngestSummary unchanged = ingest(IngestOptions.defaults(), IngestListener.SILENT, corpus);
    assertEquals(2, unchanged.unchanged());
    assertEquals(2, unchanged.seen());

    zip(zip, Map.of("c25-46.txt", "Council 2025 second, revised\nResolution 1305\n"));
    Files.setLastModifiedTime(
        zip, FileTime.fromMillis(Files.getLastModifiedTime(zip).toMillis() + 5000));
    IngestSummary changed = ingest(IngestOptions.defaults(), IngestListener.SILENT, corpus);
    assertEquals(1, changed.updated());
    assertEquals(1, changed.removed());
    assertEquals(new TreeSet<>(List.of("c25-46.txt")), indexedNames());
  }

  @Test
  void pruneKeepsTheMembersOfAnArchiveThatIsThereAndDropsThoseOfOneThatIsGone() throws Exception {
    Path corpus = tmp.resolve("corpus");
    zip(corpus.resolve("kept.zip"), Map.of("a.txt", "Council\nResolution 1\n"));
    Path gone = corpus.resolve("gone.zip");
    zip(gone, Map.of("b.txt", "Council\nResolution 2\n"));
    ingest(IngestOptions.defaults(), IngestListener.SILENT, corpus);
    Files.delete(gone);

    IngestSummary pruned =
        ingest(IngestOptions.defaults().withPrune(true), IngestListener.SILENT, corpus);

    assertEquals(1, pruned.removed());
    assertEquals(1, pruned.unchanged());
    assertEquals(new TreeSet<>(List.of("a.txt")), indexedNames());
  }

  @Test
  void aWordMemberIsReadLikeAWordFile() throws Exception {
    Path zip = tmp.resolve("corpus").resolve("meeting.zip");
    Files.createDirectories(zip.getParent());
    try (ZipOutputStream archive = new ZipOutputStream(Files.newOutputStream(zip))) {
      archive.putNextEntry(new ZipEntry("C25-45-E.docx"));
      archive.write(HostileFiles.docx("Council 2025 contribution on Resolution 1305."));
      archive.closeEntry();
    }

    IngestSummary summary =
        ingest(IngestOptions.defaults(), IngestListener.SILENT, zip.getParent());

    assertEquals(1, summary.added(), summary.failed().toString());
    try (CorpusReader reader = CorpusReader.open(index())) {
      DocumentRecord record = reader.documents().get(0);
      assertEquals(zip + "!/C25-45-E.docx", record.file().path());
      assertTrue(record.file().mediaType().contains("wordprocessingml"), record.file().mediaType());
      assertTrue(record.text().contains("Resolution 1305"), record.text());
    }
  }

  @Test
  void aZipBombMemberFailsAloneAndAnArchiveWithoutDocumentsFails() throws Exception {
    Path corpus = tmp.resolve("corpus");
    String bomb = "a".repeat(30 * 1024 * 1024);
    zip(corpus.resolve("bomb.zip"), Map.of("big.txt", bomb, "ok.txt", "Council\nResolution 1\n"));
    zip(corpus.resolve("code.zip"), Map.of("run.py", "print(1)\n"));

    IngestSummary summary = ingest(IngestOptions.defaults(), IngestListener.SILENT, corpus);

    assertEquals(1, summary.added());
    assertEquals(2, summary.failed().size());
    assertTrue(summary.failed().get(0).reason().startsWith("too large (expands too much"));
    assertTrue(summary.failed().get(1).path().endsWith("code.zip"));
  }

  @Test
  void aChangedManifestAppliesToUnchangedFilesAndWarnsOfRowsNamingNoFile() throws Exception {
    Path corpus = tmp.resolve("corpus");
    write(corpus.resolve("note.txt"), "A note without a number\nResolution 1305\n");
    ingest(IngestOptions.defaults(), IngestListener.SILENT, corpus);
    Path manifest = tmp.resolve("manifest.csv");
    write(manifest, "file,number\nnote.txt,C25/45\nmissing.txt,C25/46\n");

    Warnings warnings = new Warnings();
    IngestSummary summary =
        ingest(IngestOptions.defaults().withManifest(Manifest.load(manifest)), warnings, corpus);

    assertEquals(1, summary.updated());
    assertEquals(List.of("manifest row 'missing.txt' names no file"), warnings.heard);
    try (CorpusReader reader = CorpusReader.open(index())) {
      assertEquals("C25/45", String.valueOf(reader.documents().get(0).metadata().number()));
    }
    IngestSummary again =
        ingest(
            IngestOptions.defaults().withManifest(Manifest.load(manifest)),
            IngestListener.SILENT,
            corpus);
    assertEquals(1, again.unchanged());
  }

  @Test
  void aReaderDuringAFirstIngestSaysTheIndexIsBeingBuilt() throws Exception {
    try (CorpusWriter writer = CorpusWriter.open(index())) {
      IllegalArgumentException none =
          org.junit.jupiter.api.Assertions.assertThrows(
              IllegalArgumentException.class, () -> CorpusReader.open(index()));
      assertTrue(
          none.getMessage().startsWith("index is being built: 0 documents committed so far"),
          none.getMessage());
      writer.commit();
      IllegalArgumentException some =
          org.junit.jupiter.api.Assertions.assertThrows(
              IllegalArgumentException.class, () -> CorpusReader.open(index()));
      assertTrue(some.getMessage().startsWith("index is being built: 0 documents"));
    }
  }
}
