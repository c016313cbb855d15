package org.cwg.parse;

/** A file that cannot be turned into text, with a reason a user can act on. */
public final class UnreadableFileException extends Exception {

  private static final long serialVersionUID = 1L;

  private final FailureReason reason;

  public UnreadableFileException(FailureReason reason, String detail, Throwable cause) {
    super(
        detail == null || detail.isBlank() ? reason.label() : reason.label() + " (" + detail + ")",
        cause);
    this.reason = reason;
  }

  public UnreadableFileException(FailureReason reason, String detail) {
    this(reason, detail, null);
  }

  public FailureReason reason() {
    return reason;
  }
}
