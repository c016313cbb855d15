package org.cwg.accuracy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cwg.accuracy.DevDraft.Block;
import org.cwg.accuracy.DevDraft.Heading;
import org.cwg.accuracy.DevDraft.PageBreak;
import org.cwg.accuracy.DevDraft.Paragraph;
import org.cwg.accuracy.DevDraft.Row;
import org.cwg.accuracy.DevDraft.Table;
import org.cwg.accuracy.DevDraft.TocLine;

/** Reads the development corpus's markup (described in devcorpus/README.md). */
final class DevMarkup {

  private static final Pattern HEADING = Pattern.compile("(#{1,4}) (.+)");
  private static final Pattern RUN_IN = Pattern.compile("\\*\\*(.+?)\\*\\* ?(.*)");

  private DevMarkup() {}

  static DevDraft parse(String name, String source) {
    String fileName = name.substring(name.lastIndexOf('/') + 1);
    String charset = "utf-8";
    boolean styled = true;
    boolean dotted = false;
    List<Block> blocks = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    for (String raw : source.split("\r?\n", -1)) {
      String line = raw.strip();
      if (!line.startsWith("|") && !rows.isEmpty()) {
        blocks.add(new Table(List.copyOf(rows)));
        rows.clear();
      }
      if (line.isEmpty() || line.startsWith("%")) {
        continue;
      }
      if (line.startsWith("@")) {
        String[] directive = line.substring(1).split("\\s+", 2);
        String value = directive.length > 1 ? directive[1].strip() : "";
        switch (directive[0]) {
          case "charset" -> charset = value;
          case "headings" -> styled = !value.equals("plain");
          case "toc" -> dotted = value.equals("dots");
          case "filename" -> fileName = value;
          default -> throw new IllegalArgumentException(name + ": unknown directive " + line);
        }
      } else if (line.startsWith("|")) {
        rows.add(row(line));
      } else if (line.equals("~")) {
        blocks.add(new PageBreak());
      } else if (line.startsWith("toc ")) {
        String[] parts = splitBars(line.substring(4));
        if (parts.length != 4) {
          throw new IllegalArgumentException(name + ": toc needs level | number | text | page");
        }
        blocks.add(
            new TocLine(Integer.parseInt(parts[0]), emptyToNull(parts[1]), parts[2], parts[3]));
      } else if (line.startsWith("- ")) {
        blocks.add(new Paragraph(null, line.substring(2), true));
      } else {
        Matcher heading = HEADING.matcher(line);
        Matcher runIn = RUN_IN.matcher(line);
        if (heading.matches()) {
          String[] parts = splitBars(heading.group(2));
          blocks.add(
              parts.length == 2
                  ? new Heading(heading.group(1).length(), parts[0], parts[1])
                  : new Heading(heading.group(1).length(), null, parts[0]));
        } else if (runIn.matches()) {
          blocks.add(new Paragraph(runIn.group(1), runIn.group(2), false));
        } else {
          blocks.add(new Paragraph(null, line, false));
        }
      }
    }
    if (!rows.isEmpty()) {
      blocks.add(new Table(List.copyOf(rows)));
    }
    return new DevDraft(name, fileName, charset, styled, dotted, List.copyOf(blocks));
  }

  private static Row row(String line) {
    if (line.startsWith("|*")) {
      return new Row(List.of(lines(line.substring(2))), true);
    }
    String body = line.substring(1);
    if (body.endsWith("|")) {
      body = body.substring(0, body.length() - 1);
    }
    List<List<String>> cells = new ArrayList<>();
    for (String cell : body.split("\\|", -1)) {
      cells.add(lines(cell));
    }
    return new Row(List.copyOf(cells), false);
  }

  private static List<String> lines(String cell) {
    String trimmed = cell.strip();
    if (trimmed.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(trimmed.split("\\s+//\\s+")).map(String::strip).toList();
  }

  private static String[] splitBars(String text) {
    return Arrays.stream(text.split("\\|", -1)).map(String::strip).toArray(String[]::new);
  }

  private static String emptyToNull(String text) {
    return text.isEmpty() ? null : text;
  }
}
