package org.cwg.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.detect.zip.DefaultZipContainerDetector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;

/**
 * Extracts paragraphs and properties from a file with Apache Tika, within {@link ParserLimits}.
 *
 * <p>Thread-safe; create one per process, since building Tika's parser registry costs a few hundred
 * milliseconds. Each parse runs on a daemon thread of its own so that a file which hangs the parser
 * costs its caller no more than the timeout.
 */
public final class DocumentParser implements AutoCloseable {

  private static final Set<String> SUPPORTED =
      Set.of(
          "application/msword",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.template",
          "application/vnd.ms-word.document.macroenabled.12",
          "application/vnd.ms-word.template.macroenabled.12",
          "application/vnd.ms-word2006ml",
          "application/x-tika-msoffice",
          "application/x-tika-ooxml",
          "application/vnd.oasis.opendocument.text",
          "application/vnd.oasis.opendocument.text-template",
          "application/rtf",
          "application/pdf",
          "text/html",
          "application/xhtml+xml");

  /** Web archives ("single file web pages"), read through their HTML page. */
  private static final Set<String> WEB_ARCHIVES = Set.of("multipart/related", "message/rfc822");

  /** A zip's local file header, with which every .docx and .odt starts. */
  private static final byte[] ZIP_SIGNATURE = {'P', 'K', 3, 4};

  private static final Set<String> ENCRYPTED_TYPES =
      Set.of("application/x-tika-ooxml-protected", "application/x-tika-msoffice-encrypted");

  private final ParserLimits limits;
  private final Detector detector;
  private final Detector zipContainers;
  private final Parser parser;
  private final ExecutorService threads;
  private final PlainTextReader plainText;

  public DocumentParser(ParserLimits limits) {
    this.limits = limits;
    JaxpDefaults.pin();
    TikaConfig config = TikaConfig.getDefaultConfig();
    this.detector = config.getDetector();
    this.zipContainers = new DefaultZipContainerDetector();
    AutoDetectParser autoDetect = new ParserPerType(config);
    // parseNow has detected the type already; detecting a .docx opens its package, and doing it
    // twice cost a third of all parsing time.
    autoDetect.setDetector(new KnownType(detector));
    this.parser = autoDetect;
    this.plainText = new PlainTextReader(config.getEncodingDetector());
    AtomicInteger counter = new AtomicInteger();
    this.threads =
        Executors.newCachedThreadPool(
            task -> {
              Thread thread = new Thread(task, "cwg-parse-" + counter.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  /** Parses one file, or explains in one line why it cannot be read. */
  public ParsedDocument parse(Path file) throws UnreadableFileException {
    return parse(file, Function.identity());
  }

  /**
   * Parses one file and hands the result to {@code then}, both within the time limit: the analysis
   * that follows parsing (patterns run over the whole text) is as bounded as Tika.
   */
  public <T> T parse(Path file, Function<ParsedDocument, T> then) throws UnreadableFileException {
    long size = sizeOf(file);
    if (size == 0) {
      throw new UnreadableFileException(FailureReason.EMPTY, "0 bytes");
    }
    if (size > limits.maxFileBytes()) {
      throw new UnreadableFileException(
          FailureReason.TOO_LARGE, size + " bytes, the limit is " + limits.maxFileBytes());
    }
    Future<T> result = threads.submit(() -> then.apply(parseNow(file)));
    try {
      return result.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      result.cancel(true);
      throw new UnreadableFileException(
          FailureReason.TIMED_OUT, "no result after " + limits.timeout().toSeconds() + " s");
    } catch (InterruptedException e) {
      result.cancel(true);
      Thread.currentThread().interrupt();
      throw new UnreadableFileException(FailureReason.TIMED_OUT, "interrupted");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof UnreadableFileException unreadable) {
        throw unreadable;
      }
      throw ParseFailures.classify(e.getCause());
    }
  }

  /** Detects a file's media type from its content. */
  public String detect(Path file) throws IOException {
    try (TikaInputStream in = TikaInputStream.get(file)) {
      return typeOf(in).getBaseType().toString();
    }
  }

  private ParsedDocument parseNow(Path file) throws Exception {
    try (TikaInputStream in = TikaInputStream.get(file)) {
      // Content alone decides the type: a .docx that is not a Word file must not reach POI.
      MediaType type = typeOf(in);
      Metadata metadata = new Metadata();
      metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
      if (type.equals(MediaType.OCTET_STREAM) && isNamedAsText(metadata)) {
        // Single-byte Cyrillic or Greek text has no signature and fools the byte statistics;
        // a .txt name is trusted only when the content itself says nothing.
        type = MediaType.TEXT_PLAIN;
      }
      String baseType = type.getBaseType().toString();
      if (ENCRYPTED_TYPES.contains(baseType)) {
        throw new UnreadableFileException(FailureReason.ENCRYPTED, "password-protected");
      }
      if (baseType.startsWith("text/") && !baseType.equals("text/html")) {
        // Tika's text parsers guess CSV/TSV from content, and tabs after section numbers make a
        // contribution look like a table: text files are read as lines, in their own encoding.
        return plainText(file);
      }
      if (WEB_ARCHIVES.contains(baseType)) {
        return webArchive(in, metadata);
      }
      if (!SUPPORTED.contains(baseType)) {
        throw new UnreadableFileException(FailureReason.UNSUPPORTED, baseType);
      }
      ZipExpansionGuard.check(file, limits.maxTextChars());
      metadata.set(Metadata.CONTENT_TYPE, type.toString());
      Optional<byte[]> hyphens =
          isWordPackage(baseType) ? WordHyphens.restored(file) : Optional.empty();
      if (hyphens.isPresent()) {
        try (TikaInputStream copy = TikaInputStream.get(hyphens.get())) {
          return collect(copy, metadata, baseType);
        }
      }
      return collect(in, metadata, baseType);
    } catch (ZeroByteFileException e) {
      throw new UnreadableFileException(FailureReason.EMPTY, "0 bytes", e);
    } catch (EncryptedDocumentException e) {
      throw new UnreadableFileException(FailureReason.ENCRYPTED, "password-protected", e);
    }
  }

  /** A .docx, .dotx or .docm: a zip whose text parts are WordprocessingML. */
  private static boolean isWordPackage(String baseType) {
    return baseType.contains("wordprocessingml")
        || baseType.startsWith("application/vnd.ms-word.")
        || baseType.equals("application/x-tika-ooxml");
  }

  /** Reads the HTML page of a web archive as the HTML file it stands for. */
  private ParsedDocument webArchive(InputStream in, Metadata metadata) throws Exception {
    WebArchive.Page page =
        WebArchive.htmlOf(in)
            .orElseThrow(
                () ->
                    new UnreadableFileException(
                        FailureReason.UNSUPPORTED, "web archive without HTML"));
    metadata.set(
        Metadata.CONTENT_TYPE,
        "text/html" + (page.charset() == null ? "" : "; charset=" + page.charset()));
    try (TikaInputStream html = TikaInputStream.get(page.html())) {
      return collect(html, metadata, "text/html");
    }
  }

  private ParsedDocument collect(InputStream in, Metadata metadata, String baseType)
      throws Exception {
    BlockCollector collector = new BlockCollector(limits.maxTextChars());
    parser.parse(in, collector, metadata, parseContext());
    List<Block> blocks = collector.blocks();
    if (blocks.stream().allMatch(block -> block.text().isBlank())) {
      throw new UnreadableFileException(FailureReason.EMPTY, "no text");
    }
    return new ParsedDocument(baseType, blocks, propertiesOf(metadata), true);
  }

  /**
   * The type Tika's detectors agree on. A zip that its container detector already names as a Word
   * document skips the magic patterns: they are tried by the hundred, some over the first
   * kilobytes, which cost a sixth of all parsing time, and none of them can name a zip more
   * precisely than its parts do (the composite detector keeps the most specific type).
   */
  private MediaType typeOf(TikaInputStream in) throws IOException {
    if (startsWithZipSignature(in)) {
      MediaType type = zipContainers.detect(in, new Metadata());
      if (SUPPORTED.contains(type.getBaseType().toString())) {
        return type;
      }
    }
    return detector.detect(in, new Metadata());
  }

  private static boolean startsWithZipSignature(InputStream in) throws IOException {
    in.mark(ZIP_SIGNATURE.length);
    try {
      for (byte expected : ZIP_SIGNATURE) {
        if (in.read() != (expected & 0xff)) {
          return false;
        }
      }
      return true;
    } finally {
      in.reset();
    }
  }

  private boolean isNamedAsText(Metadata named) throws IOException {
    return detector.detect(null, named).equals(MediaType.TEXT_PLAIN);
  }

  private ParsedDocument plainText(Path file) throws IOException, UnreadableFileException {
    String text = plainText.read(file, limits.maxTextChars());
    if (text.isBlank()) {
      throw new UnreadableFileException(FailureReason.EMPTY, "no text");
    }
    return ParsedDocument.ofPlainText(text);
  }

  /**
   * How cwg asks Tika to parse: the streaming .docx extractor, no macros, no embedded files. Public
   * so that the benchmark measures raw extraction with exactly this configuration.
   */
  public static ParseContext parseContext() {
    ParseContext context = new ParseContext();
    OfficeParserConfig office = new OfficeParserConfig();
    // The streaming .docx extractor is ~60 % faster than the DOM one and keeps styles.
    office.setUseSAXDocxExtractor(true);
    office.setExtractMacros(false);
    context.set(OfficeParserConfig.class, office);
    // Embedded files (OLE objects, images) are not part of a contribution's text.
    context.set(Parser.class, new org.apache.tika.parser.EmptyParser());
    return context;
  }

  /** The type the caller put in the metadata, or what the fallback makes of the content. */
  private record KnownType(Detector fallback) implements Detector {
    @Override
    public MediaType detect(InputStream in, Metadata metadata) throws IOException {
      String known = metadata.get(Metadata.CONTENT_TYPE);
      MediaType type = known == null ? null : MediaType.parse(known);
      return type != null ? type : fallback.detect(in, metadata);
    }
  }

  /**
   * Tika's parser for each media type, looked up once. Tika builds a map of every parser's types
   * each time it picks one, which cost about a twentieth of the CPU of parsing a .docx; cwg parses
   * every file with the same parse context, so the answer for a type never changes.
   */
  private static final class ParserPerType extends AutoDetectParser {
    private static final long serialVersionUID = 1L;

    private final Map<String, Parser> byType = new ConcurrentHashMap<>();

    ParserPerType(TikaConfig config) {
      super(config);
    }

    @Override
    protected Parser getParser(Metadata metadata, ParseContext context) {
      String type = metadata.get(Metadata.CONTENT_TYPE);
      if (type == null) {
        return super.getParser(metadata, context);
      }
      return byType.computeIfAbsent(type, known -> super.getParser(metadata, context));
    }
  }

  private static Map<String, String> propertiesOf(Metadata metadata) {
    Map<String, String> properties = new LinkedHashMap<>();
    for (String name : metadata.names()) {
      String value = metadata.get(name);
      if (value != null && !value.isBlank() && !name.startsWith("X-TIKA")) {
        properties.put(name.toLowerCase(Locale.ROOT), value.strip());
      }
    }
    return properties;
  }

  private static long sizeOf(Path file) throws UnreadableFileException {
    try {
      if (!Files.isReadable(file)) {
        throw new UnreadableFileException(FailureReason.UNREADABLE, "permission denied");
      }
      return Files.size(file);
    } catch (NoSuchFileException e) {
      throw new UnreadableFileException(FailureReason.UNREADABLE, "no such file", e);
    } catch (AccessDeniedException e) {
      throw new UnreadableFileException(FailureReason.UNREADABLE, "permission denied", e);
    } catch (IOException e) {
      throw new UnreadableFileException(FailureReason.UNREADABLE, e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    threads.shutdownNow();
  }
}
