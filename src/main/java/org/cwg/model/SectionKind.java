package org.cwg.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a section of a contribution or report is for. */
public enum SectionKind {
  PURPOSE("purpose"),
  ACTION_REQUIRED("action-required"),
  REFERENCES("references"),
  SUMMARY("summary"),
  INTRODUCTION("introduction"),
  RATIONALE("rationale"),
  PROPOSAL("proposal"),
  TOPIC("topic"),
  OUTCOME("outcome"),
  DISCUSSION("discussion"),
  ACTIONS("actions"),
  ANNEX("annex"),
  ABSTRACT("abstract"),
  SCOPE("scope"),
  DEFINITIONS("definitions"),
  ABBREVIATIONS("abbreviations"),
  CONCLUSION("conclusion"),
  APPENDIX("appendix"),
  ATTACHMENT("attachment"),
  OTHER("other");

  private final String id;

  SectionKind(String id) {
    this.id = id;
  }

  /** The name users type and JSON carries, such as {@code action-required}. */
  @JsonValue
  public String id() {
    return id;
  }

  /** Parses a user-facing id such as {@code action-required} (case-insensitive). */
  @JsonCreator
  public static SectionKind fromId(String id) {
    String wanted = id.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    for (SectionKind kind : values()) {
      if (kind.id.equals(wanted)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("unknown section kind '" + id + "'");
  }

  @Override
  public String toString() {
    return id;
  }
}
