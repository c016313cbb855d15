package org.cwg.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cwg.cite.ResolutionFinder.Mention;

/**
 * The body of a resolution cited by its number alone, from what surrounds it: the number's own
 * form, the revision's conference, what the document cited before, the sentence, the document's own
 * body. A body the catalogue rules out is never given.
 */
final class BodyInference {

  /** The word "resolution" and a number, in ITU's languages: where another citation starts. */
  private static final Pattern NEXT_CITATION =
      Pattern.compile(
          "(?<![\\p{L}])(?:"
              + ResolutionFinder.TRIGGER
              + ")\\s+(?:ITU-R\\s+|UIT-R\\s+|МСЭ-R\\s+)?\\d");

  private final ResolutionCatalogue catalogue;

  BodyInference(ResolutionCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  /**
   * The body of a number written without one. UN symbols (session/number) belong to the General
   * Assembly (or ECOSOC when the sentence names it), four-digit numbers from 1000 to the Council;
   * any other number to the conference its revision names ("Rev. Kigali, 2022" is WTDC's), else to
   * the conference "of that Conference" points back to, else to the body the document gave the same
   * number before, else the one the sentence names, else the document's own, else to the
   * Plenipotentiary.
   *
   * @param end where the number and its qualifier end
   * @param earlier the document's mentions read so far
   */
  String of(
      String text,
      String number,
      int offset,
      int end,
      String qualifier,
      String contextBody,
      List<Mention> earlier) {
    String byNumber = ResolutionBodies.byNumber(number);
    if (byNumber.equals(ResolutionBodies.COUNCIL)) {
      return byNumber;
    }
    Optional<String> byConference = catalogue.bodyOfConference(qualifier);
    if (byConference.isPresent() && !byNumber.equals(ResolutionBodies.UNGA)) {
      return checked(byConference.get(), number);
    }
    if (!byNumber.equals(ResolutionBodies.UNGA)) {
      // "Resolution 15 of that Conference" is the conference's the text named last.
      String pointed = ConferenceNamedBefore.at(text, offset, end, contextBody);
      if (pointed != null) {
        return checked(pointed, number);
      }
      // "The Conference (Geneva, 1996): follow-up of Resolutions 1 and 2" cites that meeting's.
      String meeting = MeetingNamedBefore.at(text, offset, catalogue);
      if (meeting != null) {
        return checked(meeting, number);
      }
      String cited = bodyCitedBefore(number, earlier);
      if (cited != null) {
        return checked(cited, number);
      }
    }
    int[] sentence = Sentences.around(text, offset);
    if (byNumber.equals(ResolutionBodies.UNGA)) {
      int[] wrapped = Sentences.aroundWrapped(text, offset);
      String named =
          ResolutionBodies.unitedNationsNear(
              text.substring(wrapped[0], wrapped[1]), offset - wrapped[0]);
      return ResolutionBodies.ECOSOC.equals(named) ? named : byNumber;
    }
    String named = namedWithin(text, sentence, offset);
    if (named == null) {
      // PDF text breaks a sentence at the margin: its body may stand on the line before.
      named = namedWithin(text, Sentences.withBrokenLineBefore(text, sentence), offset);
    }
    String context = contextBody != null ? contextBody : byNumber;
    return checked(named != null ? named : context, number);
  }

  /** Whether the catalogue leaves it possible that this body adopted a resolution so numbered. */
  boolean mayHave(String body, String number) {
    return !catalogue.neverAdopted(new ResolutionId(body, number));
  }

  /** The body the sentence names for the citation at {@code offset}, or null. */
  private static String namedWithin(String text, int[] sentence, int offset) {
    String within = text.substring(sentence[0], sentence[1]);
    // A body named after the next citation of the sentence is that citation's: "Resolution 37 ...,
    // taking into account Resolution 139 (Rev. Dubai, 2018) of the Plenipotentiary Conference".
    Matcher next = NEXT_CITATION.matcher(within);
    if (next.find(Math.min(within.length(), offset - sentence[0] + 1))) {
      within = within.substring(0, next.start());
    }
    within = withoutEarlierOwners(within, offset - sentence[0]);
    return ResolutionBodies.namedNear(within, offset - sentence[0]);
  }

  /** What joins a citation to the body after it: "(Rev. Bucharest, 2022) of the". */
  private static final Pattern OWNER_LINK =
      Pattern.compile(
          "\\d+[A-Z]?(?:\\s*\\([^()]*\\))?\\s*(?:of\\s+the|of|de\\s+la|de\\s+l['’]|del|du|de|des)\\s+",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Where the body named after a citation ends: the clause's comma, semicolon or "and". */
  private static final Pattern CLAUSE_END = Pattern.compile("[,;]|\\s(?:and|et|y)\\s");

  /**
   * The sentence with the bodies that earlier citations name after them blanked out: in "Resolution
   * 177 (Rev. Bucharest, 2022) of the Plenipotentiary Conference, and ... Resolution 92", the
   * Plenipotentiary is 177's, not 92's. Blanks keep every offset.
   */
  private static String withoutEarlierOwners(String within, int at) {
    StringBuilder text = new StringBuilder(within);
    Matcher citation = NEXT_CITATION.matcher(within);
    Matcher link = OWNER_LINK.matcher(within);
    Matcher end = CLAUSE_END.matcher(within);
    while (citation.find() && citation.end() - 1 < at) {
      if (link.region(citation.end() - 1, at).lookingAt()) {
        int to = end.region(link.end(), at).find() ? end.start() : at;
        for (int i = link.end(); i < to; i++) {
          text.setCharAt(i, ' ');
        }
      }
    }
    return text.toString();
  }

  /**
   * The one body the document gave this number before, where the body was written or the revision
   * named its conference: "Resolutions 177 and 188 (Rev. Bucharest, 2022)" makes a later bare
   * "Resolution 188" the Plenipotentiary's too. Null when none, or when two bodies had it.
   */
  private String bodyCitedBefore(String number, List<Mention> earlier) {
    String cited = null;
    for (Mention mention : earlier) {
      boolean sure =
          !mention.inferred()
              || mention.qualifier() != null
                  && catalogue.bodyOfConference(mention.qualifier()).isPresent();
      if (sure && mention.body() != null && mention.number().equals(number)) {
        if (cited != null && !cited.equals(mention.body())) {
          return null;
        }
        cited = mention.body();
      }
    }
    return cited;
  }

  /** A line that holds a citation alone, under its clause number: "3.1 Resolution 9". */
  private static final Pattern HEADING_NUMBER = Pattern.compile("[\\d.]*\\s*");

  /**
   * The mentions, with the body of a heading that is a bare citation alone ("3.1 Resolution 9")
   * taken from the line under it: such a heading names what its section discusses, and the
   * section's first sentence cites it in full ("WTDC-10 revised Resolution 9 (Rev. Hyderabad,
   * 2010)"). Only where the document gave that number no body before.
   */
  List<Mention> withHeadingsSettled(String text, List<Mention> found) {
    List<Mention> settled = new ArrayList<>(found);
    for (int i = 0; i < settled.size(); i++) {
      Mention heading = settled.get(i);
      int lineStart = text.lastIndexOf('\n', heading.start()) + 1;
      int lineEnd = text.indexOf('\n', heading.end());
      if (!heading.inferred()
          || heading.qualifier() != null
          || lineEnd < 0
          || !HEADING_NUMBER.matcher(text.substring(lineStart, heading.start())).matches()
          || !text.substring(heading.end(), lineEnd).isBlank()
          || bodyCitedBefore(heading.number(), settled.subList(0, i)) != null) {
        continue;
      }
      int nextLineEnd = text.indexOf('\n', lineEnd + 1);
      int underEnd = nextLineEnd < 0 ? text.length() : nextLineEnd;
      List<Mention> underIt =
          settled.subList(i + 1, settled.size()).stream()
              .filter(m -> m.start() < underEnd)
              .toList();
      String body = bodyCitedBefore(heading.number(), underIt);
      if (body != null && !body.equals(heading.body())) {
        settled.set(
            i,
            new Mention(
                body,
                heading.number(),
                null,
                heading.title(),
                heading.start(),
                heading.end(),
                true));
      }
    }
    return settled;
  }

  /**
   * The deduced body, if the catalogue does not rule it out; else the one body the catalogue lists
   * such a resolution for ("WTDC Resolution 37 ... Resolution 133" is PP 133: WTDC's numbers stop
   * well before 133); else null, the body unknown.
   */
  private String checked(String body, String number) {
    if (!catalogue.neverAdopted(new ResolutionId(body, number))) {
      return body;
    }
    List<String> listed =
        catalogue.bodiesWith(number).stream()
            .filter(b -> !ResolutionBodies.UNITED_NATIONS.contains(b))
            .toList();
    return listed.size() == 1 ? listed.get(0) : null;
  }
}
