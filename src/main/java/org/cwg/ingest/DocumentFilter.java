package org.cwg.ingest;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which files an ingest takes: document types by default, so that a labels file, a script or a
 * spreadsheet lying next to the documents never becomes a "document". {@code --include} globs add
 * files, {@code --exclude} globs remove them; a glob matches a file's name or its path below the
 * folder being walked.
 */
public final class DocumentFilter {

  /** The extensions of the document types cwg reads (Word's templates are Word documents). */
  public static final List<String> DOCUMENT_EXTENSIONS =
      List.of("docx", "docm", "dotx", "dotm", "doc", "odt", "rtf", "pdf", "html", "htm", "txt");

  public static final String ARCHIVE_EXTENSION = "zip";

  private static final Set<String> TAKEN_BY_DEFAULT;

  static {
    TAKEN_BY_DEFAULT = new java.util.HashSet<>(DOCUMENT_EXTENSIONS);
    TAKEN_BY_DEFAULT.add(ARCHIVE_EXTENSION);
  }

  private final List<PathMatcher> include;
  private final List<PathMatcher> exclude;

  private DocumentFilter(List<String> include, List<String> exclude) {
    this.include = include.stream().map(DocumentFilter::glob).toList();
    this.exclude = exclude.stream().map(DocumentFilter::glob).toList();
  }

  public static DocumentFilter documents() {
    return new DocumentFilter(List.of(), List.of());
  }

  /** Document types, plus files matching {@code include}, minus files matching {@code exclude}. */
  public static DocumentFilter of(List<String> include, List<String> exclude) {
    return new DocumentFilter(include, exclude);
  }

  /** Whether to take a file found at {@code relative} below the walked folder. */
  public boolean takes(Path relative) {
    if (excludes(relative)) {
      return false;
    }
    return TAKEN_BY_DEFAULT.contains(extensionOf(relative)) || matchesAny(include, relative);
  }

  /** Whether an {@code --exclude} glob names the file. */
  public boolean excludes(Path relative) {
    return matchesAny(exclude, relative);
  }

  /** Whether to read a zip archive's member named {@code name} (its path inside the archive). */
  public boolean takesMember(String name) {
    Path member = Path.of(name);
    if (matchesAny(exclude, member)) {
      return false;
    }
    String extension = extensionOf(member);
    // An archive inside an archive is not opened: one level is what ITU hands out.
    return DOCUMENT_EXTENSIONS.contains(extension)
        || (!extension.equals(ARCHIVE_EXTENSION) && matchesAny(include, member));
  }

  static boolean isArchive(Path file) {
    return extensionOf(file).equals(ARCHIVE_EXTENSION);
  }

  private static boolean matchesAny(List<PathMatcher> globs, Path relative) {
    Path name = relative.getFileName();
    for (PathMatcher glob : globs) {
      if (glob.matches(relative) || (name != null && glob.matches(name))) {
        return true;
      }
    }
    return false;
  }

  private static String extensionOf(Path file) {
    Path name = file.getFileName();
    String text = name == null ? "" : name.toString();
    int dot = text.lastIndexOf('.');
    return dot < 0 ? "" : text.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static PathMatcher glob(String pattern) {
    try {
      return FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("bad glob '" + pattern + "': " + e.getMessage(), e);
    }
  }
}
