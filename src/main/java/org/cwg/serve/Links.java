package org.cwg.serve;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The addresses pages link to, every value percent-encoded. */
final class Links {

  private Links() {}

  /** One path segment: a slash in a document number becomes %2F, a space %20. */
  static String segment(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  static String document(String id) {
    return "/doc/" + segment(id);
  }

  /** {@code /resolution/Council-1305}: the body, a hyphen, the number. */
  static String resolution(String body, String number) {
    return "/resolution/" + segment(body + "-" + number);
  }

  static String meeting(int meeting, String group) {
    return "/meeting/" + meeting + (group == null ? "" : "?group=" + query(group));
  }

  static String query(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** {@code path?name=value&...} over the non-null values, in the map's order. */
  static String withParams(String path, Map<String, String> params) {
    StringBuilder link = new StringBuilder(path);
    char separator = '?';
    for (Map.Entry<String, String> param : params.entrySet()) {
      if (param.getValue() != null) {
        link.append(separator).append(query(param.getKey())).append('=');
        link.append(query(param.getValue()));
        separator = '&';
      }
    }
    return link.toString();
  }
}
