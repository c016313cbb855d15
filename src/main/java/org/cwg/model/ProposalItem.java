package org.cwg.model;

/**
 * One item of a Proposal(s) section.
 *
 * @param number the item's number as printed or as Word numbered it ("1", "1)", "1."), or null
 * @param text the item's text, bullets under it included
 */
public record ProposalItem(String number, String text) {}
