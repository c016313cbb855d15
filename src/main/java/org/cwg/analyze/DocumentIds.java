package org.cwg.analyze;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable ids: the same file path always gets the same id, whatever its content. */
public final class DocumentIds {

  private DocumentIds() {}

  /** The first 12 hex digits of the SHA-256 of the file's absolute, normalised path. */
  public static String of(Path file) {
    String path = file.toAbsolutePath().normalize().toString();
    return HexFormat.of()
        .formatHex(sha256().digest(path.getBytes(StandardCharsets.UTF_8)))
        .substring(0, 12);
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
  }
}
