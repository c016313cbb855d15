package org.cwg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class HtmlTest {

  @Test
  void escapesTextAndAttributes() {
    assertEquals(
        "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;",
        Html.escape("<a href=\"x\">Tom & Jerry's</a>"));
    assertEquals("plain", Html.escape("plain"));
    assertEquals("", Html.escape(null));
    assertEquals("ab", Html.escape("a\u0000b"), "control characters are dropped");
  }

  @Test
  void builderEscapesEverythingItIsGiven() {
    Html html = new Html();
    html.open("a", "href", "/search?q=\"><script>", "title", null).text("<b>").close("a");
    assertEquals("<a href=\"/search?q=&quot;&gt;&lt;script&gt;\">&lt;b&gt;</a>", html.toString());
  }

  @Test
  void attributesComeInPairs() {
    assertThrows(IllegalArgumentException.class, () -> new Html().open("a", "href"));
  }

  @Test
  void voidElementsAndSvgElements() {
    assertEquals(
        "<input name=\"q\"><rect x=\"1\"/>",
        new Html().empty("input", "name", "q").empty("rect", "x", "1").toString());
  }
}
