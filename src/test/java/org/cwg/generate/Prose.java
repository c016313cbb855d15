package org.cwg.generate;

import java.util.List;
import java.util.Random;

/**
 * Sentences in the register of ITU contributions, built from phrase lists. The phrases name no
 * resolution and no document number, so every citation in a generated document is one the generator
 * put there on purpose and recorded.
 *
 * <p>Prose about themes dwells on them, as a real contribution dwells on its title's subject with a
 * few others beside it: most sentences take their topic from the themes (the first, the main one,
 * half the time) and one in twenty from the whole pool. Were every topic equally likely everywhere,
 * every document would mention nearly every topic, and each query of a benchmark would match most
 * of the corpus, which no real collection does.
 */
final class Prose {

  static final List<String> SUBJECTS =
      List.of(
          "Member States",
          "the Council Working Group",
          "the Secretariat",
          "the Administration of %C",
          "the delegation of %C",
          "regulators in %C and %C",
          "the Group",
          "many administrations",
          "developing countries",
          "all stakeholders",
          "the international community",
          "governments",
          "the ITU membership",
          "national regulators",
          "the contributors",
          "Sector Members",
          "the three Bureaux");

  /** Modal verbs only, so that singular and plural subjects both agree with them. */
  static final List<String> VERBS =
      List.of(
          "should consider",
          "will continue to examine",
          "should address",
          "may wish to discuss",
          "could further study",
          "should take into account",
          "may wish to share experience on",
          "should recognize the importance of",
          "could call for further work on",
          "will keep under review",
          "should seek clarity on",
          "might give priority to",
          "should report on progress regarding",
          "could draw lessons from %C on",
          "may wish to commission a study of",
          "should review its guidance on",
          "will revisit",
          "should invite comments on",
          "could compile case studies from %C on",
          "might allocate further resources to");

  static final List<String> OBJECTS =
      List.of(
          "the security and stability of the Internet",
          "the management of critical Internet resources",
          "international Internet connectivity",
          "the affordability of broadband access",
          "the multilingualization of the Internet",
          "the deployment of IPv6",
          "the protection of personal data",
          "the role of governments in Internet governance",
          "the fragmentation of the Internet",
          "the digital divide between regions",
          "capacity building for developing countries",
          "the resilience of submarine cables",
          "the use and misuse of the Internet",
          "public policy issues pertaining to the Internet",
          "the environmental impact of data centres",
          "online child protection",
          "universal acceptance of domain names",
          "trust and confidence in the use of telecommunications",
          "emerging technologies such as artificial intelligence",
          "meaningful connectivity for landlocked developing countries");

  private static final List<String> QUALIFIERS =
      List.of(
          "at the national and international level",
          "in line with the Tunis Agenda",
          "in accordance with the mandate of the Union",
          "taking into account the outcomes of the open consultations",
          "within the limits of the ITU mandate",
          "in cooperation with other international organizations",
          "for the benefit of all countries",
          "with particular attention to least developed countries",
          "over the coming study period",
          "through the exchange of best practices",
          "as a matter of priority",
          "in an open and transparent manner");

  /** Who, where, when and how much: the particulars that make one delegation's sentence its own. */
  private static final List<String> DETAILS =
      List.of(
          "before the end of %Y",
          "as the experience of %C since %Y shows",
          "building on the %T workshop of %Y",
          "given that some %N thousand households in %C remain offline",
          "drawing on %N national reports submitted since %Y",
          "as %C and %C proposed in %Y",
          "in view of the %N incidents %C reported in %Y",
          "as discussed in %T in %Y",
          "with the support of partners in %T and %T",
          "as %C noted in its submission of %Y",
          "where %N schools in %C were connected by %Y",
          "following the %N responses to the questionnaire of %Y",
          "as agreed in %T in %Y",
          "which %C estimates at %N million users",
          "since %C and %C began a joint pilot in %Y",
          "in the %N municipalities surveyed by %C",
          "on the model %C adopted in %Y",
          "reflecting the growth to %N operators %C recorded in %Y",
          "as the %T seminar of %Y showed",
          "as requested by %C at the session in %T");

  /** Names and places a sentence may cite, so that no two delegations write the same sentence. */
  private static final List<String> COUNTRIES =
      List.of(
          "Argentina",
          "Australia",
          "Bangladesh",
          "Brazil",
          "Cameroon",
          "Canada",
          "Chile",
          "China",
          "Colombia",
          "Costa Rica",
          "Egypt",
          "Ethiopia",
          "Fiji",
          "Finland",
          "France",
          "Germany",
          "Ghana",
          "India",
          "Indonesia",
          "Iran",
          "Italy",
          "Japan",
          "Jordan",
          "Kazakhstan",
          "Kenya",
          "Korea",
          "Malaysia",
          "Mexico",
          "Mongolia",
          "Morocco",
          "Nepal",
          "Nigeria",
          "Norway",
          "Oman",
          "Pakistan",
          "Paraguay",
          "Peru",
          "the Philippines",
          "Poland",
          "Portugal",
          "Rwanda",
          "Saudi Arabia",
          "Senegal",
          "Singapore",
          "South Africa",
          "Spain",
          "Sweden",
          "Switzerland",
          "Tanzania",
          "Thailand",
          "Tunisia",
          "Türkiye",
          "Uganda",
          "Ukraine",
          "the United Kingdom",
          "the United States",
          "Uruguay",
          "Viet Nam",
          "Zambia",
          "Zimbabwe");

  /**
   * No city that names a conference (Kigali, Geneva, Doha, Tunis...): that would cite a resolution.
   */
  private static final List<String> CITIES =
      List.of(
          "Nairobi",
          "Bangkok",
          "Lima",
          "Dakar",
          "Almaty",
          "Manila",
          "Cairo",
          "Montevideo",
          "Muscat",
          "Suva",
          "Accra",
          "Hanoi",
          "Bogotá",
          "Lisbon",
          "Windhoek",
          "Kathmandu",
          "Amman",
          "Santiago",
          "Warsaw",
          "Abuja",
          "Tashkent",
          "Panama City",
          "Colombo",
          "Harare",
          "Rabat",
          "Ulaanbaatar",
          "Sofia",
          "Yaoundé");

  /** Openings that place a sentence in time, place or source. */
  private static final List<String> OPENERS =
      List.of(
          "In %Y, ",
          "According to %C, ",
          "Since %Y, ",
          "As %C observed in %T, ",
          "Following the consultations held in %T, ",
          "Based on data from %N countries, ",
          "In the view of %C, ",
          "Between %Y and %Y, ");

  /** Ways of joining two topics. */
  private static final List<String> JOINERS =
      List.of(" and ", " as well as ", ", together with ", " alongside ", " and, more broadly, ");

  private static final List<String> CONNECTORS =
      List.of(
          "In this context, ",
          "Moreover, ",
          "At the same time, ",
          "Furthermore, ",
          "It should be noted that ",
          "As a result, ",
          "In addition, ",
          "Consequently, ",
          "",
          "",
          "",
          "");

  /** How often a sentence about themes turns to a topic from the whole pool. */
  private static final double OFF_THEME = 0.05;

  private final Random random;
  private final List<String> themes;

  /** Prose on any topic, each equally likely. */
  Prose(Random random) {
    this(random, List.of());
  }

  /** Prose about {@code themes}, the first being the main one; none means any topic. */
  Prose(Random random, List<String> themes) {
    this.random = random;
    this.themes = List.copyOf(themes);
  }

  /** Prose about {@code themes} drawing on the same random sequence as this one. */
  Prose about(List<String> themes) {
    return new Prose(random, themes);
  }

  <T> T pick(List<T> choices) {
    return choices.get(random.nextInt(choices.size()));
  }

  int between(int min, int max) {
    return min + random.nextInt(max - min + 1);
  }

  boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  /** A topic from the whole pool, each equally likely, whatever the themes. */
  String anyObject() {
    return pick(OBJECTS);
  }

  /** The topic of a sentence: mostly one of the themes, the main one most often. */
  String object() {
    if (themes.isEmpty() || chance(OFF_THEME)) {
      return pick(OBJECTS);
    }
    return themes.size() == 1 || chance(0.5)
        ? themes.get(0)
        : themes.get(1 + random.nextInt(themes.size() - 1));
  }

  /** A sentence without its full stop, opening with a connector now and then. */
  String clause() {
    String opener = chance(0.35) ? fill(pick(OPENERS)) : pick(CONNECTORS);
    return capitalize(opener + plainClause());
  }

  /** A sentence without connector or full stop: subject, verb, object, qualifier. */
  String plainClause() {
    boolean paired = chance(0.3);
    String object = paired ? pair() : object();
    String clause = fill(pick(SUBJECTS)) + " " + fill(pick(VERBS)) + " " + object;
    // Two long topics and a stock qualifier would make a run of 25 words any document may repeat.
    boolean stock = !paired && chance(0.5);
    if (stock) {
      clause += " " + pick(QUALIFIERS);
    }
    if (!stock || chance(0.7)) {
      clause += (stock ? ", " : " ") + fill(pick(DETAILS));
    }
    return clause;
  }

  /**
   * A phrase with its placeholders drawn: %C a country, %T a city, %Y a year, %N a count over 200
   * (never a resolution number), as count. Real prose names who said what, where and when; without
   * such details a corpus of thousands of documents repeats whole sentences by chance, which no
   * real collection does.
   */
  private String fill(String phrase) {
    if (phrase.indexOf('%') < 0) {
      return phrase;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < phrase.length(); i++) {
      char c = phrase.charAt(i);
      if (c != '%' || i + 1 == phrase.length()) {
        out.append(c);
        continue;
      }
      char kind = phrase.charAt(++i);
      out.append(
          switch (kind) {
            case 'C' -> pick(COUNTRIES);
            case 'T' -> pick(CITIES);
            case 'Y' -> String.valueOf(between(2005, 2026));
            case 'N' -> String.valueOf(between(210, 990));
            default -> "%" + kind;
          });
    }
    return out.toString();
  }

  /** Two topics joined by "and", never the same one twice. */
  private String pair() {
    String first = object();
    String second = object();
    for (int tries = 0; second.equals(first) && tries < 3; tries++) {
      second = object();
    }
    return second.equals(first) ? first : first + pick(JOINERS) + second;
  }

  String sentence() {
    return clause() + ".";
  }

  /** A paragraph of {@code min}..{@code max} sentences. */
  String paragraph(int min, int max) {
    StringBuilder paragraph = new StringBuilder(sentence());
    for (int i = between(min, max) - 1; i > 0; i--) {
      paragraph.append(' ').append(sentence());
    }
    return paragraph.toString();
  }

  static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
