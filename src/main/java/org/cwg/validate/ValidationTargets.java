package org.cwg.validate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.cwg.model.NaturalOrder;

/**
 * The files a validate run checks: every file named, and under every folder named the documents (by
 * extension), skipping hidden files and folders and Word's {@code ~$} lock files.
 */
public final class ValidationTargets {

  /** Extensions of the documents picked up from folders; named files are checked whatever. */
  static final Set<String> DOCUMENT_EXTENSIONS =
      Set.of("docx", "docm", "dotx", "dotm", "doc", "odt", "rtf", "pdf", "html", "htm", "txt");

  /**
   * A file to check.
   *
   * @param shown the path as findings name it: as the user wrote it, with forward slashes
   * @param file the file on disk
   * @param argument the PATH argument it was found under, where its rules file is looked up
   */
  public record Target(String shown, Path file, Path argument) {}

  private ValidationTargets() {}

  public static List<Target> of(List<Path> arguments) {
    Map<Path, Target> targets = new LinkedHashMap<>();
    for (Path argument : arguments) {
      if (!Files.exists(argument)) {
        throw new IllegalArgumentException("no such file or folder: " + argument);
      }
      List<Path> files = Files.isDirectory(argument) ? documentsUnder(argument) : List.of(argument);
      for (Path file : files) {
        targets.putIfAbsent(
            file.toAbsolutePath().normalize(), new Target(shown(file), file, argument));
      }
    }
    return new ArrayList<>(targets.values());
  }

  private static List<Path> documentsUnder(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(path -> !isHiddenBelow(folder, path))
          .filter(Files::isRegularFile)
          .filter(ValidationTargets::isDocument)
          .sorted((a, b) -> NaturalOrder.INSTANCE.compare(a.toString(), b.toString()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isHiddenBelow(Path folder, Path path) {
    for (Path part : folder.relativize(path)) {
      String name = part.toString();
      if (name.startsWith(".") || name.startsWith("~$")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDocument(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0
        && DOCUMENT_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  private static String shown(Path file) {
    String path = file.normalize().toString().replace('\\', '/');
    return path.startsWith("./") ? path.substring(2) : path;
  }
}
