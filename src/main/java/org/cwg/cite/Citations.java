package org.cwg.cite;

import java.util.List;
import org.cwg.model.DocumentReference;
import org.cwg.model.ResolutionMention;

/**
 * The citations found in one document.
 *
 * @param resolutions resolution mentions in text order
 * @param references references to other documents in text order, unresolved
 */
public record Citations(List<ResolutionMention> resolutions, List<DocumentReference> references) {}
