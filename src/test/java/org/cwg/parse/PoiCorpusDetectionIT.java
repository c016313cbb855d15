package org.cwg.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.junit.jupiter.api.Test;

/** Every file of Apache POI's hostile test corpus gets the type Tika's detectors give it. */
class PoiCorpusDetectionIT {

  @Test
  void everyFileOfThePoiCorpusGetsTikasType() throws IOException {
    Path corpus = Path.of(System.getProperty("cwg.corpus.dir", "../shared/corpus"), "poi");
    assumeTrue(Files.isDirectory(corpus), "no corpus at " + corpus);
    List<Path> files;
    try (Stream<Path> walk = Files.list(corpus)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    Detector tika = TikaConfig.getDefaultConfig().getDetector();
    try (DocumentParser parser = new DocumentParser(ParserLimits.defaults())) {
      for (Path file : files) {
        assertEquals(
            DocumentParserDetectionTest.tikaType(tika, file),
            parser.detect(file),
            file.getFileName().toString());
      }
    }
  }
}
