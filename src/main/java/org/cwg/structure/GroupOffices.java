package org.cwg.structure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An office held in one of the Union's own groups: "Chairman, WP 5B", "Rapporteur for Question
 * 1/2", "Président de la Commission d'études 20 de l'UIT-T". A liaison's contact signs with it; it
 * says what the person chairs, not whom they work for, so it names no organization.
 */
final class GroupOffices {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** A group of a Sector, by its number or name in the Union's working languages. */
  private static final Pattern UNION_GROUP =
      Pattern.compile(
          "(?:(?:ITU|UIT|МСЭ)-?[RTD]\\s+)?(?:"
              + "(?:WP|working\\s+party|groupe\\s+de\\s+travail|grupo\\s+de\\s+trabajo"
              + "|рабочей\\s+группы|рабочая\\s+группа)\\s*\\d[A-Z](?![\\p{L}\\d])"
              + "|(?:SG|study\\s+group|commission\\s+d['’]\\s*[ée]tudes"
              + "|comisi[óo]n\\s+de\\s+estudios?|исследовательской\\s+комиссии"
              + "|исследовательская\\s+комиссия)\\s*\\d{1,2}(?!\\d)"
              + "|\\d{1,2}-?(?:й|я|ой)\\s+исследовательск\\p{L}*\\s+комисси\\p{L}*"
              // ITU-T writes a Question with a full stop after its letter: "Q.2/13".
              + "|(?:Q\\.?|question|cuesti[óo]n|вопрос\\p{L}*)\\s*\\d{1,2}(?:-\\d)?/\\d{1,2}"
              + "|(?:TG|task\\s+group)\\s*\\d{1,2}/\\d{1,2}(?!\\d)"
              // A focus group, a joint coordination activity or one of TSAG's rapporteur groups is
              // the Union's when named under the body that set it up, by its short name or in full:
              // "ITU-T FG-AN", "ITU-T JCA-IoT", "TSAG RG-WM".
              + "|(?<=(?:ITU|UIT)-?T\\s|TSAG\\s|\\()(?:[FR]G|JCA)-\\p{Lu}[\\p{L}\\d]*(?![\\p{L}\\d-])"
              + "|(?<=(?:ITU|UIT)-?T\\s|TSAG\\s)(?:focus|rapporteur)\\s+group\\s+on"
              + "(?:\\s+(?:\\p{Lu}[\\p{L}\\d-]*|and|of|for|the|on))+"
              // A group a Union meeting sets up for one task is named by its kind and what it is
              // on: "Ad hoc group on ...", "Correspondence Group on ...".
              + "|(?:ad[- ]hoc|correspondence|drafting)\\s+group(?:\\s+on(?:\\s+[\\p{L}\\d-]+)+)?"
              + "|TSAG|RAG|TDAG)"
              + "(?:\\s+(?:de\\s+l['’]\\s*|del\\s+|of\\s+(?:the\\s+)?)?(?:ITU|UIT|МСЭ)-?[RTD])?",
          FLAGS);

  /**
   * The words of an office (those a contact block knows) and those that tie it to the group:
   * "Vice-Chair of", "Président de".
   */
  private static final Pattern OFFICE_WORDS =
      Pattern.compile(
          "(?<!\\p{L})(?:(?:(?:vice|co)[- ]?)?(?:rapporteur|editor|conven[eo]r)|"
              + ContactOffices.OFFICE.pattern()
              + "|relatora|associate|liaison|of|for|on|the|de|la|du|del|по)"
              + "(?!\\p{L})|l['’]|[,;:()]",
          FLAGS);

  /** An office named alone, "Convener": it says what the person does, not whom they work for. */
  private static final Pattern OFFICE_ALONE =
      Pattern.compile("(?:(?:vice|co)[- ]?)?conven[eo]r|" + ContactOffices.OFFICE.pattern(), FLAGS);

  /**
   * An office, then the group it is held in by the Union's own designation: a focus, rapporteur or
   * working group of the Sector or of its advisory group ("Chairman, FG QoE", "Rapporteur, RG-WP",
   * "Chair, TDAG-WG-Budget", "Rapporteur for WP 1/13"). Another body's group is written with the
   * body's name ("IEEE 802.3 Working Group").
   */
  private static final Pattern OFFICE_IN_DESIGNATED_GROUP =
      Pattern.compile(
          "(?:(?:vice|co)[- ]?)?(?:"
              + ContactOffices.RANKED_OFFICE.pattern()
              + ")\\s*(?:,|\\s(?:of|for|in)\\s)\\s*(?:the\\s+)?(?:"
              + "(?:(?:TSAG|RAG|TDAG)[- ])?(?:FG|RG|WG|JCA)[- ](?-i:\\p{Lu})[\\p{L}\\d-]*"
              + "|(?:WP|working\\s+party)\\s*\\d{1,2}/\\d{1,2})",
          FLAGS);

  /**
   * A rapporteur named by the subject the group studies, in words alone: "Rapporteur, Working
   * Methods", "Rapporteur for Accounting Principles". A rapporteur is appointed by a group of the
   * Union, so the office names what the person studies for it, not whom they work for; an
   * employer's name written after an office carries an acronym or a digit ("Rapporteur, ETRI").
   */
  private static final Pattern RAPPORTEUR_ON_A_SUBJECT =
      Pattern.compile(
          "(?:associate\\s+)?rapporteur\\s*(?:"
              + ",\\s*(?:the\\s+)?(?-i:\\p{Lu}\\p{Ll}+)"
              + "(?:\\s+(?:and|of|on|for|the|(?-i:\\p{Lu}\\p{Ll}+))){0,4}"
              // After "on" or "for" the subject may be written in lower case, "Rapporteur on
              // accessibility": the preposition, not the capitals, says it is a subject.
              + "|\\s(?:for|on)\\s+(?:the\\s+)?(?-i:\\p{L}\\p{Ll}+)"
              + "(?:\\s+(?:and|of|on|for|the|(?-i:\\p{L}\\p{Ll}+))){0,4})",
          FLAGS);

  /**
   * An office held toward one of the Union's groups, "Liaison Officer, ISO/IEC JTC 1/SC 27 to ITU-T
   * SG17": a liaison serves between the two bodies' groups, it says nothing of an employer.
   */
  private static final Pattern OFFICE_TOWARD = Pattern.compile("(.+?)\\s+to\\s+(.+)", FLAGS);

  private GroupOffices() {}

  /**
   * Whether a group's name runs over from one line to the next, its Sector at the end of the first
   * and its number on the second ("ITU-D" / "Study Group 1"): the line break falls inside the name.
   */
  static boolean wrapsOver(String line, String next) {
    String before = line.strip();
    String after = next.strip();
    Matcher group = UNION_GROUP.matcher(before + " " + after);
    while (group.find()) {
      if (group.start() < before.length() && group.end() > before.length() + 1) {
        return true;
      }
    }
    return false;
  }

  /**
   * The employer written after an office that names what it is held in or on: "Rapporteur on
   * ageing, ACME Broadcasting" is ACME Broadcasting, as when the office has a line of its own. An
   * office alone before the comma ("Chair, IEEE 802.3 Working Group") keeps what follows it, the
   * body it is held in.
   */
  static String withoutOffice(String organization) {
    if (organization == null || namesNoOrganization(organization)) {
      return organization;
    }
    int comma = organization.lastIndexOf(',');
    for (; comma > 0; comma = organization.lastIndexOf(',', comma - 1)) {
      String office = organization.substring(0, comma).strip();
      String rest = organization.substring(comma + 1).strip();
      if (!rest.isEmpty()
          && !OFFICE_ALONE.matcher(office).matches()
          && namesNoOrganization(office)
          && !namesNoOrganization(rest)) {
        return rest;
      }
    }
    return organization;
  }

  /** Whether a contact's organization is only an office held in one of the Union's groups. */
  static boolean namesNoOrganization(String organization) {
    if (organization != null
        && (OFFICE_ALONE.matcher(organization.strip()).matches()
            || OFFICE_IN_DESIGNATED_GROUP.matcher(organization.strip()).matches()
            || RAPPORTEUR_ON_A_SUBJECT.matcher(organization.strip()).matches())) {
      return true;
    }
    if (organization == null || !UNION_GROUP.matcher(organization).find()) {
      return false;
    }
    Matcher toward = OFFICE_TOWARD.matcher(organization.strip());
    if (toward.matches()
        && UNION_GROUP.matcher(toward.group(2)).matches()
        && ContactOffices.isOffice(toward.group(1))) {
      return true;
    }
    String rest = UNION_GROUP.matcher(organization).replaceAll(" ");
    rest = OFFICE_WORDS.matcher(rest).replaceAll(" ");
    return rest.isBlank();
  }
}
