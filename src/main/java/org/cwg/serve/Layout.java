package org.cwg.serve;

/** The frame of every page: head, the site's navigation, the main region, the one stylesheet. */
final class Layout {

  private Layout() {}

  static Html page(String title, Html main) {
    Html page = new Html().doctype();
    page.open("html", "lang", "en").newline();
    page.open("head").newline();
    page.empty("meta", "charset", "utf-8").newline();
    page.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
    page.newline().element("title", title + " – cwg").newline();
    page.empty("link", "rel", "stylesheet", "href", "/assets/cwg.css").newline();
    // No favicon request (and no 404 in the console): the icon is empty.
    page.empty("link", "rel", "icon", "href", "data:,").newline();
    page.close("head").newline();
    page.open("body").newline();
    page.element("a", "Skip to the content", "class", "skip", "href", "#main").newline();
    page.open("header").open("nav", "aria-label", "Site");
    page.element("a", "cwg", "class", "home", "href", "/");
    page.element("a", "Search", "href", "/search");
    page.element("a", "Resolutions", "href", "/resolutions");
    page.element("a", "Trends", "href", "/trend");
    page.element("a", "Meetings", "href", "/meetings");
    page.element("a", "Graph", "href", "/graph");
    page.close("nav").close("header").newline();
    page.open("main", "id", "main").newline();
    page.append(main);
    page.close("main").newline();
    page.close("body").newline();
    page.close("html").newline();
    return page;
  }
}
