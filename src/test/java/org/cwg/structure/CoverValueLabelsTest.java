package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cwg.model.Contact;
import org.cwg.model.Metadata;
import org.junit.jupiter.api.Test;

/**
 * What a cover's value is and is not: a contact's field labels in ITU's languages are no part of
 * its values.
 */
class CoverValueLabelsTest {

  @Test
  void russianContactLabelsAreNoPartOfTheValues() {
    Metadata m =
        CoverOfLines.read(
            "contribution.txt",
            "Document 1/77-R",
            "ИСТОЧНИК:\tРуритания",
            "НАЗВАНИЕ:\tСельские сети",
            "Для контактов:\tФамилия/имя: Пётр Иванович Смирнов",
            "\tОрганизация: АО Руртелеком",
            "\tЭл. почта: p.smirnov@rurtel.example");
    assertEquals(
        List.of(new Contact("Пётр Иванович Смирнов", "АО Руртелеком", "p.smirnov@rurtel.example")),
        m.contacts());
  }
}
