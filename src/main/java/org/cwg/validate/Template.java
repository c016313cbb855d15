package org.cwg.validate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a family's template requires of one document type: cover fields and sections. The templates
 * are a table in {@code templates.txt} beside this class, so that they read like ITU's own
 * templates and change without code.
 *
 * @param coverFields the cover fields, in the template's order
 * @param sections the sections, in their usual order
 */
public record Template(List<RequiredField> coverFields, List<RequiredSection> sections) {

  /** The family column's value for a document whose family is unknown or other. */
  static final String ANY_FAMILY = "*";

  static final Template NONE = new Template(List.of(), List.of());

  private static final Map<String, Template> TABLE = load("templates.txt");

  public Template {
    coverFields = List.copyOf(coverFields);
    sections = List.copyOf(sections);
  }

  /**
   * The template of a family and type. A known family without a row for the type requires nothing;
   * an unknown family gets the {@code *} row.
   */
  static Template of(String family, String type) {
    if (type == null) {
      return NONE;
    }
    return TABLE.getOrDefault(key(family, type), NONE);
  }

  /** The table's key: {@code itu-t/td}, or {@code * /report} when the family is unknown. */
  static String key(String family, String type) {
    boolean known = family != null && !family.equals("other");
    return (known ? family : ANY_FAMILY) + "/" + type;
  }

  static Map<String, Template> load(String resource) {
    Map<String, Template> table = new HashMap<>();
    try (InputStream in = Template.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no " + resource + " beside " + Template.class);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int lineNumber = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        if (line.isBlank() || line.stripLeading().startsWith("#")) {
          continue;
        }
        String[] columns = line.strip().split("\\s+");
        if (columns.length != 4) {
          throw new IllegalStateException(
              resource + " line " + lineNumber + ": needs family, type, cover fields and sections");
        }
        String family =
            columns[0].equals(ANY_FAMILY) ? null : DocumentProfile.checkFamily(columns[0]);
        DocumentProfile.checkType(columns[1]);
        Template template =
            new Template(
                list(columns[2], RequiredField::parse), list(columns[3], RequiredSection::parse));
        if (table.put(key(family, columns[1]), template) != null) {
          throw new IllegalStateException(
              resource
                  + " line "
                  + lineNumber
                  + ": a second row for "
                  + columns[0]
                  + " "
                  + columns[1]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(table);
  }

  private static <T> List<T> list(String column, Function<String, T> parse) {
    return column.equals("-") ? List.of() : Arrays.stream(column.split(",")).map(parse).toList();
  }
}
