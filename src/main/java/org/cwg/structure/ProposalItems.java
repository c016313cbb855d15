package org.cwg.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cwg.model.ProposalItem;

/**
 * Splits the body of a Proposal(s) section into its items. The first numbered paragraph sets the
 * numbering ("1", "1.", "1)", "(1)", "a)"); each paragraph that continues it starts an item and
 * everything else (bullets, sub-items, running text) stays with the item above. Paragraphs before
 * the first item introduce the list and belong to no item. Without any numbering, each paragraph
 * that is not a bullet is an item.
 */
final class ProposalItems {

  private static final Pattern NUMBERED =
      Pattern.compile("(\\(?)(\\d{1,2}|[a-z])([.)]?)([\\s\\u00a0]+)(\\S.*)", Pattern.DOTALL);
  private static final Pattern BULLET =
      Pattern.compile("[•·▪◦‣\\-–—*o\\uf0b7\\uf0a7]\\s.*|[•·▪]\\S.*", Pattern.DOTALL);

  private ProposalItems() {}

  static List<ProposalItem> split(List<Line> body) {
    Matcher first = firstNumbered(body);
    return first == null ? byParagraph(body) : byNumber(body, first);
  }

  private static Matcher firstNumbered(List<Line> body) {
    for (Line line : body) {
      Matcher m = NUMBERED.matcher(line.text());
      if (m.matches() && isStartValue(m.group(2)) && styleIsValid(m, line)) {
        return m;
      }
    }
    return null;
  }

  /**
   * A bare "1" is a number only when a tab follows ("1 October" is not) or when Word numbered the
   * paragraph: Tika writes Word's number and the tab after it as "1 "; "a" needs ")".
   */
  private static boolean styleIsValid(Matcher m, Line line) {
    if (Character.isLetter(m.group(2).charAt(0))) {
      return m.group(3).equals(")");
    }
    return !m.group(3).isEmpty()
        || !m.group(1).isEmpty()
        || m.group(4).indexOf('\t') >= 0
        || line.block().listItem();
  }

  private static boolean isStartValue(String value) {
    return value.equals("1") || value.equals("a");
  }

  private static List<ProposalItem> byNumber(List<Line> body, Matcher first) {
    String open = first.group(1);
    String close = first.group(3);
    boolean letters = Character.isLetter(first.group(2).charAt(0));
    List<ProposalItem> items = new ArrayList<>();
    String number = null;
    StringBuilder text = null;
    int expected = 1;
    for (Line line : body) {
      Matcher m = NUMBERED.matcher(line.text());
      if (m.matches()
          && m.group(1).equals(open)
          && m.group(3).equals(close)
          && styleIsValid(m, line)
          && valueOf(m.group(2), letters) == expected) {
        if (number != null) {
          items.add(new ProposalItem(number, text.toString()));
        }
        number = open + m.group(2) + close;
        text = new StringBuilder(TextCleaner.strip(m.group(5)));
        expected++;
      } else if (text != null) {
        text.append('\n').append(line.text());
      }
    }
    if (number != null) {
      items.add(new ProposalItem(number, text.toString()));
    }
    return items;
  }

  private static int valueOf(String value, boolean letters) {
    if (letters) {
      return value.length() == 1 && Character.isLowerCase(value.charAt(0))
          ? value.charAt(0) - 'a' + 1
          : -1;
    }
    return Character.isDigit(value.charAt(0)) ? Integer.parseInt(value) : -1;
  }

  private static List<ProposalItem> byParagraph(List<Line> body) {
    List<ProposalItem> items = new ArrayList<>();
    StringBuilder text = null;
    for (Line line : body) {
      if (BULLET.matcher(line.text()).matches() && text != null) {
        text.append('\n').append(line.text());
      } else {
        if (text != null) {
          items.add(new ProposalItem(null, text.toString()));
        }
        text = new StringBuilder(line.text());
      }
    }
    if (text != null) {
      items.add(new ProposalItem(null, text.toString()));
    }
    return items;
  }
}
