package org.cwg.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cwg.generate.TruthRecord.TruthResolution;
import org.cwg.generate.TruthRecord.TruthSection;
import org.cwg.json.Json;
import org.cwg.parse.Block;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorIT {

  private static List<TruthRecord> truth(Path file) throws Exception {
    List<TruthRecord> records = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      records.add(Json.mapper().readValue(line, TruthRecord.class));
    }
    return records;
  }

  @Test
  void sameSeedWritesTheSameBytesWhateverTheThreadCount(@TempDir Path dir) throws Exception {
    CorpusSummary one =
        new CorpusGenerator(1).generate(30, 3, 11, dir.resolve("a"), dir.resolve("a.jsonl"));
    new CorpusGenerator(2).generate(30, 3, 11, dir.resolve("b"), dir.resolve("b.jsonl"));
    new CorpusGenerator(2).generate(30, 3, 12, dir.resolve("c"), dir.resolve("c.jsonl"));

    assertEquals(30, one.documents());
    assertEquals(27, one.contributions());
    assertEquals(3, one.reports());
    assertArrayEquals(
        Files.readAllBytes(dir.resolve("a.jsonl")), Files.readAllBytes(dir.resolve("b.jsonl")));
    for (TruthRecord record : truth(dir.resolve("a.jsonl"))) {
      assertArrayEquals(
          Files.readAllBytes(dir.resolve("a").resolve(record.file())),
          Files.readAllBytes(dir.resolve("b").resolve(record.file())),
          record.file());
    }
    assertNotEquals(
        Files.readString(dir.resolve("a.jsonl")), Files.readString(dir.resolve("c.jsonl")));
  }

  @Test
  void truthMatchesWhatTheFilesSay(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("corpus");
    new CorpusGenerator(2).generate(24, 3, 5, out, CorpusGenerator.defaultTruth(out));
    List<TruthRecord> records = truth(dir.resolve("corpus-truth.jsonl"));

    assertEquals(24, records.size());
    try (var files = Files.list(out)) {
      assertEquals(24, files.count());
    }
    Map<Integer, List<String>> passageTexts = new HashMap<>();
    for (TruthRecord record : records) {
      List<Block> blocks = ParsedBlocks.parse(out.resolve(record.file())).blocks();
      String body =
          blocks.stream()
              .filter(b -> b.region() == Block.Region.BODY)
              .map(Block::text)
              .collect(Collectors.joining("\n"));
      String cover =
          blocks.stream()
              .filter(b -> b.region() == Block.Region.TABLE)
              .map(Block::text)
              .collect(Collectors.joining("\n"));

      assertTrue(cover.contains("Document " + record.number() + "-E"), record.file());
      record.sources().forEach(source -> assertTrue(cover.contains(source), source));
      assertEquals(
          record.title(),
          blocks.stream().filter(b -> "title".equals(b.style())).findFirst().orElseThrow().text());
      assertEquals(
          expectedHeadings(record),
          ParsedBlocks.describe(
              blocks.stream()
                  .filter(b -> b.headingLevel() > 0 && !"title".equals(b.style()))
                  .toList()));
      long numbered =
          blocks.stream()
              .filter(b -> b.text().matches("\\d+[.)] .*") && "list_Paragraph".equals(b.style()))
              .count();
      assertTrue(
          numbered == record.proposals() || numbered == 0 && record.proposals() == 1,
          record.file() + ": " + numbered + " numbered items");
      record.citations().forEach(c -> assertTrue(body.contains(c), c));
      record.references().forEach(r -> assertTrue(body.contains(r), r));
      for (TruthResolution resolution : record.resolutions()) {
        assertEquals(
            resolution.mentions(),
            occurrences(body, resolution.number()),
            record.file() + " " + resolution);
      }
      for (Integer passage : record.passages()) {
        passageTexts.computeIfAbsent(passage, id -> new ArrayList<>()).add(body);
      }
    }
    TruthRecord report = records.get(7);
    assertEquals("report", report.type());
    assertEquals(
        records.subList(0, 7).stream().map(TruthRecord::number).toList(), report.references());
    assertTrue(records.stream().mapToInt(r -> r.resolutions().size()).sum() > 0);
    assertTrue(records.stream().mapToInt(r -> r.references().size()).sum() > 21);
  }

  @Test
  void contributionsDwellOnTheirThemesAndReportsSummariseThem(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("corpus");
    new CorpusGenerator(2).generate(40, 2, 3, out, CorpusGenerator.defaultTruth(out));
    int onTheme = 0;
    int offTheme = 0;
    int contributions = 0;
    Map<String, Integer> contributionsMentioning = new HashMap<>();
    for (TruthRecord record : truth(CorpusGenerator.defaultTruth(out))) {
      String body =
          ParsedBlocks.parse(out.resolve(record.file())).blocks().stream()
              .filter(b -> b.region() == Block.Region.BODY)
              .map(Block::text)
              .collect(Collectors.joining("\n"))
              .toLowerCase(Locale.ROOT);
      if (record.type().equals("report")) {
        assertEquals(List.of(), record.themes());
        continue;
      }
      List<String> themes = record.themes();
      assertTrue(themes.size() >= 2 && themes.size() <= 4, record.file() + " " + themes);
      assertTrue(record.title().endsWith(themes.get(0)), record.title());
      Map<String, Integer> mentions = new HashMap<>();
      for (String topic : Prose.OBJECTS) {
        mentions.put(topic, occurrencesOf(body, topic.toLowerCase(Locale.ROOT)));
      }
      int main = mentions.get(themes.get(0));
      for (String topic : Prose.OBJECTS) {
        if (themes.contains(topic)) {
          onTheme += mentions.get(topic);
        } else {
          offTheme += mentions.get(topic);
          assertTrue(
              mentions.get(topic) < main,
              record.file()
                  + ": "
                  + topic
                  + " "
                  + mentions.get(topic)
                  + " times, main theme "
                  + main);
        }
      }
      mentions.forEach(
          (topic, n) -> {
            if (n > 0) {
              contributionsMentioning.merge(topic, 1, Integer::sum);
            }
          });
      contributions++;
    }
    // Were topics spread evenly, every contribution would mention nearly all of them.
    for (Map.Entry<String, Integer> topic : contributionsMentioning.entrySet()) {
      assertTrue(
          topic.getValue() * 2 < contributions,
          topic.getKey() + " in " + topic.getValue() + " of " + contributions);
    }
    // About one sentence in twenty strays from the themes; reused passages add a few more.
    assertTrue(offTheme * 4 < onTheme, offTheme + " off-theme mentions, " + onTheme + " on");
  }

  private static int occurrencesOf(String text, String phrase) {
    int count = 0;
    for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
      count++;
    }
    return count;
  }

  /** Every place a resolution number stands on its own: not inside a date or document number. */
  private static int occurrences(String text, String number) {
    Matcher m =
        Pattern.compile("(?<![\\w/.-])" + Pattern.quote(number) + "(?![\\w/])").matcher(text);
    int count = 0;
    while (m.find()) {
      count++;
    }
    return count;
  }

  /** Headings as the parser should report them, from the truth alone. */
  private static List<String> expectedHeadings(TruthRecord record) {
    List<String> expected = new ArrayList<>();
    for (TruthSection s : record.sections()) {
      if (s.number() == null && s.level() > 1) {
        expected.add("1 h1 - BODY | " + s.heading());
      } else if (s.kind().equals("topic")) {
        expected.add(
            s.level() + " h" + s.level() + " - BODY | Topic " + s.number() + ": " + s.heading());
      } else {
        expected.add(
            s.level()
                + " h"
                + s.level()
                + " - BODY | "
                + (s.number() == null ? "" : s.number() + "\t")
                + s.heading());
      }
    }
    return expected;
  }

  @Test
  void refusesATruthFileInsideTheCorpusAndAFolderInUse(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("corpus");
    IllegalArgumentException inside =
        assertThrows(
            IllegalArgumentException.class,
            () -> new CorpusGenerator(1).generate(4, 2, 1, out, out.resolve("truth.jsonl")));
    assertTrue(inside.getMessage().startsWith("the truth manifest must not be inside"));
    Files.createDirectories(out);
    Files.writeString(out.resolve("old.docx"), "old");
    IllegalArgumentException used =
        assertThrows(
            IllegalArgumentException.class,
            () -> new CorpusGenerator(1).generate(4, 2, 1, out, dir.resolve("t.jsonl")));
    assertEquals(
        out.toAbsolutePath() + " is not empty; give a new or empty folder", used.getMessage());
  }

  @Test
  void summaryCountsWhatItWroteAndTheTruthGoesBesideTheFolder(@TempDir Path dir) throws Exception {
    Path corpus = dir.resolve("corpus");
    Path truth = CorpusGenerator.defaultTruth(corpus);

    CorpusSummary summary = new CorpusGenerator(2).generate(6, 2, 3, corpus, truth);

    assertEquals(dir.resolve("corpus-truth.jsonl"), truth);
    assertEquals(
        List.of(6, 4, 2, 3L),
        List.of(summary.documents(), summary.contributions(), summary.reports(), summary.seed()));
    assertEquals(truth.toString(), summary.truth());
    assertEquals(6, Files.readAllLines(truth).size());
    try (var files = Files.list(corpus)) {
      assertEquals(
          List.of(
              "S11-CWGINT1-C-0001!!MSW-E.docx",
              "S11-CWGINT1-C-0002!!MSW-E.docx",
              "S11-CWGINT1-C-0003!!MSW-E.docx",
              "S11-CWGINT2-C-0001!!MSW-E.docx",
              "S11-CWGINT2-C-0002!!MSW-E.docx",
              "S11-CWGINT2-C-0003!!MSW-E.docx"),
          files.map(f -> f.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void everyMeetingNeedsAContributionAndAReport(@TempDir Path dir) {
    IllegalArgumentException tooFew =
        assertThrows(
            IllegalArgumentException.class,
            () -> new CorpusGenerator(1).generate(3, 2, 1, dir.resolve("c"), dir.resolve("t")));
    assertEquals(
        "--docs must be at least twice --meetings: every meeting needs a contribution and a "
            + "report",
        tooFew.getMessage());
  }
}
