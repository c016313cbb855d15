package org.cwg.parse;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.MimeConfig;

/**
 * Word's "single file web page": a MIME archive ({@code multipart/related}) whose first HTML part
 * is the document, the rest its images and styles. ITU's reports are often saved this way under a
 * {@code .doc} name.
 */
final class WebArchive {

  /** The document part of a web archive: its HTML, decoded from its transfer encoding. */
  record Page(byte[] html, String charset) {}

  private WebArchive() {}

  /** The archive's HTML page, or empty when it holds none. */
  static Optional<Page> htmlOf(InputStream archive) throws IOException {
    DefaultMessageBuilder builder = new DefaultMessageBuilder();
    // Word writes headers that strict MIME rejects (a Content-Type without its semicolon).
    builder.setMimeEntityConfig(MimeConfig.PERMISSIVE);
    Message message = builder.parseMessage(archive);
    try {
      return htmlOf(message);
    } finally {
      message.dispose();
    }
  }

  private static Optional<Page> htmlOf(Entity entity) throws IOException {
    Body body = entity.getBody();
    if (body instanceof Multipart multipart) {
      for (Entity part : multipart.getBodyParts()) {
        Optional<Page> page = htmlOf(part);
        if (page.isPresent()) {
          return page;
        }
      }
      return Optional.empty();
    }
    if ("text/html".equalsIgnoreCase(entity.getMimeType()) && body instanceof SingleBody single) {
      try (InputStream in = single.getInputStream()) {
        return Optional.of(new Page(in.readAllBytes(), entity.getCharset()));
      }
    }
    return Optional.empty();
  }
}
