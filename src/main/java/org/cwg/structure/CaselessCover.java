package org.cwg.structure;

import java.util.List;
import java.util.regex.Pattern;
import org.cwg.model.Provenance;

/** The source and title of a cover in Arabic or Chinese, scripts without capitals. */
final class CaselessCover {

  private CaselessCover() {}

  /** "الأصل: بالعربية", "原文：中文": the original-language line of a cover in Arabic or Chinese. */
  private static final Pattern CASELESS_ORIGINAL = Pattern.compile("(?:الأصل|原文)\\s*[:：].*");

  /**
   * Arabic and Chinese have no capitals to set a title apart, so their covers are read by place:
   * under the original-language line, a line naming who submits the text, then its title. Both must
   * be written mostly without cased letters, and nothing else may follow them before the body but
   * an agenda-item line ({@code agenda}).
   */
  static void read(List<String> lines, Pattern agenda, MetadataDraft draft, String rulePrefix) {
    int original = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (CASELESS_ORIGINAL.matcher(lines.get(i).strip()).matches()) {
        original = i;
      }
    }
    // An agenda-item line may close the cover ("议项1.1"): it is neither source nor title.
    int end = lines.size();
    // ITU-R's and ITU-T's covers close with the contact's rows under the title ("联系人：").
    for (int i = original + 3; original >= 0 && i < end; i++) {
      if (opensContact(lines.get(i))) {
        end = i;
      }
    }
    while (end > original + 3 && agenda.matcher(lines.get(end - 1).strip()).matches()) {
      end--;
    }
    if (original < 0 || original + 3 != end) {
      return;
    }
    String source = lines.get(original + 1).strip();
    String title = lines.get(original + 2).strip();
    for (String line : List.of(source, title)) {
      if (line.isEmpty()
          || !mostlyCaseless(line)
          // A date line is no source nor title; a year in a name ("IMT-2020") is no date.
          || Dates.hasFourDigitRun(line) && Dates.find(line) != null
          || CoverCells.neverTitleOrSource(line)) {
        return;
      }
    }
    String rule = rulePrefix + "lines under the original language, in a script without capitals";
    draft.offer(MetadataDraft.SOURCES, Sources.split(source), Provenance.COVER, rule);
    draft.offer(MetadataDraft.TITLE, title, Provenance.COVER, rule);
  }

  private static boolean opensContact(String line) {
    CoverLabel.Found label = CoverLabel.in(line.split("\t", -1)[0].strip());
    return label != null && label.label() == CoverLabel.CONTACT;
  }

  /**
   * Whether most of a line's letters are of a script without case: a title in Chinese or Arabic may
   * name "ITU-R" or "SRD", a line in English may not pass for one.
   */
  private static boolean mostlyCaseless(String line) {
    long cased =
        line.codePoints().filter(c -> Character.isUpperCase(c) || Character.isLowerCase(c)).count();
    long caseless = line.codePoints().filter(Character::isLetter).count() - cased;
    return caseless > cased;
  }
}
