package org.cwg.structure;

import org.cwg.parse.Block;

/**
 * One cleaned paragraph of a cover and where the parser found it: a Word table cell, the body
 * (plain text and PDF lines included) or a page header.
 */
record CoverLine(String text, Block.Region region) {

  static CoverLine body(String text) {
    return new CoverLine(text, Block.Region.BODY);
  }
}
