package org.cwg.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryLineTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "C24/12|C24\\/12",
        "CWG-Internet-20/4 OR C25/45|CWG-Internet-20\\/4 OR C25\\/45",
        "number:C24/INF/3|number:C24\\/INF\\/3",
        "C25/45(Rev.1)|C25\\/45\\(Rev.1\\)",
        "(core OR policy) C25/45|(core OR policy) C25\\/45",
        "/govern.*/|/govern.*/",
        "text:/gov[a-z]+/ core|text:/gov[a-z]+/ core",
        "-/draft/ core|-/draft/ core",
        "\"see C24/12 here\"|\"see C24/12 here\"",
        "a\\/b|a\\/b",
      })
  void slashesInsideWordsAreLiteral(String typed, String parsed) {
    assertEquals(parsed, QueryLine.forParser(typed));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"/govern", "core /gov/ern", "title:/open"})
  void anUnclosedRegularExpressionIsNamed(String typed) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> QueryLine.forParser(typed));
    assertTrue(e.getMessage().contains("a regular expression is written /…/"), e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"C24/12", "CWG-Internet-20/4", "FG-AINN-I-262(Rev.1)", "e-mail", "ITU-T A.1"})
  void numbersAndDottedWordsParse(String typed) {
    UserQuery.parse(typed, false);
    UserQuery.parse("number:" + typed.replace(" ", "\\ "), true);
  }
}
