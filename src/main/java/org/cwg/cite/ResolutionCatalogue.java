package org.cwg.cite;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The resolutions cwg knows: their titles and revisions, kept in {@code resolutions.tsv} beside
 * this class so that adding one is a one-line change, and how far each body's numbers go, in {@code
 * resolution-numbering.tsv}. Citations of resolutions missing here work all the same; they just
 * show no title unless a document quotes one, and their revisions are not checked.
 */
public final class ResolutionCatalogue {

  /** A revision as catalogued: "Bucharest 2022", or a bare year for the Council and the UN. */
  private static final Pattern REVISION = Pattern.compile("(?<place>\\D*?)\\s*(?<year>\\d{4})");

  /** A year in a qualifier: "2018", or the two digits of "WRC-19" and "PP-18". */
  private static final Pattern YEAR =
      Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)|(?<=\\p{Lu}-)(\\d{2})(?!\\d)");

  /** Loaded last: the patterns above read it. */
  private static final ResolutionCatalogue BUILT_IN =
      load("resolutions.tsv", "resolution-numbering.tsv", "conferences.tsv");

  /**
   * One adoption or revision of a resolution.
   *
   * @param place the conference's city ("Bucharest"), or null for Council sessions and UN bodies
   * @param year the year it was adopted or revised
   */
  public record Revision(String place, int year) {

    @Override
    public String toString() {
      return place == null ? String.valueOf(year) : place + ", " + year;
    }
  }

  /**
   * How far a body's numbers went in a year.
   *
   * @param highest no resolution of the body was numbered above this
   * @param year the year the bound was checked for
   */
  public record Numbering(int highest, int year) {}

  private final Map<ResolutionId, String> titles;

  /** Every resolution listed, in catalogue order, with its known revisions (perhaps none). */
  private final Map<ResolutionId, List<Revision>> revisions;

  private final Map<String, Numbering> numbering;

  /** "bucharest 2022" (place folded to ASCII lower case, then the year) to its body. */
  private final Map<String, String> conferences;

  private ResolutionCatalogue(
      Map<ResolutionId, String> titles,
      Map<ResolutionId, List<Revision>> revisions,
      Map<String, Numbering> numbering,
      Map<String, String> conferences) {
    this.conferences = Map.copyOf(conferences);
    this.titles = Map.copyOf(titles);
    this.revisions = Collections.unmodifiableMap(new LinkedHashMap<>(revisions));
    this.numbering = Map.copyOf(numbering);
  }

  public static ResolutionCatalogue builtIn() {
    return BUILT_IN;
  }

  /** The catalogue's title of a resolution. */
  public Optional<String> title(ResolutionId id) {
    return Optional.ofNullable(titles.get(id));
  }

  /** Every resolution the catalogue knows by title. */
  public Map<ResolutionId, String> all() {
    return titles;
  }

  /** Whether the catalogue lists this resolution. */
  public boolean lists(ResolutionId id) {
    return revisions.containsKey(id);
  }

  /** The known adoption and revisions of a resolution, oldest first; empty when none is known. */
  public List<Revision> revisions(ResolutionId id) {
    return revisions.getOrDefault(id, List.of());
  }

  /** The latest revision known to have been made by {@code year}, if any. */
  public Optional<Revision> latestBy(ResolutionId id, int year) {
    Revision latest = null;
    for (Revision revision : revisions(id)) {
      if (revision.year() <= year) {
        latest = revision;
      }
    }
    return Optional.ofNullable(latest);
  }

  /**
   * Whether the catalogue can tell that this resolution was never adopted: its body's numbers are
   * bounded and this one lies beyond, and the catalogue does not list it. UN numbers
   * (session/number) are never judged.
   */
  public boolean neverAdopted(ResolutionId id) {
    Numbering bound = numbering.get(id.body());
    if (bound == null || lists(id) || !id.number().matches("\\d{1,4}")) {
      return false;
    }
    return Integer.parseInt(id.number()) > bound.highest();
  }

  /** The bodies the catalogue lists a resolution with this number for, in catalogue order. */
  public List<String> bodiesWith(String number) {
    List<String> bodies = new ArrayList<>();
    for (ResolutionId id : revisions.keySet()) {
      if (id.number().equals(number) && !bodies.contains(id.body())) {
        bodies.add(id.body());
      }
    }
    return bodies;
  }

  /**
   * The body whose conference a qualifier names: "Rev. Kigali, 2022" is WTDC's, "Rev. Dubai, 2018"
   * the Plenipotentiary's, "Rev. Dubai, 2012" WTSA's.
   */
  public Optional<String> bodyOfConference(String qualifier) {
    Optional<Integer> year = yearOf(qualifier);
    if (year.isEmpty()) {
      return Optional.empty();
    }
    String folded = fold(qualifier);
    for (Map.Entry<String, String> conference : conferences.entrySet()) {
      String key = conference.getKey();
      int space = key.lastIndexOf(' ');
      if (key.substring(space + 1).equals(String.valueOf(year.get()))
          && folded.contains(key.substring(0, space))) {
        return Optional.of(conference.getValue());
      }
    }
    return Optional.empty();
  }

  /** Lower case without accents: "Florianópolis" and "Florianopolis" are one place. */
  private static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .strip();
  }

  /**
   * Whether a body revises its resolutions: ITU's conferences and Council do; UN bodies (UNGA,
   * ECOSOC, UNSC) adopt a new resolution instead, so their citations need no revision.
   */
  public static boolean isRevised(String body) {
    return !ResolutionBodies.UNITED_NATIONS.contains(body);
  }

  /**
   * The year a qualifier such as "Rev. Dubai, 2018", "Modified 2019" or "Rev.WRC-19" names, if any.
   */
  public static Optional<Integer> yearOf(String qualifier) {
    if (qualifier == null) {
      return Optional.empty();
    }
    Matcher year = YEAR.matcher(qualifier);
    Integer last = null;
    while (year.find()) {
      last = Integer.parseInt(year.group(1) != null ? year.group(1) : "20" + year.group(2));
    }
    return Optional.ofNullable(last);
  }

  private static ResolutionCatalogue load(String resolutions, String bounds, String places) {
    Map<ResolutionId, String> titles = new LinkedHashMap<>();
    Map<ResolutionId, List<Revision>> revisions = new LinkedHashMap<>();
    Map<String, Numbering> numbering = new LinkedHashMap<>();
    readRows(
        resolutions,
        cells -> {
          ResolutionId id = new ResolutionId(cells[0], cells[1]);
          if (!cells[2].isBlank()) {
            titles.put(id, cells[2].strip());
          }
          revisions.put(
              id, cells.length > 3 && !cells[3].isBlank() ? parseRevisions(cells[3]) : List.of());
        });
    readRows(
        bounds,
        cells ->
            numbering.put(
                cells[0],
                new Numbering(
                    Integer.parseInt(cells[1].strip()), Integer.parseInt(cells[2].strip()))));
    Map<String, String> conferences = new LinkedHashMap<>();
    readRows(places, cells -> conferences.put(fold(cells[1]) + " " + cells[2].strip(), cells[0]));
    return new ResolutionCatalogue(titles, revisions, numbering, conferences);
  }

  private static List<Revision> parseRevisions(String cell) {
    List<Revision> list = new ArrayList<>();
    for (String written : cell.split(";")) {
      Matcher m = REVISION.matcher(written.strip());
      if (!m.matches()) {
        throw new IllegalStateException("not a revision: " + written);
      }
      String place = m.group("place").strip();
      list.add(new Revision(place.isEmpty() ? null : place, Integer.parseInt(m.group("year"))));
    }
    return List.copyOf(list);
  }

  private static void readRows(String resource, Consumer<String[]> row) {
    try (InputStream in = ResolutionCatalogue.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          row.accept(line.split("\t", -1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
