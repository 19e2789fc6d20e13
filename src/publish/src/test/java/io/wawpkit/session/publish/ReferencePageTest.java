package io.wawpkit.session.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.wawpkit.session.spec.Evidence;
import io.wawpkit.session.spec.LifecycleModel;
import io.wawpkit.session.spec.Move;
import io.wawpkit.session.spec.SpecOperation;
import io.wawpkit.session.spec.WawpSpec;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
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
  /** A CSS {@code url(...)} anywhere in the page (the scripts' {@code createObjectURL(x)} is no CSS). */
  private static final Pattern CSS_URL = Pattern.compile("(?<![\\w$.-])url\\(\\s*[\"']?([^)\"'\\s]+)");

  /** The page, loaded once for the checks of what it renders. */
  private static HeadlessChromium.Load rendered;

  @BeforeAll
  static void render() {
    rendered = HeadlessChromium.load(PAGE);
  }

  @Test
  void loadsNoScriptStyleOrFontFromElsewhere() {
    assertThat(EXTERNAL.matcher(Published.read(PAGE)).results().map(m -> m.group()).toList()).isEmpty();
    assertThat(EXTERNAL.matcher("<style>@import url('https://fonts.example/x');</style>").find())
        .as("the pattern sees a web font import").isTrue();
  }

  @Test
  void everyUrlInItsStylesIsInline() {
    // html2's Bootstrap names ../img/glyphicons-halflings.png, which is not published; ReferencePage drops it.
    assertThat(CSS_URL.matcher(Published.read(PAGE)).results().map(m -> m.group(1))
        .filter(u -> !u.startsWith("data:")).toList()).isEmpty();
  }

  @Test
  void itsScriptsRunWithoutErrorAndAskTheNetworkForNothing() {
    assertThat(rendered.uncaughtErrors()).as("uncaught script errors").isEmpty();
    assertThat(rendered.requests()).as("requests the page tried (the network is blocked)").isEmpty();
  }

  @Test
  void showsEveryOperationWithTheTitleItsScriptsWriteForEachResponse() {
    String text = visibleText(rendered.dom());
    List<SpecOperation> operations = WawpSpec.load(Published.BUNDLE).operations();
    assertThat(operations).isNotEmpty().hasSameSizeAs(WawpSpec.load(Published.SPEC).operations());
    for (SpecOperation op : operations) {
      assertThat(text).as("the page shows " + op.operationId()).contains(op.operationId());
      assertThat(text).as("the page shows the summary of " + op.operationId()).contains(op.operation().getSummary());
      // The static page has these headings empty: only a script that ran fills them in.
      for (String code : op.operation().getResponses().keySet()) {
        assertThat(rendered.dom()).as("the rendered title of " + op.operationId() + " " + code)
            .containsPattern("<h3 id=\"examples-\\w+-" + op.operationId() + "-title-" + code + "\">Status: " + code + " - \\S");
      }
    }
  }

  @Test
  void drawsAPageNotABlankScreen() throws IOException {
    BufferedImage shot = ImageIO.read(rendered.screenshot().toFile());
    assertThat(shot).as("a PNG screenshot").isNotNull();
    assertThat(shot.getWidth()).isEqualTo(HeadlessChromium.WIDTH);
    Map<Integer, Integer> colours = new HashMap<>();
    for (int y = 0; y < shot.getHeight(); y++) {
      for (int x = 0; x < shot.getWidth(); x++) {
        colours.merge(shot.getRGB(x, y), 1, Integer::sum);
      }
    }
    int pixels = shot.getWidth() * shot.getHeight();
    int background = colours.values().stream().max(Integer::compare).orElse(pixels);
    assertThat(colours.size()).as("colours on screen").isGreaterThan(16);
    assertThat(pixels - background).as("pixels off the background colour").isGreaterThan(pixels / 20);
  }

  /** Java and TypeScript samples for every operation, nothing of the generator's generic ones. */
  @Test
  void showsAJavaAndATypeScriptSampleForEveryOperation() {
    String dom = rendered.dom();
    String text = visibleText(dom);
    for (SpecOperation op : WawpSpec.load(Published.BUNDLE).operations()) {
      String tag = op.operation().getTags().get(0);
      for (String lang : List.of("Java", "TypeScript")) {
        Matcher pane = Pattern.compile("(?s)<div class=\"tab-pane[^\"]*\" id=\"examples-" + Pattern.quote(tag) + "-"
            + Pattern.quote(op.operationId()) + "-0-" + lang + "\">(.*?)</div>").matcher(dom);
        assertThat(pane.find()).as(lang + " sample of " + op.operationId()).isTrue();
        String code = pane.group(1).replaceAll("<[^>]+>", "").replace("&quot;", "\"").replace("&#39;", "'");
        assertThat(code).as(lang + " sample of " + op.operationId()).contains("WawpClient")
            .contains(lang.equals("Java") ? CodeSamples.java(op.operationId(), tag, op.apiVersions().equals(List.of("v1"))).lines().filter(l -> l.contains("var result")).findFirst().orElseThrow().strip()
                : "from '@wawpkit/wawp-session-client'");
      }
    }
    assertThat(dom).doesNotContain("YOUR API KEY", "language-perl", "language-dart", "team@openapitools.org");
    assertThat(text).contains("https://github.com/wawpkit/wawp-session");
  }

  /** The lifecycle table, rendered from the model by the spec's reader, with each rule's evidence. */
  @Test
  void showsTheLifecycleTableWithEachRulesEvidence() {
    WawpSpec spec = WawpSpec.load(Published.BUNDLE);
    LifecycleModel model = spec.lifecycle();
    String dom = rendered.dom();
    assertThat(dom).contains("id=\"wawp-lifecycle-table\"", "id=\"wawp-lifecycle-moves\"", "id=\"wawp-lifecycle-evidence\"")
        .doesNotContain(LifecycleSection.MARKER).doesNotContain("(no mark)");
    int cells = 0;
    for (String action : model.actions()) {
      for (String from : model.states()) {
        Matcher cell = Pattern.compile("(?s)<td data-action=\"" + action + "\" data-from=\"" + from + "\">(.*?)</td>").matcher(dom);
        assertThat(cell.find()).as(action + " from " + from).isTrue();
        String to = model.transition(action, from).orElseThrow().to();
        Evidence mark = spec.evidence().transition(action, from).orElseThrow();
        assertThat(cell.group(1)).as(action + " from " + from)
            .startsWith(to.equals(model.terminal()) ? "gone" : to)
            .contains("wawp-" + mark.basis().word() + "\">" + mark.basis().word());
        Matcher note = Pattern.compile("href=\"#(wawp-evidence-\\d+)\"").matcher(cell.group(1));
        assertThat(note.find()).isTrue();
        assertThat(dom).contains("<li id=\"" + note.group(1) + "\" data-basis=\"" + mark.basis().word() + "\"><b>" + mark.basis().word() + "</b>");
        cells++;
      }
    }
    assertThat(cells).isEqualTo(model.actions().size() * model.states().size()).isGreaterThanOrEqualTo(25);
    String text = visibleText(dom);
    for (Move move : model.moves()) {
      assertThat(text).contains(move.name());
    }
    assertThat(dom).contains("data-basis=\"documented\"", "data-basis=\"position\"");
  }

  /** The checks above can fail: a page with a script error and two requests trips both. */
  @Test
  void theRenderSeesAScriptErrorAndARequest() throws IOException {
    Path probe = Published.WORK.resolve("probe/index.html");
    Files.createDirectories(probe.getParent());
    Files.writeString(probe, "<!DOCTYPE html><html><body><img src=\"http://example.invalid/a.png\">"
        + "<script>fetch('https://example.invalid/b').catch(function () {}); notDefined();</script></body></html>");
    HeadlessChromium.Load probed = HeadlessChromium.load(probe);
    assertThat(probed.uncaughtErrors()).singleElement().asString().contains("notDefined");
    assertThat(probed.requests()).contains("http://example.invalid/a.png", "https://example.invalid/b");
  }

  @Test
  void theRepairQuotesResponseDescriptionsAndDropsRelativeCssUrls() {
    String generated = """
        <script>var tag = /^<style\\b[^>]*>/; URL.createObjectURL(data); url(x);</script>
        <style type="text/css">.i{background-image:url("../img/glyphicons-halflings.png")}.d{background:url(data:image/png;base64,AA)}</style>
        <script>
          var responseInfo400_description = `Missing (`missing_parameter`), ${not} a \\d
        second line </script>`;
          var responseInfo400_description_break = responseInfo400_description.indexOf('\\n');
        </script>
        <script>var css = "url(../not/in/a/style)";</script>
        """;
    ReferencePage.Repair repair = ReferencePage.repair(generated);
    assertThat(repair.descriptions()).isEqualTo(1);
    assertThat(repair.urls()).isEqualTo(1);
    assertThat(repair.html())
        .contains("<style type=\"text/css\">.i{background-image:none}.d{background:url(data:image/png;base64,AA)}")
        .contains("var responseInfo400_description = \"Missing (`missing_parameter`), ${not} a \\\\d\\nsecond line <\\/script>\";\n"
            + "  var responseInfo400_description_break = ")
        .contains("var css = \"url(../not/in/a/style)\";")
        .contains("<script>var tag = /^<style\\b[^>]*>/; URL.createObjectURL(data); url(x);</script>");
    assertThat(ReferencePage.repair(repair.html()).html()).as("a second repair changes nothing").isEqualTo(repair.html());
  }

  private static String visibleText(String dom) {
    String body = Pattern.compile("(?is)<(script|style)[^>]*>.*?</\\1>").matcher(dom).replaceAll(" ");
    return body.replaceAll("<[^>]+>", " ").replace("&amp;", "&").replace("&#39;", "'").replace("&quot;", "\"")
        .replace("&lt;", "<").replace("&gt;", ">");
  }
}
