package org.cwg.generate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Copies a zip package with every entry dated 1980-01-01, so that the same document written twice
 * gives the same bytes (and the same hash, which incremental ingest relies on).
 */
final class StableZip {

  private static final LocalDateTime EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);

  private StableZip() {}

  static void copy(byte[] zip, OutputStream out) throws IOException {
    ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
    ZipOutputStream stable = new ZipOutputStream(out);
    for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
      ZipEntry copy = new ZipEntry(entry.getName());
      copy.setTimeLocal(EPOCH);
      stable.putNextEntry(copy);
      in.transferTo(stable);
      stable.closeEntry();
    }
    // Finish, not close: the caller owns the stream.
    stable.finish();
  }
}
