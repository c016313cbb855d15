package org.cwg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.cwg.cli.Main;
import org.cwg.json.Json;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each endpoint of the API answers, byte for byte, what the command prints with {@code --format
 * json} for the same request on the same index; and a request the command refuses is a 400 with the
 * command's message.
 */
class ApiMatchesCliTest {

  /** The command's stdout, run in-process on the samples' index. */
  private static String cli(String command, List<String> args) {
    List<String> all =
        new ArrayList<>(List.of(command, "--index", ServedSamples.index().toString()));
    all.addAll(args);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.newCommandLine(new PrintWriter(out), new PrintWriter(err))
            .execute(all.toArray(String[]::new));
    assertEquals(0, code, err.toString());
    return out.toString();
  }

  @ParameterizedTest(name = "/api/{0}?{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "search|q=internet+governance&limit=3&facets|--format json --limit 3 --facets -- internet"
            + " governance",
        "search|q=Internet&meeting=20&section=proposal&sort=date&exact=true|--format json"
            + " --meeting 20 --section proposal --sort date --exact Internet",
        "search|q=%22public+core%22&cites=1305&lang=fr|--format json --cites 1305 --lang fr"
            + " \"public core\"",
        "search|q=internet&documents|--format json -l internet",
        "search|q=internet&documents&limit=2&sort=meeting|--format json -l --limit 2 --sort"
            + " meeting internet",
        "list||--format json",
        "list|lang=fr|--format json --lang fr",
        "show|doc=CWG-Internet-20%2F4|--format json CWG-Internet-20/4",
        "show|doc=cwg-internet-20%2F4&lang=ru|--format json --lang ru cwg-internet-20/4",
        "sections|doc=CWG-Internet-20%2F4&kind=purpose,proposal|--format json --kind"
            + " purpose,proposal CWG-Internet-20/4",
        "cites||--format json",
        "cites|res=1305|--format json 1305",
        "cites|res=PP-101&meeting=20|--format json --meeting 20 PP-101",
        "cites|matrix|--format json --matrix",
        "refs|doc=CWG-Internet-20%2F4|--format json CWG-Internet-20/4",
        "trend|q=internet|--format json internet",
        "trend|cites=Council-1305|--format json --cites Council-1305",
        "stats||--format json",
        "stats|top=3|--format json --top 3",
        "outcome|doc=CWG-Internet-20%2F4|--format json CWG-Internet-20/4",
        "meeting|n=20|--format json 20",
        "meeting|n=20&group=CWG-Internet|--format json --group CWG-Internet 20",
        "similar|doc=CWG-Internet-20%2F4|--format json CWG-Internet-20/4",
        "kwic|q=governance&width=30&limit=5&sort=left|--format json --width 30 --limit 5 --sort"
            + " left governance",
      })
  void theApiAnswersAsTheCommandPrints(String endpoint, String query, String args) {
    HttpResponse<String> answer =
        ServedSamples.get("/api/" + endpoint + (query == null ? "" : "?" + query));
    assertEquals(200, answer.statusCode(), answer.body());
    assertEquals(
        "application/json; charset=utf-8", answer.headers().firstValue("Content-Type").orElse(""));
    assertEquals(cli(endpoint, words(args)), answer.body());
  }

  /**
   * The arguments as a shell passes them: split on spaces, a "quoted phrase" kept whole with its
   * quotes (the query's own, as in {@code cwg search '"public core"'}).
   */
  private static List<String> words(String args) {
    List<String> words = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"[^\"]*\"|\\S+").matcher(args);
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  @ParameterizedTest(name = "/api/{0}?{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "search|q=%22unclosed|search --format json \"unclosed",
        "search|q=x&limit=abc|search --format json --limit abc x",
        "search|q=x&meeting=twenty|search --format json --meeting twenty x",
        "cites|res=nonsense|cites --format json nonsense",
        "trend||trend --format json",
        "kwic|q=x&limit=-1|kwic --format json --limit -1 x",
        "search|q=x&sort=bogus|search --format json --sort bogus x",
        "search|q=x&section=nowhere|search --format json --section nowhere x",
        "similar|doc=CWG-Internet-20%2F4&min-words=3|similar --format json --min-words 3"
            + " CWG-Internet-20/4",
      })
  void aRefusedRequestIs400WithTheCommandsMessage(String endpoint, String query, String args)
      throws Exception {
    HttpResponse<String> answer =
        ServedSamples.get("/api/" + endpoint + (query == null ? "" : "?" + query));
    assertEquals(400, answer.statusCode(), answer.body());
    String message = Json.mapper().readTree(answer.body()).get("error").asText();
    List<String> all = new ArrayList<>(words(args));
    all.add(1, "--index");
    all.add(2, ServedSamples.index().toString());
    StringWriter err = new StringWriter();
    int code =
        Main.newCommandLine(new PrintWriter(new StringWriter()), new PrintWriter(err))
            .execute(all.toArray(String[]::new));
    assertEquals(2, code);
    String firstLine = err.toString().lines().findFirst().orElse("");
    assertTrue(firstLine.startsWith("cwg: "), firstLine);
    assertEquals(firstLine.substring("cwg: ".length()), message);
  }

  @org.junit.jupiter.api.Test
  void anUnknownDocumentIs404WithTheCommandsMessage() throws Exception {
    for (String endpoint : List.of("show", "sections", "refs", "outcome", "similar")) {
      HttpResponse<String> answer = ServedSamples.get("/api/" + endpoint + "?doc=NOPE-99%2F1");
      assertEquals(404, answer.statusCode(), endpoint);
      assertEquals(
          "no document 'NOPE-99/1' in the index",
          Json.mapper().readTree(answer.body()).get("error").asText());
    }
  }
}
