package org.cwg.cite;

import static org.cwg.cite.ExtractedCitations.references;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Numbers shaped like document numbers that are none: an ITU-D Question written with its revision
 * and study group after the Question word, in any language and in lists, and a table's item number
 * alone in its cell under a column headed "Document".
 */
class NumbersThatAreNoReferencesTest {

  @Test
  void aQuestionWithItsRevisionIsNoJointTaskGroupDocument() {
    assertEquals(List.of(), references("The report on Question 2-3/2 goes on.", "SG2/40"));
    assertEquals(
        List.of(), references("Se propone añadirlo al informe sobre la Cuestión 1-2/1.", "SG1/40"));
    assertEquals(List.of(), references("Вопрос 2-3/2 изучается.", "SG2/40"));
    assertEquals(List.of(), references("QUESTION(S):\t1-2/1", "SG1/40"));
  }

  @Test
  void everyQuestionOfAListIsAQuestion() {
    assertEquals(
        List.of(), references("Questions 6-1/1, 1-2/1 et 2-3/2 restent ouvertes.", "SG1/40"));
    assertEquals(List.of(), references("Cuestiones 4-1/2 y 1-2/1 del UIT-D.", "SG1/40"));
    assertEquals(List.of(), references("Вопросы 1-2/1 и 2-3/2 изучаются.", "SG1/40"));
  }

  @Test
  void withoutTheQuestionWordTaskGroupDocumentsStayReferences() {
    assertEquals(
        List.of("5-1/287", "4-6/15"),
        references(
            "Task Group 5-1 received Document 5-1/287 and 4-6/15 on Question 5/1.", "5-1/300"));
  }

  @Test
  void anItemNumberAloneInItsCellUnderADocumentColumnIsNoDocument() {
    assertEquals(
        List.of("C31/7"),
        references(
            "Item\nSubject\nDocument\n1\nOpening of the session\nC31/1(Rev.1)\n2\nBudget\nC31/7",
            "C31/1(Rev.1)"));
    assertEquals(
        List.of("C31/7"),
        references("As said in Document\n7 of the session, it stands.", "C31/40"));
  }
}
