package org.cwg.search;

/**
 * A document that holds hits of a search, for listing documents rather than hits (like {@code rg
 * -l}). The JSON field names are a scripting interface: add, never rename.
 *
 * @param id the document's id
 * @param path the document's file
 * @param number document number, or null
 * @param meeting meeting number, or null
 * @param date document date, or null
 * @param title the document's title, or null
 * @param hits how many of its sections (and front matter) match
 */
public record MatchingDocument(
    String id, String path, String number, Integer meeting, String date, String title, int hits) {}
