package org.cwg.search;

import java.util.List;
import org.cwg.model.DocumentSummary;

/**
 * A result about one document: shortcuts to its summary's fields, so that callers need not spell
 * out {@code document()}. JSON writes the summary itself, flat.
 */
public interface OfDocument {

  DocumentSummary document();

  default String id() {
    return document().id();
  }

  default String path() {
    return document().path();
  }

  default String number() {
    return document().number();
  }

  default Integer meeting() {
    return document().meeting();
  }

  default String date() {
    return document().date();
  }

  default String type() {
    return document().type();
  }

  default List<String> sources() {
    return document().sources();
  }

  default String title() {
    return document().title();
  }
}
