package org.cwg.render;

import java.io.PrintWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.cwg.validate.FileReport;
import org.cwg.validate.Finding;
import org.cwg.validate.Severity;
import org.cwg.validate.ValidationReport;

/**
 * Validation findings as JUnit XML, which CI systems show as test results: one test suite per file,
 * one test case per finding. Findings at or above {@code --fail-on} are failures; milder ones pass
 * and carry their message in {@code system-out}. A file without findings is one passing test case,
 * so every checked file is visible.
 */
public final class JunitRenderer {

  private JunitRenderer() {}

  public static void render(ValidationReport report, Severity failOn, PrintWriter out) {
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      int tests = 0;
      int failures = 0;
      for (FileReport file : report.files()) {
        tests += Math.max(1, file.findings().size());
        failures += failuresIn(file, failOn);
      }
      xml.writeStartElement("testsuites");
      xml.writeAttribute("name", "cwg validate");
      xml.writeAttribute("tests", Integer.toString(tests));
      xml.writeAttribute("failures", Integer.toString(failures));
      xml.writeAttribute("errors", "0");
      xml.writeCharacters("\n");
      for (FileReport file : report.files()) {
        writeSuite(xml, file, failOn);
      }
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.flush();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write JUnit XML", e);
    }
    out.flush();
  }

  private static void writeSuite(XMLStreamWriter xml, FileReport file, Severity failOn)
      throws XMLStreamException {
    xml.writeCharacters("  ");
    xml.writeStartElement("testsuite");
    xml.writeAttribute("name", file.path());
    xml.writeAttribute("tests", Integer.toString(Math.max(1, file.findings().size())));
    xml.writeAttribute("failures", Integer.toString(failuresIn(file, failOn)));
    xml.writeAttribute("errors", "0");
    xml.writeAttribute("skipped", "0");
    xml.writeCharacters("\n");
    if (file.findings().isEmpty()) {
      xml.writeCharacters("    ");
      xml.writeEmptyElement("testcase");
      xml.writeAttribute("name", "valid");
      xml.writeAttribute("classname", file.path());
      xml.writeCharacters("\n");
    }
    for (Finding finding : file.findings()) {
      xml.writeCharacters("    ");
      xml.writeStartElement("testcase");
      xml.writeAttribute("name", finding.rule().id() + " at " + finding.location());
      xml.writeAttribute("classname", file.path());
      String text =
          file.path()
              + ": "
              + finding.location()
              + ": "
              + finding.severity()
              + ": "
              + finding.message()
              + " ["
              + finding.rule()
              + "]";
      if (finding.severity().reaches(failOn)) {
        xml.writeStartElement("failure");
        xml.writeAttribute("type", finding.severity().id());
        xml.writeAttribute("message", finding.message());
        xml.writeCharacters(text);
      } else {
        xml.writeStartElement("system-out");
        xml.writeCharacters(text);
      }
      xml.writeEndElement();
      xml.writeEndElement();
      xml.writeCharacters("\n");
    }
    xml.writeCharacters("  ");
    xml.writeEndElement();
    xml.writeCharacters("\n");
  }

  private static int failuresIn(FileReport file, Severity failOn) {
    return (int) file.findings().stream().filter(f -> f.severity().reaches(failOn)).count();
  }
}
