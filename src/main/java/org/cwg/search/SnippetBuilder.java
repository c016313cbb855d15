package org.cwg.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.cwg.search.MatchSpans.Span;

/**
 * Chooses the best passages of a text for a list of matches: windows of about {@code width}
 * characters holding the most matches, cut at word boundaries, shown in text order.
 */
public final class SnippetBuilder {

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private final int width;
  private final int maxPassages;

  public SnippetBuilder(int width, int maxPassages) {
    this.width = width;
    this.maxPassages = maxPassages;
  }

  public List<Snippet> build(String text, List<Span> spans) {
    if (spans.isEmpty()) {
      return text.isBlank() ? List.of() : List.of(passage(text, List.of(), 0, width));
    }
    List<List<Span>> groups =
        group(spans.stream().sorted(Comparator.comparingInt(Span::start)).toList());
    List<List<Span>> best =
        groups.stream()
            .sorted(
                Comparator.comparingInt((List<Span> g) -> -g.size())
                    .thenComparingInt(g -> g.get(0).start()))
            .limit(maxPassages)
            .sorted(Comparator.comparingInt(g -> g.get(0).start()))
            .toList();
    List<Snippet> snippets = new ArrayList<>();
    for (List<Span> group : best) {
      int first = group.get(0).start();
      int last = group.get(group.size() - 1).end();
      int slack = Math.max(0, width - (last - first));
      int from = Math.max(0, first - slack / 2);
      int to = Math.min(text.length(), Math.max(last, from + width));
      from = Math.max(0, Math.min(from, to - width));
      snippets.add(passage(text, group, from, to));
    }
    return snippets;
  }

  /** Consecutive matches that fit in one window. */
  private List<List<Span>> group(List<Span> spans) {
    List<List<Span>> groups = new ArrayList<>();
    List<Span> current = new ArrayList<>();
    for (Span span : spans) {
      if (!current.isEmpty() && span.end() - current.get(0).start() > width) {
        groups.add(current);
        current = new ArrayList<>();
      }
      current.add(span);
    }
    groups.add(current);
    return groups;
  }

  private static Snippet passage(String text, List<Span> spans, int from, int to) {
    int start = wordStart(text, from, spans.isEmpty() ? to : spans.get(0).start());
    int end =
        wordEnd(
            text,
            Math.min(to, text.length()),
            spans.isEmpty() ? start : spans.get(spans.size() - 1).end());
    List<Snippet.Fragment> fragments = new ArrayList<>();
    StringBuilder plain = new StringBuilder(start > 0 ? "…" : "");
    int at = start;
    for (Span span : spans) {
      plain.append(text, at, span.start());
      flush(plain, fragments);
      fragments.add(new Snippet.Fragment(collapse(text.substring(span.start(), span.end())), true));
      at = span.end();
    }
    plain.append(text, at, end);
    if (end < text.length()) {
      plain.append("…");
    }
    flush(plain, fragments);
    trimEnds(fragments);
    return new Snippet(fragments);
  }

  /** Moves a cut forward to the start of a word, never past {@code limit}. */
  private static int wordStart(String text, int from, int limit) {
    if (from == 0) {
      return 0;
    }
    int at = from;
    while (at < limit && !Character.isWhitespace(text.charAt(at - 1))) {
      at++;
    }
    return at;
  }

  /** Moves a cut back to the end of a word, never before {@code limit}. */
  private static int wordEnd(String text, int to, int limit) {
    if (to >= text.length()) {
      return text.length();
    }
    int at = to;
    while (at > limit && !Character.isWhitespace(text.charAt(at))) {
      at--;
    }
    return at;
  }

  private static void flush(StringBuilder plain, List<Snippet.Fragment> fragments) {
    if (plain.length() > 0) {
      fragments.add(new Snippet.Fragment(collapse(plain.toString()), false));
      plain.setLength(0);
    }
  }

  private static void trimEnds(List<Snippet.Fragment> fragments) {
    if (!fragments.isEmpty() && !fragments.get(0).match()) {
      fragments.set(0, new Snippet.Fragment(fragments.get(0).text().stripLeading(), false));
    }
    int last = fragments.size() - 1;
    if (last >= 0 && !fragments.get(last).match()) {
      fragments.set(last, new Snippet.Fragment(fragments.get(last).text().stripTrailing(), false));
    }
  }

  static String collapse(String text) {
    return WHITESPACE.matcher(text).replaceAll(" ");
  }
}
