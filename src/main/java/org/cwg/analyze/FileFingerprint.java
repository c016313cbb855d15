package org.cwg.analyze;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.HexFormat;

/** Size, modification time and content hash of a file. */
public final class FileFingerprint {

  private FileFingerprint() {}

  /** Hex SHA-256 of the file's bytes, read in a streaming way. */
  public static String sha256(Path file) throws IOException {
    MessageDigest digest = DocumentIds.sha256();
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** Size and modification time, without reading the content. */
  public static BasicFileAttributes attributes(Path file) throws IOException {
    return Files.readAttributes(file, BasicFileAttributes.class);
  }
}
