package io.wawpkit.session.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the figures were measured on: they mean nothing without it. */
final class Machine {
  private Machine() {}

  static Map<String, String> describe(Tools tools) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("cores", String.valueOf(Runtime.getRuntime().availableProcessors()));
    m.put("cpu", cpuModel());
    m.put("memory", memory());
    m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
    m.put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    m.put("wrk", tools.wrkVersion());
    m.put("node", tools.nodeVersion());
    // Others' builds share these cores: the load when the run began says how quiet it was.
    m.put("load average at start (1/5/15 min)", loadAverage());
    return m;
  }

  private static String cpuModel() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException | RuntimeException ignored) {
      // Not Linux: the architecture is the best we have.
    }
    return System.getProperty("os.arch");
  }

  static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return f[0] + " / " + f[1] + " / " + f[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static String memory() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (line.startsWith("MemTotal:")) {
          long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
          return Math.round(kb / 1024.0 / 1024.0) + " GB";
        }
      }
    } catch (IOException | RuntimeException ignored) {
      // Unknown outside Linux.
    }
    return "unknown";
  }
}
