package org.cwg.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.cwg.validate.Severity;
import org.cwg.validate.ValidationReport;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

class JunitRendererTest {

  private static String render(ValidationReport report, Severity failOn) {
    StringWriter text = new StringWriter();
    JunitRenderer.render(report, failOn, new PrintWriter(text));
    return text.toString();
  }

  private static void validate(String xml) throws Exception {
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    Schema schema =
        factory.newSchema(JunitRendererTest.class.getResource("/schemas/jenkins-junit.xsd"));
    schema.newValidator().validate(new StreamSource(new StringReader(xml)));
  }

  @Test
  void meetsTheJunitSchema() throws Exception {
    validate(render(ValidationReportFixture.report(), Severity.ERROR));
    validate(render(ValidationReportFixture.report(), Severity.WARNING));
    validate(render(ValidationReport.of(List.of()), Severity.ERROR));
  }

  @Test
  void theSchemaCheckCanFail() {
    assertThrows(
        SAXException.class,
        () -> validate("<testsuites><testsuite name=\"x\"><testcase/></testsuite></testsuites>"));
  }

  @Test
  void findingsAtTheThresholdFailOthersPass() {
    assertEquals(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <testsuites name="cwg validate" tests="5" failures="3" errors="0">
          <testsuite name="drafts/CWG-Internet-20-4.docx" tests="3" failures="2" errors="0" \
        skipped="0">
            <testcase name="section-missing at document" classname="drafts/CWG-Internet-20-4.docx">\
        <failure type="error" message="no action-required section, which a contribution needs">\
        drafts/CWG-Internet-20-4.docx: document: error: no action-required section, which a \
        contribution needs [section-missing]</failure></testcase>
            <testcase name="citation-missing-revision at section 2 (Rationale)" \
        classname="drafts/CWG-Internet-20-4.docx"><failure type="warning" message="first mention \
        of Council Resolution 1305 gives no revision: &quot;Resolution 1305 &lt;of&gt; the ITU \
        Council &amp; co&quot;">drafts/CWG-Internet-20-4.docx: section 2 (Rationale): warning: \
        first mention of Council Resolution 1305 gives no revision: "Resolution 1305 &lt;of&gt; \
        the ITU Council &amp; co" [citation-missing-revision]</failure></testcase>
            <testcase name="highlighted-text at paragraph 7" \
        classname="drafts/CWG-Internet-20-4.docx"><system-out>drafts/CWG-Internet-20-4.docx: paragraph 7: info: 1 highlighted run \
        [highlighted-text]</system-out></testcase>
          </testsuite>
          <testsuite name="drafts/old notes.txt" tests="1" failures="1" errors="0" skipped="0">
            <testcase name="export-artifacts at line 23" classname="drafts/old notes.txt">\
        <failure type="warning" message="2 export artifacts such as &quot;[bookmark: _Hlk1]&quot;">\
        drafts/old notes.txt: line 23: warning: 2 export artifacts such as \
        "[bookmark: _Hlk1]" [export-artifacts]</failure></testcase>
          </testsuite>
          <testsuite name="drafts/clean.docx" tests="1" failures="0" errors="0" skipped="0">
            <testcase name="valid" classname="drafts/clean.docx"/>
          </testsuite>
        </testsuites>
        """,
        render(ValidationReportFixture.report(), Severity.WARNING).replace("\r\n", "\n"));
  }
}
