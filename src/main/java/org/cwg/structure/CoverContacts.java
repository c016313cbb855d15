package org.cwg.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cwg.model.Contact;

/**
 * Contact blocks: a name, the organization (and country) under it, then Tel, Fax and E-mail lines.
 * One "Contact:" label may hold several people: a new one starts at a name written after an e-mail
 * address. A block written on one line separates its parts with commas.
 */
final class CoverContacts {

  private static final Pattern PHONE = Pattern.compile("[+(\\d][\\d\\s().\\-/]{5,}");

  /**
   * ITU-D blocks name their parts, in each of ITU's six languages: "Name: ...", "Organization:
   * ...", Russian "Фамилия/имя: ..." and "Организация: ...", Arabic "الاسم: ...", Chinese "姓名：...".
   * The label is no part of the value.
   */
  private static final Pattern PART_LABEL =
      Pattern.compile(
          "^(?:name|nom|nombre|organi[sz]ation|organización|company|affiliation"
              + "|фамилия(?:\\s*/\\s*имя)?|имя(?:\\s*/\\s*фамилия)?|ф\\.?\\s*и\\.?\\s*о\\.?"
              + "|организация|الاسم|المنظمة|姓名|单位|组织)\\s*[:：]\\s*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * ITU-D's joint label, in its languages, followed by "name, organization":
   * "Name/Organization/Entity: Jane Doe, Ministry of ICT", Russian "Ф.И.О./Организация/Объединение"
   * (full name).
   */
  private static final Pattern NAME_AND_ORGANIZATION =
      Pattern.compile(
          "^(?:name|nom|nombre|имя|ф\\.?\\s*и\\.?\\s*о\\.?)\\s*/\\s*"
              + "(?:organi[sz]ation|organización|организация)"
              + "(?:\\s*/\\s*(?:entity|entité|entidad|объединение))?\\s*:\\s*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** The rest of a name starts with a letter, a bracket or a word like "3Com", never a phone. */
  private static final Pattern WRAPPED_NAME = Pattern.compile("[\\p{L}(]|\\d+\\p{L}");

  /** A part of a block under its own label: "Country: Kenya", "Pays: Sénégal". */
  private static final Pattern LABELLED_PART = Pattern.compile("[\\p{L} ./-]{1,30}:(?:\\s|$)");

  /** An address in brackets at the end of a run-in contact: "(e-mail: jane@example.org)". */
  private static final Pattern BRACKETED_PART = Pattern.compile("\\s*\\(([^()]*@[^()]*)\\)\\s*$");

  /**
   * A Tel or E-mail label after a single space, as PDF text sets a row's last cell: "..., Study
   * Group 3 E-mail: ..." starts a part of its own.
   */
  private static final Pattern INLINE_PART_LABEL =
      Pattern.compile(
          "(?<=[^\\s,;])\\s+(?=(?:tel|tél|fax|e-?mail|courriel|correo(?:-e)?|тел|факс"
              + "|эл\\.\\s*почта)\\.?\\s*:)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private CoverContacts() {}

  /**
   * A contact written on one line, its parts between commas: "Jane Doe, Chairman, ITU-T Study Group
   * 20 (e-mail: jane@example.org)". An office keeps what it is held in.
   */
  private static List<String> runIn(String line) {
    List<String> parts = new ArrayList<>();
    Matcher bracketed = BRACKETED_PART.matcher(line);
    String address = null;
    if (bracketed.find()) {
      address = bracketed.group(1);
      line = line.substring(0, bracketed.start());
    }
    int heldAt = -1;
    String heldIn = null;
    line = INLINE_PART_LABEL.matcher(line).replaceAll(", ");
    for (String part : line.split("\\s*[,;]\\s*")) {
      if (!parts.isEmpty() && ContactOffices.JOB_TITLE.matcher(part).matches()) {
        // "Jane Doe, Research Fellow, CIPIT": the job is no part of the organization.
        continue;
      }
      int last = parts.size() - 1;
      if (last >= 1
          && ContactOffices.RANKED_OFFICE.matcher(parts.get(last)).matches()
          && !isPart(part)
          && !CoverCells.hasEmail(part)) {
        parts.set(last, parts.get(last) + ", " + part);
        heldAt = last;
        heldIn = part;
      } else {
        parts.add(part);
      }
    }
    // "Jane Doe, Chairman, ACME Forum, e-mail: ...": with no organization after it, what the office
    // is held in is the organization, the office no part of it (unless a group of the Union).
    if (heldAt >= 0
        && (heldAt + 1 == parts.size()
            || isPart(parts.get(heldAt + 1))
            || CoverCells.hasEmail(parts.get(heldAt + 1)))) {
      parts.set(heldAt, heldIn);
    }
    if (address != null) {
      parts.add(address);
    }
    return joinOrganization(parts);
  }

  /**
   * Joins the parts between the name and the address that are no office, job or country: they are
   * one organization whose name holds commas, "Department for Digital, Culture, Media and Sport".
   */
  private static List<String> joinOrganization(List<String> parts) {
    List<String> joined = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      String part = parts.get(i);
      int last = joined.size() - 1;
      String following = i + 1 < parts.size() ? parts.get(i + 1) : "";
      // "Jane Doe, ACME, Lyon, E-mail: ...": the city alone before the address is where the
      // organization sits, as on a block's own line, no part of its name.
      if (last >= 1
          && isPlainName(joined.get(last))
          && isPlainName(part)
          && !ContactPlaces.isPlace(part, following)) {
        joined.set(last, joined.get(last) + ", " + part);
      } else {
        joined.add(part);
      }
    }
    return joined;
  }

  private static boolean isPlainName(String part) {
    return !isPart(part)
        && !CoverCells.hasEmail(part)
        && !ContactOffices.isOffice(part)
        && !ContactOffices.JOB_TITLE.matcher(part).matches()
        && !isCountry(part);
  }

  /** Arabic and Chinese set a block's parts apart with their own commas, "،" and "，". */
  private static final Pattern SCRIPT_COMMA = Pattern.compile("\\s*[،，]\\s*");

  /** Whether a line has a comma, in any of the scripts of ITU's languages. */
  static boolean hasComma(String line) {
    return line.indexOf(',') >= 0 || line.indexOf('،') >= 0 || line.indexOf('，') >= 0;
  }

  static List<Contact> read(List<Cover.Labelled> blocks) {
    List<Contact> contacts = new ArrayList<>();
    for (Cover.Labelled block : blocks) {
      List<String> cells =
          block.cells().stream().map(c -> SCRIPT_COMMA.matcher(c).replaceAll(", ")).toList();
      // A block on one line that PDF text wrapped before its address: "..., e-mail:" / "jane@...",
      // or first after a comma: "Jane Doe, ACME," / "France, Tel: ..., E-mail:" / "jane@...".
      if (cells.size() > 1 && cells.get(0).contains(",") && CoverCells.wrapsBeforeAddress(cells)) {
        cells = List.of(String.join(" ", cells));
      }
      String headed = nameAndOrganizationOverParts(cells);
      if (headed != null) {
        cells = List.of(headed);
      }
      if (cells.size() == 1 && cells.get(0).contains(",") && CoverCells.hasEmail(cells.get(0))) {
        cells = runIn(cells.get(0));
      }
      Person person = new Person();
      String previous = "";
      int emailsLeft = (int) cells.stream().filter(CoverCells::hasEmail).count();
      for (int at = 0; at < cells.size(); at++) {
        String written = cells.get(at);
        String following = at + 1 < cells.size() ? cells.get(at + 1) : "";
        java.util.regex.Matcher joint = NAME_AND_ORGANIZATION.matcher(written);
        if (joint.lookingAt()) {
          if (person.email != null && emailsLeft > 0 || person.name != null) {
            person.addTo(contacts);
            person = new Person();
          }
          String rest = written.substring(joint.end());
          int comma = rest.indexOf(',');
          person.name =
              TitlesOfAddress.strip(TextCleaner.strip(comma < 0 ? rest : rest.substring(0, comma)));
          String organization = comma < 0 ? "" : TextCleaner.strip(rest.substring(comma + 1));
          person.organization = organization.isEmpty() ? null : organization;
          previous = person.organization == null ? "" : person.organization;
          continue;
        }
        String cell = PART_LABEL.matcher(written).replaceFirst("");
        if (cell.isEmpty()) {
          continue;
        }
        if (isSentence(cell)) {
          // The body's first paragraph, which a plain-text cover runs on into: the block ended.
          break;
        }
        if (isPart(cell)) {
          String email = CoverCells.emailIn(cell);
          if (email != null && person.email == null) {
            person.email = email;
            emailsLeft--;
          }
          continue;
        }
        // One block may hold several people, each with an address; a country is no person.
        if (person.email != null && emailsLeft > 0) {
          person.addTo(contacts);
          person = new Person();
        }
        if (person.name == null) {
          String name = cell;
          if (WrappedNames.goesOn(cells, at)) {
            at++;
            name += " " + cells.get(at).strip();
          }
          person.name = TitlesOfAddress.strip(name);
        } else if (person.organization == null) {
          person.organization = GroupOffices.withoutOffice(cell);
        } else if (previous.equals(person.organization)
            && !ContactOffices.isOffice(cell)
            && !COUNTRY_CODE.matcher(cell.strip()).matches()) {
          if (ContactOffices.isOffice(person.organization)
              && WRAPPED_NAME.matcher(cell).lookingAt()
              && !LABELLED_PART.matcher(cell).lookingAt()
              && !isCountry(cell)) {
            // "Rapporteur Q6/17" / "Electronics and Telecommunications" / "Research Institute":
            // whom the person works for starts on the line after the office.
            person.organization = cell;
          } else if (CoverCells.continuesLine(previous, cell)) {
            // An organization's name that wrapped in PDF text: "Communications Authority" / "of
            // Kenya".
            person.organization += " " + cell;
          } else if (endsOrganization(cells, at) && !cell.endsWith(".")) {
            // "Rapporteur Q1/2" / "BT plc" / "United Kingdom": the office the person holds, then
            // whom they work for, before the country.
            person.organization =
                ContactOffices.isOffice(person.organization)
                    ? cell
                    : person.organization + " " + cell;
          }
        }
        previous = person.organization == null ? "" : person.organization;
      }
      person.addTo(contacts);
    }
    return contacts;
  }

  /**
   * ITU-D covers write the person on one line or cell, "Name, Organization[, City]", and the Tel
   * and E-mail under it or beside it: such a block is one run-in contact. A line that wrapped in
   * PDF text before the parts goes on with the name line, a word of its organization.
   */
  private static String nameAndOrganizationOverParts(List<String> cells) {
    String head = cells.get(0);
    if (cells.size() < 2
        || !head.contains(",")
        || isPart(head)
        || NAME_AND_ORGANIZATION.matcher(head).lookingAt()
        || PART_LABEL.matcher(head).lookingAt()) {
      return null;
    }
    StringBuilder joined = new StringBuilder(head);
    int at = 1;
    for (; at < cells.size() && !isPart(cells.get(at)); at++) {
      String wrapped = cells.get(at);
      // A line that goes on with a phrase the line before left open ("Office National des" /
      // "Fréquences Radio", "... Radio" / "(ONFR), Lyon"), or whose comma parts the rest of the
      // organization from the city or country the line ends on ("Commission (ACC), Nairobi"), is
      // the same line, its commas still parting the organization from the city. A number goes on
      // after the word it completes: "Rapporteur for Question" / "4/2", a group's
      // name cut before its number ("ITU-T Study Group" / "17") one office. Once the line is known
      // to
      // have wrapped, a country goes on too, as the line wrote it: after a comma where the
      // organization sits ("ACME," / "France"), else the last word of its name ("... Development"
      // / "Canada"); under a line that ended whole it is a line of its own.
      boolean wrapping = at > 1 || CoverCells.endsMidPhrase(head);
      if (wrapped.contains(",")
              && !CoverCells.continuesLine(cells.get(at - 1), wrapped)
              && !ContactPlaces.endsOnPlace(wrapped)
          || !WRAPPED_NAME.matcher(wrapped).lookingAt()
              && !CoverCells.endsMidPhrase(cells.get(at - 1))
              && !GroupOffices.wrapsOver(cells.get(at - 1), wrapped)
          || isCountry(wrapped) && !wrapping) {
        return null;
      }
      joined.append(' ').append(wrapped);
    }
    if (at == cells.size()) {
      return null;
    }
    // The body's first paragraph, which a plain-text cover runs on into, ends the block.
    for (; at < cells.size() && !isSentence(cells.get(at)); at++) {
      if (!isPart(cells.get(at))) {
        return null;
      }
      // "E-mail:" / "jane@example.org", "Facultad de" / "Ingeniería, e-mail: ...": a run-in line
      // that wrapped mid-phrase goes on after a space.
      String before = joined.toString();
      boolean wrapped = before.endsWith(":") || CoverCells.endsMidPhrase(before);
      joined.append(wrapped ? " " : ", ").append(cells.get(at));
    }
    return joined.toString();
  }

  /**
   * A block runs name, organization, country, then Tel and E-mail: a line that is no country and no
   * labelled part, right before the country, the city and country ("Munich, Germany"), a labelled
   * part ("Pays:") or the first Tel or E-mail line, is the rest of an organization that wrapped
   * ("Autorité de Régulation des Communications" / "Électroniques et de la Poste (ARCEP)"), and so
   * is each line of a name that PDF text wrapped over several lines before them ("Home" / "Affairs,
   * Posts and Telecommunications" / "(MPHPT)" / "Japan").
   */
  private static boolean endsOrganization(List<String> cells, int at) {
    for (int k = at; k < Math.min(cells.size(), at + ContactLines.CONTACT_LINES); k++) {
      String cell = cells.get(k);
      String following = k + 1 < cells.size() ? cells.get(k + 1) : "";
      if (!WRAPPED_NAME.matcher(cell).lookingAt()
          || LABELLED_PART.matcher(cell).lookingAt()
          || isCountry(cell)
          || ContactPlaces.isPlace(cell, following)
          || following.isEmpty()) {
        return false;
      }
      if (isCountry(following)
          || isPart(following)
          || LABELLED_PART.matcher(following).lookingAt()
          || following.contains(",") && ContactPlaces.isPlace(following, "")) {
        return true;
      }
    }
    return false;
  }

  /** A sentence of running text: a dozen words or more ending in a full stop, no contact part. */
  private static boolean isSentence(String cell) {
    String stripped = cell.strip();
    // A sentence ends on a full stop, or on a colon that leads to a list: "... deal with X:".
    return (stripped.endsWith(".") || stripped.endsWith(":"))
        && stripped.split("\\s+").length >= 12
        && !CoverCells.hasEmail(stripped);
  }

  /** A country as contact blocks write it: a Member State, or its usual short code ("USA"). */
  static boolean isCountry(String cell) {
    return Sources.isOneMemberState(cell) || COUNTRY_CODE.matcher(cell.strip()).matches();
  }

  private static final Pattern COUNTRY_CODE =
      Pattern.compile("USA|U\\.S\\.A\\.|UK|U\\.K\\.|UAE|PRC|P\\.\\s?R\\.\\s?China|ROK|RSA");

  static boolean isPart(String cell) {
    return CoverCells.isContactPart(cell) || PHONE.matcher(cell).matches();
  }

  private static final class Person {
    String name;
    String organization;
    String email;

    void addTo(List<Contact> contacts) {
      if (name != null || email != null) {
        // A country alone says where the person is, not whom they work for.
        boolean employer = organization == null || !isCountry(organization);
        employer &= !GroupOffices.namesNoOrganization(organization);
        contacts.add(new Contact(name, employer ? organization : null, email));
      }
    }
  }
}
