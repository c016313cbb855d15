package org.cwg.structure;

import static org.cwg.structure.Outlines.assertOutline;
import static org.cwg.structure.Outlines.body;
import static org.cwg.structure.Outlines.pdf;
import static org.cwg.structure.Outlines.plain;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A consultation response's headings that quote the questions, and its closing words. */
class ConsultationHeadingsTest {

  @Test
  void aQuestionHeadingQuotingItsQuestionIsASection() {
    String text =
        """
        Open consultation on testing
        Document OPCWGINT-30/2-E
        We answer the two questions below, drawing on our own survey of testers.
        Question 1: How should the smallest projects organize their tests?
        Small projects should keep one test per behaviour and run them on every change.
        Question 2 – Quel rôle pour les bibliothèques publiques dans la formation des développeurs?
        Les bibliothèques peuvent accueillir des ateliers.
        Pregunta 3: ¿Qué puede hacer la UIT?
        La UIT puede publicar guías.
        Concluding remarks
        Testing pays for itself within a year.
        """;
    assertOutline(
        plain(text),
        "other|1||Question 1: How should the smallest projects organize their tests?",
        "other|1||Question 2 – Quel rôle pour les bibliothèques publiques dans la formation des"
            + " développeurs?",
        "other|1||Pregunta 3: ¿Qué puede hacer la UIT?",
        "conclusion|1||Concluding remarks");
  }

  @Test
  void aRussianQuestionHeadingQuotingItsQuestionIsASection() {
    String text =
        """
        Открытая консультация по тестированию
        Документ OPCWGINT-30/4-R
        Мы отвечаем на два вопроса ниже, опираясь на собственный опрос разработчиков.
        Вопрос 1: Как небольшим проектам организовать свои тесты?
        Небольшим проектам следует держать один тест на каждое поведение и запускать их всегда.
        Ответ на вопрос 2 – Кто должен писать тесты?
        Тесты должны писать сами разработчики, до того как вносить изменения.
        """;
    assertOutline(
        plain(text),
        "other|1||Вопрос 1: Как небольшим проектам организовать свои тесты?",
        "other|1||Ответ на вопрос 2 – Кто должен писать тесты?");
  }

  @Test
  void aQuestionWrappedAtThePdfMarginOrASentenceAboutOneIsNoHeading() {
    String text =
        """
        Open consultation on testing
        Document OPCWGINT-30/2-E
        We answer the question below, drawing on our own survey of testers.
        Question 1: How should the smallest projects organize their tests and
        who should pay for them?
        Small projects should keep one test per behaviour.
        Question 1. Most respondents asked for shorter tests.
        1\tHistorique
        Le groupe a été créé en 2020 pour étudier la question des essais.
        """;
    assertOutline(plain(text), "introduction|1|1|Historique");
  }

  @Test
  void aNumberedQuestionHeadingIsASectionThoughItEndsWithItsQuestionMark() {
    String text =
        """
        Open consultation on testing
        Document OPCWGINT-30/2-E
        1\tQuestion 1: Who should write the tests?
        Developers should write the tests of what they change, before they change it.
        2\tQuestion 2: What should a project measure?
        A project should measure how often a change breaks a test that passed before.
        3\tShould every project measure its coverage?
        No answer was given.
        """;
    assertOutline(
        plain(text),
        "other|1|1|Question 1: Who should write the tests?",
        "other|1|2|Question 2: What should a project measure?");
  }

  @Test
  void aPdfQuestionHeadingWrappedToItsQuestionMarkIsOneSection() {
    assertOutline(
        pdf(
            List.of(
                body("Open consultation on testing"),
                body("Document OPCWGINT-30/2-E"),
                body("Question 1: Who should write the tests?"),
                body("Developers should write the tests of what they change, before they change"),
                body("it, and reviewers should read the tests first."),
                body("Question 2: How should the smallest projects and their volunteers organize"),
                body("their tests over a release?"),
                body("Small projects should keep one test per behaviour and run them on each"),
                body("change."))),
        "other|1||Question 1: Who should write the tests?",
        "other|1||Question 2: How should the smallest projects and their volunteers organize"
            + " their tests over a release?");
  }

  @Test
  void aNumberedQuestionItsAnswerFollowsIsASubHeadingWhereASurveysQuestionsAreNot() {
    String text =
        """
        Open consultation on testing
        Document OPCWGINT-31/7-E
        1\tAbout our foundation
        The foundation supports volunteer maintainers of open source testing tools.
        2\tOur answers
        2.1\tWho should pay for the tests of shared libraries?
        The companies that ship a library in their products should fund the tests of its releases.
        2.2\tHow can the Group help?
        The Group can publish the costs that maintainers report, so that users see what tests need.
        3\tSurvey
        1\tDo you run the tests of the libraries you use?
        2\tWould you fund the tests of the libraries you use most often?
        """;
    assertOutline(
        plain(text),
        "other|1|1|About our foundation",
        "other|1|2|Our answers",
        "other|2|2.1|Who should pay for the tests of shared libraries?",
        "other|2|2.2|How can the Group help?",
        "other|1|3|Survey");
  }

  @Test
  void aPdfNumberedQuestionAnsweredOnWrappedLinesIsASubHeading() {
    assertOutline(
        pdf(
            List.of(
                body("Open consultation on testing"),
                body("Document OPCWGINT-31/7-E"),
                body("1 Our answers"),
                body("1.1 Who should pay for the tests of shared libraries?"),
                body(
                    "The companies that ship a library in their products should fund the tests of"),
                body("its releases, and say so in their reports."),
                body("1.2 How can the Group help?"),
                body("The Group can publish the costs that maintainers report, so that users see"),
                body("what tests need."))),
        "other|1|1|Our answers",
        "other|2|1.1|Who should pay for the tests of shared libraries?",
        "other|2|1.2|How can the Group help?");
  }
}
