package org.cwg.serve;

/** What the address names does not exist: 404 with a one-line message. */
final class NotFound extends RuntimeException {

  private static final long serialVersionUID = 1L;

  NotFound(String message) {
    super(message);
  }
}
