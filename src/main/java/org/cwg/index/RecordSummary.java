package org.cwg.index;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.cwg.model.ProposalItem;

/**
 * What a search hit shows of its document, streamed out of the stored record JSON. Binding the
 * whole {@link org.cwg.model.DocumentRecord} costs a cold process about a tenth of a second of
 * deserializer set-up for a handful of fields; a token stream needs no set-up at all. The values
 * are the record's own, so hits read the same either way.
 *
 * @param id the document's id
 * @param path the document's file
 * @param number document number, or null
 * @param meeting meeting number, or null
 * @param date document date, or null
 * @param sources submitting Member States or entities, as written
 * @param title the document's title, or null
 * @param type the document's type, or null
 * @param sections heading and number of each section, in order
 * @param json the stored record, for the proposals of the few hits that show them
 */
public record RecordSummary(
    String id,
    String path,
    String number,
    Integer meeting,
    String date,
    List<String> sources,
    String title,
    String type,
    List<SectionLabel> sections,
    String json) {

  private static final JsonFactory TOKENS = new JsonFactory();

  /**
   * A section as a hit names it.
   *
   * @param heading the heading as written
   * @param number the number as printed, or null
   */
  public record SectionLabel(String heading, String number) {}

  /** Reads a stored record; the JSON must be one {@link DocumentMapper} wrote. */
  public static RecordSummary of(String json) {
    try (JsonParser parser = TOKENS.createParser(json)) {
      Builder summary = new Builder();
      expect(parser.nextToken(), JsonToken.START_OBJECT);
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        parser.nextToken();
        switch (name) {
          case "id" -> summary.id = parser.getValueAsString();
          case "file" -> summary.file(parser);
          case "metadata" -> summary.metadata(parser);
          case "sections" -> summary.sections(parser);
          default -> parser.skipChildren();
        }
      }
      return new RecordSummary(
          summary.id,
          summary.path,
          summary.number,
          summary.meeting,
          summary.date,
          List.copyOf(summary.sources),
          summary.title,
          summary.type,
          List.copyOf(summary.sections),
          json);
    } catch (IOException e) {
      throw new UncheckedIOException("damaged record in the index", e);
    }
  }

  /** The document's proposal items, read from the stored record on demand. */
  public List<ProposalItem> proposals() {
    try (JsonParser parser = TOKENS.createParser(json)) {
      expect(parser.nextToken(), JsonToken.START_OBJECT);
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        parser.nextToken();
        if (name.equals("proposals") && parser.currentToken() == JsonToken.START_ARRAY) {
          List<ProposalItem> items = new ArrayList<>();
          while (parser.nextToken() == JsonToken.START_OBJECT) {
            String number = null;
            String text = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
              String field = parser.currentName();
              parser.nextToken();
              switch (field) {
                case "number" -> number = parser.getValueAsString();
                case "text" -> text = parser.getValueAsString();
                default -> parser.skipChildren();
              }
            }
            items.add(new ProposalItem(number, text));
          }
          return items;
        }
        parser.skipChildren();
      }
      return List.of();
    } catch (IOException e) {
      throw new UncheckedIOException("damaged record in the index", e);
    }
  }

  private static void expect(JsonToken actual, JsonToken wanted) throws IOException {
    if (actual != wanted) {
      throw new IOException("expected " + wanted + " but found " + actual);
    }
  }

  /** The fields as they stream by; absent ones stay null like the record's. */
  private static final class Builder {
    private String id;
    private String path;
    private String number;
    private Integer meeting;
    private String date;
    private final List<String> sources = new ArrayList<>();
    private String title;
    private String type;
    private final List<SectionLabel> sections = new ArrayList<>();

    void file(JsonParser parser) throws IOException {
      if (parser.currentToken() != JsonToken.START_OBJECT) {
        return;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        parser.nextToken();
        if (name.equals("path")) {
          path = parser.getValueAsString();
        } else {
          parser.skipChildren();
        }
      }
    }

    void metadata(JsonParser parser) throws IOException {
      if (parser.currentToken() != JsonToken.START_OBJECT) {
        return;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        parser.nextToken();
        switch (name) {
          case "number" -> number = parser.getValueAsString();
          case "meeting" ->
              meeting = parser.currentToken() == JsonToken.VALUE_NULL ? null : parser.getIntValue();
          case "date" -> date = parser.getValueAsString();
          case "title" -> title = parser.getValueAsString();
          case "type" -> type = parser.getValueAsString();
          case "sources" -> strings(parser, sources);
          default -> parser.skipChildren();
        }
      }
    }

    void sections(JsonParser parser) throws IOException {
      if (parser.currentToken() != JsonToken.START_ARRAY) {
        return;
      }
      while (parser.nextToken() == JsonToken.START_OBJECT) {
        String heading = null;
        String sectionNumber = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          parser.nextToken();
          switch (name) {
            case "heading" -> heading = parser.getValueAsString();
            case "number" -> sectionNumber = parser.getValueAsString();
            default -> parser.skipChildren();
          }
        }
        sections.add(new SectionLabel(heading, sectionNumber));
      }
    }

    private static void strings(JsonParser parser, List<String> into) throws IOException {
      if (parser.currentToken() != JsonToken.START_ARRAY) {
        return;
      }
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        into.add(parser.getValueAsString());
      }
    }
  }
}
