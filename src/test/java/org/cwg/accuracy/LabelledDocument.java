package org.cwg.accuracy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Set;

/**
 * A file to analyse with its labels.
 *
 * @param corpus "dev" or "real"
 * @param name the label's file entry, for the report
 * @param file the file cwg reads
 * @param family the family the report groups it under
 * @param encoding text, word or pdf
 * @param label the label object in the shared label format
 * @param tocEntries the texts of its contents lines, when known
 */
record LabelledDocument(
    String corpus,
    String name,
    Path file,
    String family,
    String encoding,
    JsonNode label,
    Set<String> tocEntries) {}
