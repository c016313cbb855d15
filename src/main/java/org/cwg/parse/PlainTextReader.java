package org.cwg.parse;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;

/**
 * Reads a plain-text file into a string, deciding its encoding the way a Windows user expects: a
 * byte order mark wins, then UTF-8 if every byte sequence is valid UTF-8, then Tika's statistical
 * guess, where ISO-8859-1 is read as its superset Windows-1252.
 *
 * <p>Tika's own text parsing is not used for .txt: it decodes Windows-1252 quotes, dashes and the
 * euro sign as replacement characters when it guesses ISO-8859-1, and it parses text with commas in
 * it as CSV, splitting sentences into table cells.
 */
final class PlainTextReader {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private final EncodingDetector detector;

  PlainTextReader(EncodingDetector detector) {
    this.detector = detector;
  }

  /** The file's text; stops with {@link FailureReason#TOO_LARGE} past {@code maxChars}. */
  String read(Path file, long maxChars) throws IOException, UnreadableFileException {
    Charset charset = charsetOf(file);
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[64 * 1024];
    try (Reader reader = new InputStreamReader(skipByteOrderMark(file), charset)) {
      for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
        if (text.length() + n > maxChars) {
          throw new UnreadableFileException(
              FailureReason.TOO_LARGE, "more than " + maxChars + " characters of text");
        }
        text.append(buffer, 0, n);
      }
    }
    return text.toString();
  }

  Charset charsetOf(Path file) throws IOException {
    Charset marked = byteOrderMark(file);
    if (marked != null) {
      return marked;
    }
    if (isValidUtf8(file)) {
      return StandardCharsets.UTF_8;
    }
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      Charset guessed = detector.detect(in, new Metadata());
      if (guessed == null
          || guessed.equals(StandardCharsets.ISO_8859_1)
          || guessed.equals(StandardCharsets.US_ASCII)) {
        return WINDOWS_1252;
      }
      return guessed;
    }
  }

  private static Charset byteOrderMark(Path file) throws IOException {
    byte[] head = new byte[3];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, 3);
    }
    if (n >= 3
        && (head[0] & 0xFF) == 0xEF
        && (head[1] & 0xFF) == 0xBB
        && (head[2] & 0xFF) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static InputStream skipByteOrderMark(Path file) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(file));
    Charset marked = byteOrderMark(file);
    if (marked != null) {
      in.skipNBytes(marked.equals(StandardCharsets.UTF_8) ? 3 : 2);
    }
    return in;
  }

  /** One streaming pass: strict UTF-8 decoding either gets to the end or it does not. */
  private static boolean isValidUtf8(Path file) throws IOException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
    CharBuffer chars = CharBuffer.allocate(64 * 1024);
    try (InputStream in = Files.newInputStream(file)) {
      boolean end = false;
      while (!end) {
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        end = n < 0;
        if (n > 0) {
          bytes.position(bytes.position() + n);
        }
        bytes.flip();
        if (decoder.decode(bytes, chars, end).isError()) {
          return false;
        }
        chars.clear();
        bytes.compact();
      }
      return !decoder.flush(chars).isError();
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
