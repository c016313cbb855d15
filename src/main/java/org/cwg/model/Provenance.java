package org.cwg.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a metadata value was found, in decreasing order of authority. */
public enum Provenance {
  MANIFEST,
  COVER,
  FILENAME,
  PROPERTIES,
  TEXT;

  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return id();
  }
}
