package org.cwg.structure;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.cwg.json.Json;

/**
 * An analyst's table of known metadata, by file: CSV with a header row, or JSON (an object keyed by
 * file, or an array of objects with a {@code file} field). Columns are the metadata's JSON names
 * ({@code number}, {@code group}, {@code meeting}, {@code place}, {@code meetingDate}, {@code
 * date}, {@code sources}, {@code title}, {@code type}, {@code language}); several sources are
 * separated by {@code ;}. Files are matched by name, or by the end of their path.
 */
public final class Manifest {

  private static final Manifest NONE = new Manifest(Map.of());
  private static final List<String> FILE_KEYS = List.of("file", "path", "filename");

  private final Map<String, Map<String, String>> byFile;

  private Manifest(Map<String, Map<String, String>> byFile) {
    this.byFile = byFile;
  }

  public static Manifest none() {
    return NONE;
  }

  /**
   * Reads a manifest; a file that cannot be read or has unknown columns is the user's error.
   *
   * @throws IllegalArgumentException naming the file and what is wrong with it
   */
  public static Manifest load(Path file) {
    try {
      String content = Files.readString(file, StandardCharsets.UTF_8);
      List<Map<String, String>> rows =
          file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")
              ? jsonRows(content)
              : ManifestCsv.rows(content);
      Map<String, Map<String, String>> byFile = new HashMap<>();
      for (Map<String, String> row : rows) {
        byFile.put(normalisePath(fileOf(row)), fieldsOf(row));
      }
      return new Manifest(byFile);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read manifest " + file + ": " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("manifest " + file + ": " + e.getMessage(), e);
    }
  }

  /** Fields the manifest gives for a file, by metadata field name; empty when none. */
  public Map<String, String> fieldsFor(Path file) {
    if (byFile.isEmpty()) {
      return Map.of();
    }
    Map<String, String> exact = byFile.get(file.getFileName().toString());
    if (exact != null) {
      return exact;
    }
    for (Map.Entry<String, Map<String, String>> entry : byFile.entrySet()) {
      if (names(entry.getKey(), file)) {
        return entry.getValue();
      }
    }
    return Map.of();
  }

  /** The rows, by the file they name as written, that name none of {@code files}; sorted. */
  public List<String> rowsMatchingNone(Collection<Path> files) {
    List<String> unmatched = new ArrayList<>();
    for (String row : byFile.keySet()) {
      if (files.stream().noneMatch(file -> names(row, file))) {
        unmatched.add(row);
      }
    }
    unmatched.sort(null);
    return unmatched;
  }

  /**
   * A fingerprint of the manifest's content, so that an ingest can tell when it changed and apply
   * it again to files that did not.
   */
  public String fingerprint() {
    try {
      byte[] rows = new TreeMap<>(byFile).toString().getBytes(StandardCharsets.UTF_8);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(rows));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
  }

  private static boolean names(String row, Path file) {
    Path name = file.getFileName();
    String path = normalisePath(file.toString());
    return (name != null && row.equals(name.toString()))
        || path.equals(row)
        || path.endsWith("/" + row);
  }

  /** How many files the manifest describes. */
  public int size() {
    return byFile.size();
  }

  private static String fileOf(Map<String, String> row) {
    for (String key : FILE_KEYS) {
      String value = row.get(key);
      if (value != null && !value.isBlank()) {
        return value.strip();
      }
    }
    throw new IllegalArgumentException("a row has no 'file' column: " + row);
  }

  private static Map<String, String> fieldsOf(Map<String, String> row) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (Map.Entry<String, String> cell : row.entrySet()) {
      String key = cell.getKey();
      if (FILE_KEYS.contains(key) || cell.getValue() == null || cell.getValue().isBlank()) {
        continue;
      }
      String field = key.equals("meeting_date") ? MetadataDraft.MEETING_DATE : key;
      if (!MetadataDraft.FIELDS.contains(field)) {
        throw new IllegalArgumentException(
            "unknown column '"
                + key
                + "'; known: file, "
                + String.join(", ", MetadataDraft.FIELDS));
      }
      String value = cell.getValue().strip();
      if (field.equals(MetadataDraft.MEETING) && !value.matches("\\d{1,4}")) {
        throw new IllegalArgumentException("meeting '" + value + "' is not a number");
      }
      fields.put(field, value);
    }
    return fields;
  }

  private static List<Map<String, String>> jsonRows(String content) throws IOException {
    JsonNode root = Json.mapper().readTree(content);
    List<Map<String, String>> rows = new java.util.ArrayList<>();
    if (root != null && root.isArray()) {
      for (JsonNode item : root) {
        rows.add(flatten(item, null));
      }
    } else if (root != null && root.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> entry = it.next();
        rows.add(flatten(entry.getValue(), entry.getKey()));
      }
    } else {
      throw new IllegalArgumentException("expected a JSON object or array");
    }
    return rows;
  }

  private static Map<String, String> flatten(JsonNode item, String file) {
    if (!item.isObject()) {
      throw new IllegalArgumentException("expected an object per file, got " + item);
    }
    Map<String, String> row = new LinkedHashMap<>();
    if (file != null) {
      row.put("file", file);
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = item.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      JsonNode value = field.getValue();
      if (value.isArray()) {
        List<String> parts = new java.util.ArrayList<>();
        value.forEach(v -> parts.add(v.asText()));
        row.put(field.getKey(), String.join("; ", parts));
      } else if (!value.isNull()) {
        row.put(field.getKey(), value.asText());
      }
    }
    return row;
  }

  private static String normalisePath(String path) {
    String p = path.replace('\\', '/');
    return p.startsWith("./") ? p.substring(2) : p;
  }
}
