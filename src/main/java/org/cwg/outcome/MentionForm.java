package org.cwg.outcome;

import com.fasterxml.jackson.annotation.JsonValue;

/** The ways a report names a contribution. Ids are part of the JSON interface. */
public enum MentionForm {
  /** The number in full, in any written form: "CWG-Internet-20/4", "CWG-Internet-20/1R2". */
  FULL("full-number"),
  /** Meeting and number without the group: "Document 20/4", "Contribution 20/4". */
  MEETING_NUMBER("meeting-number"),
  /** The number alone, in the report's meeting: "Doc. 7", "Document 7", "Contribution 5". */
  SHORT("short-number"),
  /** "the contribution from Brazil (Document 7)": a Member State, then the number in brackets. */
  MEMBER_STATE("member-state"),
  /**
   * "the contribution from Brazil" without a number: the meeting's one contribution from that
   * Member State (no link when it made several).
   */
  MEMBER_STATE_ALONE("member-state-alone");

  private final String id;

  MentionForm(String id) {
    this.id = id;
  }

  @JsonValue
  public String id() {
    return id;
  }

  @Override
  public String toString() {
    return id;
  }
}
