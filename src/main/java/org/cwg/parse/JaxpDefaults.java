package org.cwg.parse;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.SAXParserFactory;

/**
 * Names the JDK's own XML parser factories as the process' JAXP implementations.
 *
 * <p>XMLBeans, under POI, asks JAXP for a new SAX parser factory for every XML part it reads from a
 * .docx (the document's properties, its list numbering). Unless a system property names the
 * implementation, each request searches every jar on the class path for a provider, finds none and
 * falls back to the JDK's: 4 % of the CPU of parsing a .docx went into those searches. Naming the
 * fallback ends them without changing which parser runs; the DOM factory is named alike for
 * whatever asks for one. A property already set, by the user or the launcher, is left as it is.
 * Public so that the benchmark's raw extraction parses in the same set-up.
 */
public final class JaxpDefaults {

  private JaxpDefaults() {}

  /** Sets each factory's system property, unless it is set already. */
  public static void pin() {
    pin(SAXParserFactory.class, SAXParserFactory.newDefaultInstance().getClass());
    pin(DocumentBuilderFactory.class, DocumentBuilderFactory.newDefaultInstance().getClass());
  }

  private static void pin(Class<?> api, Class<?> implementation) {
    if (System.getProperty(api.getName()) == null) {
      System.setProperty(api.getName(), implementation.getName());
    }
  }
}
