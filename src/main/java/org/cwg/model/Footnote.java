package org.cwg.model;

/**
 * A footnote kept apart from the body text.
 *
 * @param label the footnote's mark ("1")
 * @param text the footnote's text
 */
public record Footnote(String label, String text) {}
