package org.cwg.serve;

/** No committed index to read yet (none, being built, of an older layout): 503, with why. */
final class IndexUnavailable extends RuntimeException {

  private static final long serialVersionUID = 1L;

  IndexUnavailable(String message) {
    super(message);
  }
}
