package org.cwg.validate;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How bad a finding is, from worst to mildest. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  /** The name users type in rules files and {@code --fail-on}, and JSON carries. */
  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether a finding of this severity reaches the given threshold. */
  public boolean reaches(Severity threshold) {
    return ordinal() <= threshold.ordinal();
  }

  /** Parses {@code error}, {@code warning} or {@code info} (case-insensitive). */
  public static Severity fromId(String id) {
    for (Severity severity : values()) {
      if (severity.id().equalsIgnoreCase(id.strip())) {
        return severity;
      }
    }
    throw new IllegalArgumentException("unknown severity '" + id + "'; use error, warning or info");
  }

  @Override
  public String toString() {
    return id();
  }
}
