package org.cwg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Cores, memory, CPU model, JDK and OS of the machine the figures come from. */
final class MachineInfo {

  private MachineInfo() {}

  static String describe() {
    return Runtime.getRuntime().availableProcessors()
        + " cores ("
        + cpuModel()
        + "), "
        + memTotalGib()
        + " GiB RAM, "
        + System.getProperty("java.vm.name")
        + " "
        + System.getProperty("java.runtime.version")
        + ", "
        + System.getProperty("os.name")
        + " "
        + System.getProperty("os.version")
        + ", load average at start "
        + loadAverage();
  }

  private static String cpuModel() {
    return firstValue(Path.of("/proc/cpuinfo"), "model name", "unknown CPU");
  }

  private static String memTotalGib() {
    String kib = firstValue(Path.of("/proc/meminfo"), "MemTotal", "0").replaceAll("[^0-9]", "");
    return String.format("%.1f", Long.parseLong(kib.isEmpty() ? "0" : kib) / 1024.0 / 1024.0);
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static String firstValue(Path file, String key, String fallback) {
    try {
      for (String line : Files.readAllLines(file)) {
        if (line.startsWith(key)) {
          return line.substring(line.indexOf(':') + 1).strip();
        }
      }
    } catch (IOException e) {
      // Not Linux: the figures still stand, without the detail.
    }
    return fallback;
  }
}
