package io.wawpkit.session.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.wawpkit.session.spec.SpecOperation;
import io.wawpkit.session.spec.WawpSpec;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The HTML reference: one file that needs nothing from the network and shows every operation. */
class ReferencePageTest {
  private static final Path PAGE = Published.DIR.resolve("reference/index.html");

  /** What would make a browser fetch from elsewhere: external scripts, styles, fonts, frames, images. */
  private static final Pattern EXTERNAL = Pattern.compile("(?i)<script[^>]*\\bsrc\\s*=[^>]*>"
      + "|<link[^>]*\\bhref\\s*=\\s*[\"']?(https?:)?//[^>]*>"
      + "|url\\(\\s*[\"']?(https?:)?//[^)]*\\)"
      + "|@import[^;\\n]*"
      + "|<(img|iframe)[^>]*\\bsrc\\s*=\\s*[\"']?(https?:)?//[^>]*>");

  @Test
  void loadsNoScriptStyleOrFontFromElsewhere() {
    assertThat(EXTERNAL.matcher(Published.read(PAGE)).results().map(m -> m.group()).toList()).isEmpty();
    assertThat(EXTERNAL.matcher("<style>@import url('https://fonts.example/x');</style>").find())
        .as("the pattern sees a web font import").isTrue();
  }

  @Test
  void rendersEveryOperationHeadlessWithoutNetwork() {
    String browser = chromium().orElseThrow(() -> new AssertionError(
        "no chromium on PATH: scripts/test installs Debian's chromium (apt-get install chromium)"));
    Path profile = Published.WORK.resolve("chromium-profile-" + System.nanoTime()).toAbsolutePath();
    // The proxy points at a closed port: any request the page made to the network would fail.
    Published.Run run = Published.run(Published.DIR, List.of(browser, "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profile, "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
        "--virtual-time-budget=5000", "--dump-dom", PAGE.toAbsolutePath().toUri().toString()), 120);
    assertThat(run.exit()).as(run.output()).isZero();

    String text = visibleText(run.output());
    List<SpecOperation> operations = WawpSpec.load(Published.BUNDLE).operations();
    assertThat(operations).hasSize(20);
    for (SpecOperation op : operations) {
      assertThat(text).as("the page shows " + op.operationId()).contains(op.operationId());
      assertThat(text).as("the page shows the summary of " + op.operationId()).contains(op.operation().getSummary());
    }
  }

  private static String visibleText(String dom) {
    String body = Pattern.compile("(?is)<(script|style)[^>]*>.*?</\\1>").matcher(dom).replaceAll(" ");
    return body.replaceAll("<[^>]+>", " ").replace("&amp;", "&").replace("&#39;", "'").replace("&quot;", "\"")
        .replace("&lt;", "<").replace("&gt;", ">");
  }

  private static Optional<String> chromium() {
    String path = System.getenv().getOrDefault("PATH", "");
    return Stream.of("chromium", "chromium-browser", "google-chrome")
        .flatMap(name -> Stream.of(path.split(File.pathSeparator)).map(dir -> Path.of(dir, name)))
        .filter(Files::isExecutable).map(Path::toString).findFirst();
  }
}
