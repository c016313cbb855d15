package org.cwg.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads a zip archive member by member, as ITU hands out a meeting's documents, within zip-bomb
 * limits: at most {@link #MAX_MEMBERS} members, each inflating to at most the file size limit and
 * to at most {@link ZipExpansionGuard#MAX_RATIO} times its compressed size (beyond a small grace),
 * and the whole archive to at most {@link #MAX_TOTAL_FILES} files' worth of bytes.
 *
 * <p>Each member is extracted, under its own file name, to a temporary folder that is deleted when
 * the visitor returns, so the parser reads it as any other file.
 */
public final class ArchiveMembers {

  /** More members than any meeting's archive holds; a zip of a million empty files is a bomb. */
  static final int MAX_MEMBERS = 10_000;

  /** The archive as a whole may inflate to this many times the per-file size limit. */
  static final int MAX_TOTAL_FILES = 10;

  /** What to do with one member: read the extracted file, or note why it could not be. */
  public interface Visitor {
    void member(String name, Path extracted, long size) throws IOException;

    void failed(String name, UnreadableFileException why) throws IOException;
  }

  private ArchiveMembers() {}

  /**
   * Visits each member whose name {@code wanted} accepts, in the archive's order.
   *
   * @throws UnreadableFileException when the archive itself cannot be read or is a bomb
   */
  public static void read(Path zip, Predicate<String> wanted, ParserLimits limits, Visitor visitor)
      throws UnreadableFileException, IOException {
    Path folder = Files.createTempDirectory("cwg-zip-");
    try (ZipFile archive = new ZipFile(zip.toFile())) {
      if (archive.size() > MAX_MEMBERS) {
        throw new UnreadableFileException(
            FailureReason.TOO_LARGE,
            archive.size() + " members in one archive, the limit is " + MAX_MEMBERS);
      }
      long budget = limits.maxFileBytes() * MAX_TOTAL_FILES;
      Enumeration<? extends ZipEntry> entries = archive.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        String name = entry.getName();
        if (entry.isDirectory() || !wanted.test(name) || isHiddenOrUnsafe(name)) {
          continue;
        }
        Path extracted = folder.resolve(fileNameOf(name));
        long size;
        try {
          size = extract(archive, entry, extracted, Math.min(budget, limits.maxFileBytes()));
        } catch (UnreadableFileException e) {
          visitor.failed(name, e);
          continue;
        } catch (IOException e) {
          visitor.failed(name, new UnreadableFileException(FailureReason.CORRUPT, oneLine(e), e));
          continue;
        }
        budget -= size;
        try {
          visitor.member(name, extracted, size);
        } finally {
          Files.deleteIfExists(extracted);
        }
      }
    } catch (java.util.zip.ZipException e) {
      throw new UnreadableFileException(FailureReason.CORRUPT, "not a readable zip: " + oneLine(e));
    } finally {
      deleteTree(folder);
    }
  }

  /** Inflates one member into {@code target}; refuses it past the limits. Returns its size. */
  private static long extract(ZipFile archive, ZipEntry entry, Path target, long maxBytes)
      throws IOException, UnreadableFileException {
    long compressed = Math.max(1, entry.getCompressedSize());
    long limit =
        Math.min(
            maxBytes,
            Math.max(ZipExpansionGuard.GRACE_BYTES, compressed * ZipExpansionGuard.MAX_RATIO));
    long written = 0;
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = archive.getInputStream(entry);
        OutputStream out = Files.newOutputStream(target)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        written += n;
        if (written > limit) {
          throw new UnreadableFileException(
              FailureReason.TOO_LARGE, "expands too much: unzips to over " + limit + " bytes");
        }
        out.write(buffer, 0, n);
      }
    }
    return written;
  }

  /** Hidden files, Word lock files and names that climb out of the archive are never read. */
  private static boolean isHiddenOrUnsafe(String name) {
    String file = fileNameOf(name);
    return file.startsWith(".")
        || file.startsWith("~$")
        || name.startsWith("/")
        || List.of(name.split("[/\\\\]")).contains("..")
        || name.contains("__MACOSX/");
  }

  private static String fileNameOf(String name) {
    String[] parts = name.split("[/\\\\]");
    String last = parts.length == 0 ? "" : parts[parts.length - 1];
    return last.isEmpty() ? "member" : last;
  }

  private static String oneLine(Exception e) {
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("");
  }

  private static void deleteTree(Path folder) throws IOException {
    List<Path> paths = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.sorted(Comparator.reverseOrder()).forEach(paths::add);
    }
    for (Path path : paths) {
      Files.deleteIfExists(path);
    }
  }
}
