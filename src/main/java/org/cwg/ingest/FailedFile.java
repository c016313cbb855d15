package org.cwg.ingest;

/**
 * A file that could not be indexed.
 *
 * @param path the file's path
 * @param reason why, in a few words ("encrypted (password-protected)")
 */
public record FailedFile(String path, String reason) {}
