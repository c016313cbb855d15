package org.cwg.cli;

import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.cwg.serve.CwgServer;
import org.cwg.serve.ServeOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cwg serve}: the corpus in a browser, and a JSON API, until Ctrl-C. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the index in a browser: search, documents, resolutions, meetings, the citation graph,"
          + " and a JSON API under /api/ that answers as 'cwg X --format json'.",
      "Listens on 127.0.0.1 only, unless --bind names another address. Reads the index while"
          + " 'cwg ingest' writes it and shows each new commit. Runs until Ctrl-C."
    })
final class ServeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CommonOptions common;

  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = "8080",
      description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--bind",
      paramLabel = "ADDR",
      description =
          "Address to listen on instead of 127.0.0.1, such as 0.0.0.0 for every interface. Off by"
              + " default: anyone who can reach the address can read the corpus.")
  String bind;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Requests handled at once (default: twice the processors, at least 4).")
  Integer threads;

  @Override
  public Integer call() throws Exception {
    InetAddress address;
    try {
      address = bind == null ? ServeOptions.loopback() : InetAddress.getByName(bind);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("--bind '" + bind + "': no such address");
    }
    ServeOptions options =
        new ServeOptions(
            common.indexDir(),
            address,
            port,
            threads == null ? ServeOptions.defaultThreads() : threads);
    CountDownLatch stopped = new CountDownLatch(1);
    CwgServer started;
    try {
      started = CwgServer.start(options);
    } catch (BindException e) {
      throw new IllegalArgumentException(
          "cannot listen on " + address.getHostAddress() + ":" + port + ": " + e.getMessage());
    }
    try (CwgServer server = started) {
      Thread stop = new Thread(stopped::countDown, "cwg-serve-stop");
      Runtime.getRuntime().addShutdownHook(stop);
      PrintWriter err = spec.commandLine().getErr();
      err.println("cwg: serving " + server.uri() + " (Ctrl-C to stop)");
      err.flush();
      stopped.await();
    }
    return ExitCodes.OK;
  }
}
