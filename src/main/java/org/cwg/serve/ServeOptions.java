package org.cwg.serve;

import java.net.InetAddress;
import java.nio.file.Path;

/**
 * How to serve: the index folder, the address and port to listen on (port 0: any free one), and how
 * many requests to work on at once.
 *
 * @param index the index folder
 * @param bind the address to listen on; the loopback address unless the user chose another
 * @param port the port, 0 for a free one
 * @param threads requests handled at once
 */
public record ServeOptions(Path index, InetAddress bind, int port, int threads) {

  public ServeOptions {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("--port must be between 0 and 65535, not " + port);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("--threads must be at least 1, not " + threads);
    }
  }

  /** The loopback address, the default: nothing outside this machine can connect. */
  public static InetAddress loopback() {
    return InetAddress.getLoopbackAddress();
  }

  /** Threads enough to keep the cores busy while some requests wait on the disk. */
  public static int defaultThreads() {
    return Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
  }
}
