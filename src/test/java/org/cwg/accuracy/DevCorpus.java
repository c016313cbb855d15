package org.cwg.accuracy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cwg.accuracy.DevDraft.TocLine;
import org.cwg.json.Json;

/**
 * The development corpus: reads {@code labels.json} next to the markup sources, renders each source
 * in the encodings its label asks for (all three by default), and pairs every rendered file with
 * the label.
 */
final class DevCorpus {

  private static final Map<String, String> EXTENSIONS =
      Map.of("text", "txt", "word", "docx", "pdf", "pdf");

  private DevCorpus() {}

  static List<LabelledDocument> render(Path sources, Path target) throws IOException {
    return render(sources, target, "dev");
  }

  /** As {@link #render(Path, Path)}, the documents reported under the given corpus name. */
  static List<LabelledDocument> render(Path sources, Path target, String corpus)
      throws IOException {
    JsonNode labels = Json.mapper().readTree(sources.resolve("labels.json").toFile());
    List<LabelledDocument> documents = new ArrayList<>();
    for (JsonNode label : labels.path("documents")) {
      String source = label.path("file").asText();
      String name = source.replaceFirst("\\.cwg$", "");
      DevDraft draft =
          DevMarkup.parse(name, Files.readString(sources.resolve(source), StandardCharsets.UTF_8));
      Set<String> toc = new LinkedHashSet<>();
      draft.blocks().stream()
          .filter(TocLine.class::isInstance)
          .forEach(line -> toc.add(((TocLine) line).text()));
      List<String> encodings = new ArrayList<>();
      label.path("encodings").forEach(encoding -> encodings.add(encoding.asText()));
      if (encodings.isEmpty()) {
        encodings.addAll(List.of("text", "word", "pdf"));
      }
      for (String encoding : encodings) {
        String folder = name.contains("/") ? name.substring(0, name.lastIndexOf('/') + 1) : "";
        Path file =
            target
                .resolve(encoding)
                .resolve(folder + draft.fileName() + "." + EXTENSIONS.get(encoding));
        Files.createDirectories(file.getParent());
        Files.write(
            file,
            switch (encoding) {
              case "text" -> TextRendition.render(draft);
              case "word" -> DocxRendition.render(draft);
              case "pdf" -> PdfRendition.render(draft);
              default -> throw new IllegalArgumentException(source + ": encoding " + encoding);
            });
        documents.add(
            new LabelledDocument(
                corpus,
                name + " (" + encoding + ")",
                file,
                label.path("family").asText("other"),
                encoding,
                label,
                toc));
      }
    }
    return documents;
  }

  /**
   * The labelled real files, read from their corpus folder; none when the labels or the corpus are
   * absent (the reason is returned in {@code skipped}).
   */
  static List<LabelledDocument> real(Path labelsFile, Path corpus, List<String> skipped)
      throws IOException {
    List<LabelledDocument> documents = new ArrayList<>();
    if (!Files.isRegularFile(labelsFile)) {
      skipped.add("real files: no labels at " + labelsFile);
      return documents;
    }
    if (!Files.isDirectory(corpus)) {
      skipped.add("real files: corpus folder " + corpus + " absent (set -Dcwg.corpus.dir)");
      return documents;
    }
    JsonNode labels = Json.mapper().readTree(labelsFile.toFile());
    for (JsonNode label : labels.path("documents")) {
      String name = label.path("file").asText();
      Path file = corpus.resolve(name);
      if (!Files.isRegularFile(file)) {
        skipped.add("real files: " + name + " absent from " + corpus);
        continue;
      }
      documents.add(
          new LabelledDocument(
              "real",
              name,
              file,
              label.path("family").asText("other"),
              label.path("encoding").asText("other"),
              label,
              Set.of()));
    }
    return documents;
  }
}
