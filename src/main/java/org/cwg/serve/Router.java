package org.cwg.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.util.Map;
import org.cwg.query.AmbiguousDocumentException;
import org.cwg.render.JsonRenderer;

/**
 * Every request goes through here: only GET and HEAD, an address of bounded length and no body;
 * then {@code /api/...} to the API, {@code /assets/...} to the packed assets, anything else to the
 * pages. Errors become a status and a one-line message: the user's mistakes 400, what does not
 * exist 404, an index that cannot be read yet 503, a bug 500.
 */
final class Router implements HttpHandler {

  /** Longer addresses are refused: no query of the command line needs as much. */
  static final int MAX_URI_LENGTH = 8192;

  private static final String SECURITY_POLICY =
      "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:;"
          + " form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  private final LiveIndex index;
  private final Api api = new Api();
  private final Assets assets = Assets.packed();
  private final Pages pages;

  Router(LiveIndex index) {
    this.index = index;
    this.pages = new Pages(index);
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Response response = respond(exchange);
      send(exchange, response);
    }
  }

  private Response respond(HttpExchange exchange) {
    String method = exchange.getRequestMethod();
    if (!method.equals("GET") && !method.equals("HEAD")) {
      exchange.getResponseHeaders().set("Allow", "GET, HEAD");
      return error(exchange, 405, "method " + method + " not allowed: only GET and HEAD");
    }
    String rawPath = exchange.getRequestURI().getRawPath();
    String rawQuery = exchange.getRequestURI().getRawQuery();
    if (rawPath == null
        || rawPath.length() + (rawQuery == null ? 0 : rawQuery.length()) > MAX_URI_LENGTH) {
      return error(exchange, 414, "address too long");
    }
    if (hasBody(exchange.getRequestHeaders())) {
      return error(exchange, 413, "a GET request has no body");
    }
    try {
      return route(rawPath, Params.parse(rawQuery));
    } catch (IndexUnavailable e) {
      return error(exchange, 503, firstLine(e.getMessage()));
    } catch (NotFound e) {
      return error(exchange, 404, e.getMessage());
    } catch (AmbiguousDocumentException e) {
      return error(exchange, 400, e.getMessage());
    } catch (IllegalArgumentException e) {
      return error(exchange, unavailable(e) ? 503 : 400, firstLine(e.getMessage()));
    } catch (UncheckedIOException | IOException e) {
      Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
      if (cause instanceof FileSystemException) {
        return error(exchange, 503, "the index cannot be read: " + firstLine(cause.getMessage()));
      }
      return error(exchange, 500, "internal error: " + cause);
    } catch (RuntimeException e) {
      return error(exchange, 500, "internal error: " + e);
    }
  }

  /** An index without documents: nothing to answer from, not the request's fault. */
  private static boolean unavailable(IllegalArgumentException e) {
    return !(e instanceof BadRequest)
        && e.getMessage() != null
        && e.getMessage().contains("holds no documents");
  }

  private Response route(String rawPath, Params params) throws IOException {
    if (rawPath.startsWith("/api/")) {
      String name = rawPath.substring("/api/".length());
      return Response.json(200, api.answer(name, params, index));
    }
    if (rawPath.startsWith("/assets/")) {
      return assets
          .get(rawPath.substring("/assets/".length()))
          .orElseThrow(() -> new NotFound("no such asset"));
    }
    return pages.page(rawPath, params);
  }

  private static boolean hasBody(Headers headers) {
    String length = headers.getFirst("Content-Length");
    return headers.containsKey("Transfer-Encoding")
        || length != null && !length.strip().equals("0");
  }

  private Response error(HttpExchange exchange, int status, String message) {
    boolean api = exchange.getRequestURI().getRawPath().startsWith("/api/");
    if (api) {
      StringWriter json = new StringWriter();
      JsonRenderer.render(Map.of("error", message), new PrintWriter(json));
      return Response.json(status, json.toString());
    }
    return Response.html(status, Pages.error(status, message));
  }

  private static String firstLine(String message) {
    if (message == null || message.isBlank()) {
      return "error";
    }
    return message.strip().lines().findFirst().orElse(message);
  }

  private static void send(HttpExchange exchange, Response response) throws IOException {
    drain(exchange.getRequestBody());
    Headers headers = exchange.getResponseHeaders();
    headers.set("Content-Type", response.contentType());
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("Referrer-Policy", "no-referrer");
    headers.set("Content-Security-Policy", SECURITY_POLICY);
    headers.set("Cache-Control", response.cacheable() ? "max-age=3600" : "no-store");
    boolean head = exchange.getRequestMethod().equals("HEAD");
    byte[] body = response.body();
    if (head) {
      headers.set("Content-Length", Integer.toString(body.length));
      exchange.sendResponseHeaders(response.status(), -1);
      return;
    }
    exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /** Reads nothing of a body a client should not have sent, beyond what closing discards. */
  private static void drain(InputStream body) throws IOException {
    body.close();
  }
}
