package org.cwg.parse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Word writes a non-breaking hyphen ("ITU‑T") and an optional hyphen as elements of their own,
 * {@code <w:noBreakHyphen/>} and {@code <w:softHyphen/>}, which Tika's streaming .docx extractor
 * drops: "ITU-T" would read "ITUT". A copy of the package whose text parts write them as the
 * characters they stand for (U+2011 and U+00AD) restores them.
 *
 * <p>Only a package that has such an element is copied; the others are parsed as they are.
 */
final class WordHyphens {

  /** Either element, with whatever prefix the part gives Word's namespace. */
  private static final Pattern HYPHEN = Pattern.compile("<(\\w+):(noBreakHyphen|softHyphen)\\s*/>");

  private WordHyphens() {}

  /** The package with its hyphens written as text, or empty when it has none (or is no zip). */
  static Optional<byte[]> restored(Path docx) {
    try (ZipFile zip = new ZipFile(docx.toFile())) {
      Map<String, String> changed = new LinkedHashMap<>();
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        if (isTextPart(entry.getName())) {
          byte[] bytes = read(zip, entry);
          // Most parts have neither element: look for its name before decoding the part.
          if (contains(bytes, MARK)) {
            String xml = new String(bytes, StandardCharsets.UTF_8);
            String written = withHyphensAsText(xml);
            if (!written.equals(xml)) {
              changed.put(entry.getName(), written);
            }
          }
        }
      }
      return changed.isEmpty() ? Optional.empty() : Optional.of(copy(zip, changed));
    } catch (IOException e) {
      // Not a zip Java can read: Tika gives its own verdict on the original.
      return Optional.empty();
    }
  }

  /** The part's markup with each hyphen element replaced by a text element holding it. */
  static String withHyphensAsText(String xml) {
    Matcher m = HYPHEN.matcher(xml);
    StringBuilder out = new StringBuilder(xml.length());
    while (m.find()) {
      String prefix = m.group(1);
      String hyphen = m.group(2).equals("noBreakHyphen") ? "\u2011" : "\u00ad";
      m.appendReplacement(
          out, Matcher.quoteReplacement("<" + prefix + ":t>" + hyphen + "</" + prefix + ":t>"));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The parts that hold text: the body, headers, footers, notes and comments. */
  private static boolean isTextPart(String name) {
    return name.startsWith("word/") && name.endsWith(".xml") && name.indexOf('/', 5) < 0;
  }

  private static byte[] read(ZipFile zip, ZipEntry entry) throws IOException {
    try (InputStream in = zip.getInputStream(entry)) {
      return in.readAllBytes();
    }
  }

  /** What both elements' names end with, in the part's UTF-8 bytes. */
  private static final byte[] MARK = "Hyphen".getBytes(StandardCharsets.US_ASCII);

  private static boolean contains(byte[] bytes, byte[] mark) {
    outer:
    for (int i = 0; i <= bytes.length - mark.length; i++) {
      for (int j = 0; j < mark.length; j++) {
        if (bytes[i + j] != mark[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  private static byte[] copy(ZipFile zip, Map<String, String> changed) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      // The copy lives only as long as the parse: speed matters more than its size.
      out.setLevel(Deflater.BEST_SPEED);
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        out.putNextEntry(new ZipEntry(entry.getName()));
        String written = changed.get(entry.getName());
        if (written != null) {
          out.write(written.getBytes(StandardCharsets.UTF_8));
        } else {
          try (InputStream in = zip.getInputStream(entry)) {
            in.transferTo(out);
          }
        }
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
