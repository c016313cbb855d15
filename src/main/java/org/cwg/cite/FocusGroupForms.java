package org.cwg.cite;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cwg.model.DocumentNumber;
import org.cwg.model.DocumentReference;

/**
 * A focus group's documents written without "FG-", as several focus groups name their own documents
 * ("ML5G-I-212" of FG-ML5G, "AI4H-K-043" of FG-AI4H): such a form is a reference only in a text
 * that names the focus group itself ("FG-ML5G", "FG-ML5G-I-xxx"), so that no other
 * letters-letter-digits code passes for one.
 */
final class FocusGroupForms {

  /**
   * A focus group named with its prefix: "FG-ML5G", "FGAI4H", or with a space as the first focus
   * groups wrote it ("FG IPTV-C-0431"), in a number or on its own.
   */
  private static final Pattern NAMED =
      Pattern.compile("(?<![\\w/@-])FG[- ]?(?<name>[A-Z][A-Z0-9]{1,11})(?![A-Za-z0-9])");

  private FocusGroupForms() {}

  /**
   * @param own the document's own canonical number, never a reference; or null
   * @param taken whether an offset is inside a number already found
   */
  static List<DocumentReference> find(String text, String own, Predicate<Integer> taken) {
    Set<String> names = new LinkedHashSet<>();
    if (!text.contains("FG")) {
      // Most texts name no focus group; the pattern would still be tried at every character.
      return new ArrayList<>();
    }
    Matcher named = NAMED.matcher(text);
    while (named.find()) {
      names.add(named.group("name"));
    }
    List<DocumentReference> found = new ArrayList<>();
    for (String name : names) {
      Pattern shortForm =
          Pattern.compile(
              "(?<![\\w/@-])"
                  + Pattern.quote(name)
                  + "-(?:[A-Z]|\\d{2})-\\d{2,4}(?:-?R\\d{1,2}|[ \\u00a0]?\\((?:Rev|Add|Corr)\\.[ \\u00a0]?\\d{1,2}\\))?"
                  + "(?![\\w/@])");
      Matcher m = shortForm.matcher(text);
      while (m.find()) {
        String id = DocumentNumber.canonical("FG-" + m.group()).orElse(null);
        if (id != null
            && !id.equals(own)
            && !taken.test(m.start())
            && DocumentNumber.groupOf(id).equals("FG-" + name.toUpperCase(Locale.ROOT))) {
          found.add(new DocumentReference(id, m.group(), m.start(), m.end(), false, null));
        }
      }
    }
    return found;
  }
}
