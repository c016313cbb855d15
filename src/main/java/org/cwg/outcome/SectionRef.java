package org.cwg.outcome;

/**
 * The report section an outcome is in.
 *
 * @param number as printed ("6.2"), or null
 * @param heading as written, without its number
 * @param level nesting depth, 1 for top-level sections
 * @param kind the section's kind ({@code other}, {@code discussion}, ...)
 */
public record SectionRef(String number, String heading, int level, String kind) {}
