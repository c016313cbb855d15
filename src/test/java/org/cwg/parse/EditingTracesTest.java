package org.cwg.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EditingTracesTest {

  @TempDir Path dir;

  @Test
  void aCleanFileHasNone() throws IOException {
    Path file =
        DocxFixture.create()
            .heading("Purpose")
            .paragraph("To discuss.")
            .write(dir.resolve("clean.docx"));
    assertEquals(EditingTraces.NONE, EditingTraces.of(file));
  }

  @Test
  void trackedInsertionsAndDeletionsWithTheirParagraph() throws IOException {
    Path file =
        DocxFixture.create()
            .heading("Purpose")
            .paragraph("To discuss.")
            .trackedParagraph("Kept ", "added", "removed")
            .write(dir.resolve("tracked.docx"));
    assertEquals(new EditingTraces(2, 0, 3, 0, 0, 0, 0), EditingTraces.of(file));
  }

  @Test
  void commentsWithTheParagraphTheyAreAnchoredTo() throws IOException {
    Path file =
        DocxFixture.create()
            .paragraph("One")
            .commentedParagraph("Two", "Why?")
            .commentedParagraph("Three", "Really?")
            .write(dir.resolve("comments.docx"));
    assertEquals(new EditingTraces(0, 0, 0, 2, 2, 0, 0), EditingTraces.of(file));
  }

  @Test
  void highlightedRunsButNotHighlightedParagraphMarks() throws IOException {
    Path file =
        DocxFixture.create()
            .paragraphWithHighlightedMark("Mark only")
            .highlightedParagraph("Plain ", "TODO check")
            .write(dir.resolve("highlight.docx"));
    assertEquals(new EditingTraces(0, 0, 0, 0, 0, 1, 2), EditingTraces.of(file));
  }

  @Test
  void otherFormatsHaveNone() throws IOException {
    Path text = Files.writeString(dir.resolve("draft.txt"), "<w:ins> is only text here");
    assertEquals(EditingTraces.NONE, EditingTraces.of(text));
  }

  @Test
  void aBrokenPackageIsAnError() throws IOException {
    Path broken = Files.write(dir.resolve("broken.docx"), new byte[] {'P', 'K', 3, 4, 1, 2});
    assertThrows(IOException.class, () -> EditingTraces.of(broken));
  }

  @Test
  void realWordFilesFromTheCorpus() throws IOException {
    Path corpus = Path.of(System.getProperty("cwg.corpus.dir", "../shared/corpus"), "poi");
    assumeTrue(Files.isDirectory(corpus), "POI corpus not found at " + corpus + "; skipped");
    assertEquals(36, EditingTraces.of(corpus.resolve("delins.docx")).insertions());
    assertEquals(1, EditingTraces.of(corpus.resolve("comment.docx")).comments());
    // Eight w:highlight elements, four of them on paragraph marks, which show nothing.
    assertEquals(4, EditingTraces.of(corpus.resolve("bug57031.docx")).highlights());
    assertEquals(
        0, EditingTraces.of(corpus.resolve("bug56075-changeTracking_off.docx")).trackedChanges());
  }
}
