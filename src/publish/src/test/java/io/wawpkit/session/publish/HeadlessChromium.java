package io.wawpkit.session.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Loads a local page once in headless Chromium with the network blocked (a proxy on a closed
 * port), and keeps what the page did: the DOM after its scripts ran, its console messages, the
 * requests it tried and a screenshot.
 */
final class HeadlessChromium {
  static final int WIDTH = 1280;
  static final int HEIGHT = 1600;

  /**
   * One load of a page.
   *
   * @param dom the DOM after the scripts ran (Chromium's {@code --dump-dom}, on standard output)
   * @param console the page's console messages, uncaught errors included
   * @param requests the URLs the page asked the network for (the browser's own traffic left out)
   * @param screenshot a PNG of the top of the page
   */
  record Load(String dom, List<String> console, List<String> requests, Path screenshot) {
    List<String> uncaughtErrors() {
      return console.stream().filter(m -> m.contains("Uncaught")).toList();
    }
  }

  private HeadlessChromium() {}

  static Load load(Path page) {
    String browser = executable().orElseThrow(() -> new AssertionError(
        "no chromium on PATH: scripts/test installs Debian's chromium (apt-get install chromium)"));
    Path run = Published.WORK.resolve("chromium-" + System.nanoTime()).toAbsolutePath();
    Path log = run.resolve("chrome.log");
    Path netLog = run.resolve("net-log.json");
    Path screenshot = run.resolve("screenshot.png");
    try {
      Files.createDirectories(run);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Published.Run result = Published.run(page.getParent(), List.of(browser, "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--user-data-dir=" + run.resolve("profile"),
        // Any request would fail; the net log shows it was tried.
        "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>", "--log-net-log=" + netLog,
        // Console messages (uncaught errors too) go to this file, not into the dumped DOM.
        "--enable-logging", "--log-file=" + log, "--v=0",
        "--virtual-time-budget=5000", "--window-size=" + WIDTH + "," + HEIGHT, "--screenshot=" + screenshot,
        "--dump-dom", page.toAbsolutePath().toUri().toString()), 120);
    assertThat(result.exit()).as(result.output()).isZero();
    return new Load(result.output(), console(log), pageRequests(netLog), screenshot);
  }

  /** The message of each {@code INFO:CONSOLE} line Chromium logged. */
  private static List<String> console(Path log) {
    return Published.read(log).lines().filter(l -> l.contains(":CONSOLE"))
        .map(l -> l.substring(l.indexOf(']') + 1).strip()).toList();
  }

  /**
   * URL requests whose top frame is the local page: their network isolation key or initiator
   * names {@code file://} (or the opaque origin {@code null} file pages have). The browser's own
   * traffic (update checks and the like) has neither.
   */
  private static List<String> pageRequests(Path netLog) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(netLog.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read Chromium's net log " + netLog, e);
    }
    int startJob = root.at("/constants/logEventTypes/URL_REQUEST_START_JOB").asInt(-1);
    assertThat(startJob).as("the net log names URL_REQUEST_START_JOB").isNotNegative();
    List<String> urls = new ArrayList<>();
    for (JsonNode event : root.path("events")) {
      JsonNode params = event.path("params");
      String url = params.path("url").asText("");
      String initiator = params.path("initiator").asText("");
      boolean byThePage = params.path("network_isolation_key").asText("").contains("file://")
          || initiator.equals("null") || initiator.startsWith("file://");
      if (event.path("type").asInt() == startJob && byThePage && !url.startsWith("file:") && !url.startsWith("data:")) {
        urls.add(url);
      }
    }
    return urls;
  }

  private static Optional<String> executable() {
    String path = System.getenv().getOrDefault("PATH", "");
    return Stream.of("chromium", "chromium-browser", "google-chrome")
        .flatMap(name -> Stream.of(path.split(File.pathSeparator)).map(dir -> Path.of(dir, name)))
        .filter(Files::isExecutable).map(Path::toString).findFirst();
  }
}
