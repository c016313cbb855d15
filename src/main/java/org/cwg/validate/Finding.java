package org.cwg.validate;

/**
 * One problem found in one file. The JSON field names are a scripting interface.
 *
 * @param rule the rule's stable id
 * @param severity the severity after the rules file
 * @param message one line saying what is wrong
 * @param location where: {@code section 2 (Proposal)}, {@code paragraph 14}, {@code line 7}, {@code
 *     file name} or {@code document}
 * @param section the kind of section the finding is about ({@code action-required} for a missing
 *     one), or null
 */
public record Finding(
    Rule rule, Severity severity, String message, String location, String section) {}
