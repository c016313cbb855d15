package org.cwg.serve;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The web server: the JDK's own {@link HttpServer} (no dependency to keep up to date), a bounded
 * pool of worker threads, and limits on slow or oversized requests. Start it, read its {@link
 * #uri()}, close it.
 */
public final class CwgServer implements AutoCloseable {

  /** Requests waiting for a worker beyond this are run by the accepting thread: back-pressure. */
  private static final int QUEUE = 1024;

  private final HttpServer server;
  private final ThreadPoolExecutor workers;
  private final LiveIndex index;

  private CwgServer(HttpServer server, ThreadPoolExecutor workers, LiveIndex index) {
    this.server = server;
    this.workers = workers;
    this.index = index;
  }

  /** Starts serving; the index need not exist yet (pages then say so). */
  public static CwgServer start(ServeOptions options) throws IOException {
    configureTheJdkServer();
    LiveIndex index = new LiveIndex(options.index());
    HttpServer server =
        HttpServer.create(new InetSocketAddress(options.bind(), options.port()), 256);
    AtomicInteger count = new AtomicInteger();
    ThreadPoolExecutor workers =
        new ThreadPoolExecutor(
            options.threads(),
            options.threads(),
            60,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(QUEUE),
            task -> {
              Thread thread = new Thread(task, "cwg-serve-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            },
            new ThreadPoolExecutor.CallerRunsPolicy());
    server.setExecutor(workers);
    server.createContext("/", new Router(index));
    server.start();
    return new CwgServer(server, workers, index);
  }

  /**
   * The JDK server reads its limits once, from system properties, when it is first used: a request
   * must arrive within 30 s and its answer leave within 60 s, with at most 100 header lines, and an
   * idle connection is closed after 30 s. Headers and body leave without waiting for an
   * acknowledgement (TCP_NODELAY): otherwise Nagle's algorithm and delayed acknowledgements hold
   * each answer on a kept-alive connection for 40 ms. Properties the user set are left alone.
   */
  private static void configureTheJdkServer() {
    setIfAbsent("sun.net.httpserver.nodelay", "true");
    setIfAbsent("sun.net.httpserver.maxReqTime", "30");
    setIfAbsent("sun.net.httpserver.maxRspTime", "60");
    setIfAbsent("sun.net.httpserver.maxReqHeaders", "100");
    setIfAbsent("sun.net.httpserver.idleInterval", "30");
    setIfAbsent("sun.net.httpserver.maxIdleConnections", "200");
  }

  private static void setIfAbsent(String property, String value) {
    if (System.getProperty(property) == null) {
      System.setProperty(property, value);
    }
  }

  /** The address to open in a browser, such as {@code http://127.0.0.1:8080/}. */
  public URI uri() {
    InetSocketAddress address = server.getAddress();
    String host = address.getAddress().getHostAddress();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return URI.create("http://" + host + ":" + address.getPort() + "/");
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** Stops accepting, lets running requests finish for up to a second, and closes the index. */
  @Override
  public void close() throws IOException {
    server.stop(1);
    workers.shutdown();
    try {
      workers.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    index.close();
  }
}
