package org.cwg.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * The resolutions CWG-Internet documents cite, and the ways ITU documents write a citation of each.
 * Every form yields the mentions a citation extractor should find in it. (Not {@code cite}'s
 * catalogue: that one knows titles and revisions to check; this one picks wordings to write.)
 */
final class CitationWording {

  /**
   * A citable resolution.
   *
   * @param body PP, Council, WTSA, WTDC or UNGA
   * @param number its number
   * @param qualifier its revision or adoption as ITU writes it, or null
   */
  record Resolution(String body, String number, String qualifier) {
    String key() {
      return body + " " + number;
    }
  }

  /**
   * One written citation.
   *
   * @param text the citation as it appears in the document
   * @param mentions the resolutions it cites
   * @param qualified whether the text writes each resolution's qualifier
   */
  record Citation(String text, List<Resolution> mentions, boolean qualified) {}

  static final List<Resolution> ALL =
      List.of(
          new Resolution("PP", "101", "Rev. Bucharest, 2022"),
          new Resolution("PP", "102", "Rev. Bucharest, 2022"),
          new Resolution("PP", "133", "Rev. Bucharest, 2022"),
          new Resolution("PP", "140", "Rev. Bucharest, 2022"),
          new Resolution("PP", "180", "Rev. Bucharest, 2022"),
          new Resolution("PP", "206", "Dubai, 2018"),
          new Resolution("Council", "1305", "Modified 2019"),
          new Resolution("Council", "1336", "Modified 2019"),
          new Resolution("Council", "1344", null),
          new Resolution("WTSA", "64", "Rev. Geneva, 2022"),
          new Resolution("WTDC", "30", "Rev. Kigali, 2022"),
          new Resolution("UNGA", "70/125", null));

  private CitationWording() {}

  /** A citation of one resolution in one of the forms ITU uses for its body. */
  static Citation single(Resolution r, Prose prose) {
    String n = r.number();
    String q = r.qualifier();
    List<String> forms = new ArrayList<>();
    List<String> qualifiedForms = new ArrayList<>();
    switch (r.body()) {
      case "PP" -> {
        qualifiedForms.add("PP Resolution " + n + " (" + q + ")");
        qualifiedForms.add("Resolution " + n + " (" + q + ") of the Plenipotentiary Conference");
        qualifiedForms.add(
            "Resolution " + n + " of the ITU Plenipotentiary Conference (" + q + ")");
        qualifiedForms.add("Plenipotentiary Conference (PP) Resolution " + n + " (" + q + ")");
        forms.add("PP Resolution " + n);
      }
      case "Council" -> {
        forms.add("Resolution " + n + " of the ITU Council");
        forms.add("Council Resolution " + n);
        if (q != null) {
          qualifiedForms.add("Council Resolution " + n + " (" + q + ")");
        }
      }
      case "WTSA" -> {
        qualifiedForms.add("WTSA Resolution " + n + " (" + q + ")");
        qualifiedForms.add(
            "Resolution "
                + n
                + " ("
                + q
                + ") of the World Telecommunication Standardization Assembly");
      }
      case "WTDC" -> {
        qualifiedForms.add("WTDC Resolution " + n + " (" + q + ")");
        qualifiedForms.add(
            "Resolution "
                + n
                + " ("
                + q
                + ") of the World Telecommunication Development Conference");
      }
      default -> {
        forms.add("UN General Assembly Resolution " + n);
        forms.add("UNGA Resolution " + n);
      }
    }
    boolean qualified = forms.isEmpty() || (!qualifiedForms.isEmpty() && prose.chance(0.6));
    String text = qualified ? prose.pick(qualifiedForms) : prose.pick(forms);
    return new Citation(text, List.of(r), qualified);
  }

  /**
   * A citation of several resolutions of one body at once, as in "PP Resolutions 101, 102 and 133"
   * or "Council Resolutions 1305 (Modified 2019) and 1336 (Modified 2019)".
   */
  static Citation list(List<Resolution> same) {
    String body = same.get(0).body();
    boolean qualified =
        same.stream().allMatch(r -> r.qualifier() != null) && body.equals("Council");
    List<String> numbers = new ArrayList<>();
    for (Resolution r : same) {
      numbers.add(qualified ? r.number() + " (" + r.qualifier() + ")" : r.number());
    }
    String joined =
        String.join(", ", numbers.subList(0, numbers.size() - 1))
            + " and "
            + numbers.get(numbers.size() - 1);
    return new Citation(body + " Resolutions " + joined, same, qualified);
  }
}
