package org.cwg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** What {@code cwg serve} refuses before it serves: usage errors, exit 2. */
class ServeCommandTest {

  @Test
  void aPortInUseIsAUsageError() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      CliRun run = CliRun.of("serve", "--port", Integer.toString(taken.getLocalPort()));
      assertEquals(2, run.exitCode(), run.err());
      assertTrue(run.err().startsWith("cwg: cannot listen on 127.0.0.1:"), run.err());
    }
  }

  @Test
  void badOptionsAreUsageErrors() {
    CliRun port = CliRun.of("serve", "--port", "70000");
    assertEquals(2, port.exitCode());
    assertEquals("cwg: --port must be between 0 and 65535, not 70000\n", port.err());
    CliRun bind = CliRun.of("serve", "--port", "0", "--bind", "no.such.host.invalid");
    assertEquals(2, bind.exitCode());
    assertTrue(bind.err().startsWith("cwg: --bind 'no.such.host.invalid': no such address"));
  }
}
