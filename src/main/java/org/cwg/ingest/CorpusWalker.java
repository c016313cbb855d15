package org.cwg.ingest;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the files to ingest under the given paths: recursively, following symbolic links (loops are
 * reported, not followed), skipping hidden files and folders and Word's {@code ~$} lock files, and
 * taking in folders only the files the {@link DocumentFilter} takes. A file named on the command
 * line is taken unless excluded: the user asked for it.
 */
final class CorpusWalker {

  /** A file found by the walk, with the attributes read while walking. */
  record Found(Path path, long size, long modified) {}

  private final List<FailedFile> problems = new ArrayList<>();
  private final DocumentFilter filter;

  CorpusWalker(DocumentFilter filter) {
    this.filter = filter;
  }

  List<FailedFile> problems() {
    return problems;
  }

  /** A path given on the command line that does not exist is the user's error. */
  static void requireExisting(List<Path> roots) {
    for (Path root : roots) {
      if (!Files.exists(root)) {
        throw new IllegalArgumentException("no such file or folder: " + root);
      }
    }
  }

  List<Found> walk(List<Path> roots) throws IOException {
    requireExisting(roots);
    Map<Path, Found> found = new LinkedHashMap<>();
    for (Path root : roots) {
      Path start = root.toAbsolutePath().normalize();
      Files.walkFileTree(
          start,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              boolean isRoot =
                  roots.stream().anyMatch(r -> r.toAbsolutePath().normalize().equals(dir));
              return !isRoot && isHidden(dir)
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              Path relative = file.equals(start) ? file.getFileName() : start.relativize(file);
              boolean taken =
                  file.equals(start) ? !filter.excludes(relative) : filter.takes(relative);
              if (attrs.isRegularFile() && !isHidden(file) && !isLockFile(file) && taken) {
                found.putIfAbsent(
                    file, new Found(file, attrs.size(), attrs.lastModifiedTime().toMillis()));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              String reason =
                  e instanceof FileSystemLoopException
                      ? "symlink loop"
                      : e instanceof java.nio.file.AccessDeniedException
                          ? "unreadable (permission denied)"
                          : "unreadable (" + e.getClass().getSimpleName() + ")";
              problems.add(new FailedFile(file.toString(), reason));
              return FileVisitResult.CONTINUE;
            }
          });
    }
    return new ArrayList<>(found.values());
  }

  static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  static boolean isLockFile(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith("~$");
  }
}
