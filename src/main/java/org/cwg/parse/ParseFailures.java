package org.cwg.parse;

import java.nio.file.AccessDeniedException;
import java.util.Locale;

/** Maps what Tika, POI and PDFBox throw to a {@link FailureReason} and a short detail. */
final class ParseFailures {

  private ParseFailures() {}

  static UnreadableFileException classify(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof UnreadableFileException unreadable) {
        return unreadable;
      }
      if (t instanceof BlockCollector.TextLimitException) {
        return new UnreadableFileException(FailureReason.TOO_LARGE, t.getMessage(), failure);
      }
      String className = t.getClass().getName();
      String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (className.endsWith("EncryptedDocumentException")
          || message.contains("password")
          || message.contains("encrypted")) {
        return new UnreadableFileException(FailureReason.ENCRYPTED, "password-protected", failure);
      }
      if (message.contains("zip bomb")
          || message.contains("entity expansion")
          || message.contains("entityexpansion")
          || t instanceof OutOfMemoryError) {
        return new UnreadableFileException(FailureReason.TOO_LARGE, "expands too much", failure);
      }
      if (t instanceof AccessDeniedException) {
        return new UnreadableFileException(FailureReason.UNREADABLE, "permission denied", failure);
      }
      if (className.endsWith("OldFileFormatException")
          || className.endsWith("UnsupportedFormatException")) {
        return new UnreadableFileException(FailureReason.UNSUPPORTED, oneLine(t), failure);
      }
    }
    return new UnreadableFileException(FailureReason.CORRUPT, oneLine(rootOf(failure)), failure);
  }

  private static Throwable rootOf(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root;
  }

  private static String oneLine(Throwable t) {
    String message = t.getMessage();
    String name = t.getClass().getSimpleName();
    if (message == null || message.isBlank()) {
      return name;
    }
    String line = message.strip().lines().findFirst().orElse("");
    if (line.length() > 120) {
      line = line.substring(0, 117) + "...";
    }
    return name + ": " + line;
  }
}
