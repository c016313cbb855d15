package org.cwg.parse;

/** Why a file could not be read. The label is what users see after the path. */
public enum FailureReason {
  ENCRYPTED("encrypted"),
  CORRUPT("corrupt"),
  EMPTY("empty"),
  UNSUPPORTED("unsupported type"),
  TOO_LARGE("too large"),
  TIMED_OUT("timed out"),
  UNREADABLE("unreadable");

  private final String label;

  FailureReason(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
