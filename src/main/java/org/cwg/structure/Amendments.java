package org.cwg.structure;

import java.util.Locale;
import java.util.regex.Matcher;

/**
 * "Revision 1 to", "Addendum 2 au", "Corrigéndum 1 al": the words before the number of the document
 * an amendment amends, in English, French and Spanish, shared by every cover reader.
 */
final class Amendments {

  /** The lead with named groups {@code amendment} (the word) and {@code amendmentNumber}. */
  static final String LEAD =
      "(?<amendment>revision|révision|revisión|addendum|additif|addéndum|adición|corrigendum"
          + "|corrigéndum)\\s+(?<amendmentNumber>\\d{1,2})\\s+(?:to|au|à|al|del?)";

  private Amendments() {}

  /** The amendment a match of {@link #LEAD} names, as a number carries it: "Rev.1", "Add.2". */
  static String suffix(Matcher lead) {
    String kind = lead.group("amendment").toLowerCase(Locale.ROOT);
    String prefix = kind.startsWith("r") ? "Rev" : kind.startsWith("c") ? "Corr" : "Add";
    return prefix + "." + Integer.parseInt(lead.group("amendmentNumber"));
  }
}
