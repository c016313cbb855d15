package org.cwg.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.SAXParserFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

@Isolated // clears and sets the JAXP factory properties that every parse of a .docx reads
class JaxpDefaultsTest {

  private static final String SAX = SAXParserFactory.class.getName();
  private static final String DOM = DocumentBuilderFactory.class.getName();

  private String savedSax;
  private String savedDom;

  @BeforeEach
  void save() {
    savedSax = System.getProperty(SAX);
    savedDom = System.getProperty(DOM);
  }

  @AfterEach
  void restore() {
    restore(SAX, savedSax);
    restore(DOM, savedDom);
  }

  private static void restore(String key, String value) {
    if (value == null) {
      System.clearProperty(key);
    } else {
      System.setProperty(key, value);
    }
  }

  @Test
  void namesTheFactoriesJaxpWouldFallBackTo() {
    System.clearProperty(SAX);
    System.clearProperty(DOM);
    Class<?> sax = SAXParserFactory.newInstance().getClass();
    Class<?> dom = DocumentBuilderFactory.newInstance().getClass();

    JaxpDefaults.pin();

    assertEquals(sax.getName(), System.getProperty(SAX));
    assertEquals(dom.getName(), System.getProperty(DOM));
    assertSame(sax, SAXParserFactory.newInstance().getClass());
    assertSame(dom, DocumentBuilderFactory.newInstance().getClass());
  }

  @Test
  void leavesAFactoryChosenElsewhere() {
    System.setProperty(SAX, "com.example.ChosenSaxParserFactory");
    System.clearProperty(DOM);

    JaxpDefaults.pin();

    assertEquals("com.example.ChosenSaxParserFactory", System.getProperty(SAX));
    assertEquals(
        DocumentBuilderFactory.newDefaultInstance().getClass().getName(), System.getProperty(DOM));
  }
}
