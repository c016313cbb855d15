package org.cwg.serve;

import java.io.IOException;

/** The HTML pages by address; an address that is none of them is 404. */
final class Pages {

  private final LiveIndex index;

  Pages(LiveIndex index) {
    this.index = index;
  }

  Response page(String rawPath, Params params) throws IOException {
    if (rawPath.equals("/") || rawPath.equals("/search")) {
      return SearchPage.render(index, params);
    }
    if (rawPath.equals("/resolutions")) {
      return ResolutionPages.catalogue(index);
    }
    if (rawPath.equals("/trend")) {
      return ResolutionPages.trend(index, params);
    }
    if (rawPath.equals("/meetings")) {
      return MeetingPages.list(index);
    }
    if (rawPath.equals("/graph")) {
      return GraphPage.render(index);
    }
    String doc = tail(rawPath, "/doc/");
    if (doc != null) {
      return DocumentPage.render(index, doc, params);
    }
    String resolution = tail(rawPath, "/resolution/");
    if (resolution != null) {
      return ResolutionPages.resolution(index, resolution);
    }
    String meeting = tail(rawPath, "/meeting/");
    if (meeting != null) {
      return MeetingPages.meeting(index, meeting, params.get("group"));
    }
    throw new NotFound("no such page");
  }

  /** The decoded rest of a path after {@code prefix}, or null when the path is not under it. */
  private static String tail(String rawPath, String prefix) {
    if (!rawPath.startsWith(prefix) || rawPath.length() == prefix.length()) {
      return null;
    }
    return Params.decode(rawPath.substring(prefix.length()).replace("+", "%2B"));
  }

  /** The page for an error: its status and message, and the way back. */
  static Html error(int status, String message) {
    Html main = new Html();
    main.element("h1", status == 404 ? "Not found" : status >= 500 ? "Unavailable" : "Error");
    main.element("p", message, "class", "error");
    main.open("p").element("a", "Back to the search", "href", "/").close("p");
    return Layout.page("Error " + status, main);
  }
}
