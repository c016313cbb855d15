package org.cwg.model;

/**
 * The file a document was read from.
 *
 * @param path absolute, normalised path
 * @param sha256 hex SHA-256 of the file's bytes
 * @param size size in bytes
 * @param modified last modification time in epoch milliseconds
 * @param mediaType media type detected from the content, such as {@code text/plain}
 */
public record SourceFile(String path, String sha256, long size, long modified, String mediaType) {}
