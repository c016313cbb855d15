package org.cwg.model;

/**
 * A contact block on an ITU-T, ITU-R or ITU-D cover: who answers questions about the document.
 *
 * @param name the person's name, or null
 * @param organization the organization or administration under the name, or null
 * @param email the e-mail address, or null when the block gives none
 */
public record Contact(String name, String organization, String email) {}
