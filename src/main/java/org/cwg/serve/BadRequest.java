package org.cwg.serve;

/** A request the server cannot answer as asked: 400 with a one-line message. */
final class BadRequest extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  BadRequest(String message) {
    super(message);
  }
}
