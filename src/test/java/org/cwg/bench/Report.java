package org.cwg.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The results as a Markdown table, ready to paste into BENCHMARKS.md. */
final class Report {

  private final List<String> head = new ArrayList<>();
  private final List<String> rows = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  void heading(String machine, Path corpus, int docs, int threads) {
    head.add("Machine: " + machine);
    head.add(
        "Corpus: "
            + docs
            + " documents in "
            + corpus.getFileName()
            + "; "
            + threads
            + " parser threads");
  }

  void row(String item, String what, Object value, String unit, String detail) {
    String shown = value instanceof Double d ? String.format("%.2f", d) : value.toString();
    rows.add("| " + item + " | " + what + " | " + shown + " " + unit + " | " + detail + " |");
  }

  void note(String text) {
    notes.add(text);
  }

  String render() {
    StringBuilder out = new StringBuilder();
    head.forEach(line -> out.append(line).append("\n\n"));
    out.append("| # | Measure | Result | Detail |\n|---|---|---|---|\n");
    rows.forEach(line -> out.append(line).append('\n'));
    notes.forEach(line -> out.append('\n').append(line).append('\n'));
    return out.toString();
  }
}
