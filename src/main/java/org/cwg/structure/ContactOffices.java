package org.cwg.structure;

import java.util.regex.Pattern;

/**
 * Lines of a contact block that say what the person holds or does rather than whom they work for:
 * an office ("Chairman, ITU-T Study Group 20", "Rapporteur Q1/2") or a job ("Research Fellow").
 */
final class ContactOffices {

  /**
   * An office rather than an organization: "Chairman, ITU-T Study Group 20" names what the person
   * chairs after the comma, one organization with its office.
   */
  static final Pattern OFFICE =
      Pattern.compile(
          "(?:(?:vice|co)[- ]?)?(?:chair(?:man|woman|person)?|(?:associate\\s+)?rapporteur"
              + "|conven[eo]r|director|directeur|directrice|directora|editor|secretary|counsellor"
              + "|president|président|présidente|presidente"
              + "|vicepresidente|relator|председатель|заместитель\\s+председателя|докладчик)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * An office with its rank, "Senior Director", "Deputy Director": like the office alone, what
   * follows it on a contact line is what it is held in, a unit before the organization.
   */
  static final Pattern RANKED_OFFICE =
      Pattern.compile(
          "(?:(?:senior|deputy|executive|assistant|managing)\\s+)?(?:" + OFFICE.pattern() + ")",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * A job rather than an office: "Research Fellow", "Senior Engineer". It says what the person
   * does, never whom they work for.
   */
  static final Pattern JOB_TITLE =
      Pattern.compile(
          // A job names its field in one word before it, "Policy Lead", "Programme Officer".
          "(?:(?:research|senior|principal|chief|policy|legal|(?-i:\\p{Lu}\\p{Ll}+))\\s+)?"
              + "(?:fellow|researcher|professor|lead"
              + "|lecturer|advis[eo]r|officer|manager|engineer|expert|analyst|specialist|consultant"
              + "|coordinator"
              // French and Spanish, with what the job is of: "Coordinadora de Políticas".
              + "|coordinador[a]?|coordinat(?:eur|rice)|asesor[a]?|conseill(?:er|ère)"
              + "|investigador[a]?|chercheu(?:r|se)|ingenier[oa]|ingénieur[e]?|jef[ea]"
              + "|responsable|analista|chargée?|head)"
              + "(?:\\s+(?:de|des|du|del|de\\s+la|of|for)\\s+[\\p{L} ]{1,40})?",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * An office at the head or the end of a line: "Rapporteur Q1/2", "ETSI TC INT Chairman"; or a job
   * or office and the unit it is held in, "Head of Department, International Relations".
   */
  private static final Pattern OFFICE_LINE =
      Pattern.compile(
          "(?:"
              + OFFICE.pattern()
              + ")(?![\\p{L}-]).*|"
              // A job or an office, perhaps named by what it serves, then what it is held for: a
              // secretariat's "Committee Manager, ISO/IEC JTC 1" serves another body's committee.
              + "(?:(?-i:\\p{Lu})[\\p{L}-]*\\s+){0,2}(?:"
              + OFFICE.pattern()
              + "|"
              + JOB_TITLE.pattern()
              + "),.*|"
              // An office held toward a body, "Liaison Officer to Study Group 3": a role, no
              // employer.
              + ".*(?<![\\p{L}-])(?:"
              + OFFICE.pattern()
              + "|"
              + JOB_TITLE.pattern()
              + ")\\s+to\\s+.*|.*(?<![\\p{L}-])(?:"
              + OFFICE.pattern()
              + "|"
              + JOB_TITLE.pattern()
              + ")",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * A line that names an office rather than an organization, "Rapporteur Q1/2", "Associate
   * Rapporteur for Question 20/13", "ETSI TC INT Chairman": the organization is the line beside it
   * when there is one.
   */
  static boolean isOffice(String cell) {
    return OFFICE_LINE.matcher(cell.strip()).matches();
  }

  private ContactOffices() {}
}
