package org.cwg.index;

/**
 * What the index remembers of a file, enough to tell whether it changed since.
 *
 * @param docId the document's id
 * @param path absolute path
 * @param sha256 content hash, or null
 * @param size size in bytes
 * @param modified modification time in epoch milliseconds
 * @param failure why the file could not be read, or null when it was indexed
 */
public record IndexedFile(
    String docId, String path, String sha256, long size, long modified, String failure) {

  public boolean failed() {
    return failure != null;
  }
}
