package org.cwg.serve;

import java.nio.charset.StandardCharsets;

/**
 * What a route answers: a status, a media type and the bytes.
 *
 * @param status HTTP status
 * @param contentType media type with its charset
 * @param body the bytes sent (not for HEAD)
 * @param cacheable whether a browser may keep it (the packed assets)
 */
record Response(int status, String contentType, byte[] body, boolean cacheable) {

  static final String HTML = "text/html; charset=utf-8";
  static final String JSON = "application/json; charset=utf-8";

  static Response html(int status, Html page) {
    return new Response(status, HTML, page.toString().getBytes(StandardCharsets.UTF_8), false);
  }

  static Response json(int status, String json) {
    return new Response(status, JSON, json.getBytes(StandardCharsets.UTF_8), false);
  }
}
