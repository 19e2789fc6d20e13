package io.wawpkit.session.bench;

/**
 * How long and how often: the full mode takes medians of three interleaved rounds; the quick mode
 * (CI's smoke run) measures everything once, briefly, to prove every path works.
 */
record Settings(boolean quick, int rounds, int wrkSeconds, int warmupSeconds, int jmhWarmups, int jmhIterations,
    int jmhIterationMillis, int jmhForks, int loadSeconds, String heap) {

  static Settings of(boolean quick) {
    // The same -Xmx for every JVM server, so their memory compares.
    return quick
        ? new Settings(true, 1, 1, 0, 1, 1, 200, 0, 1, "256m")
        : new Settings(false, 3, 5, 3, 3, 5, 1000, 1, 10, "256m");
  }

  String mode() {
    return quick ? "quick (one short run each: proves it works, the figures mean little)"
        : rounds + " interleaved rounds, medians";
  }
}
