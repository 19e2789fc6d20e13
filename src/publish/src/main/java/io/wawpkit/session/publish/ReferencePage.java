package io.wawpkit.session.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wawpkit.session.spec.WawpSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs two defects of the page OpenAPI Generator's {@code html2} writes, after it is written
 * (its templates cannot escape for JavaScript, and overriding them would mean copying them whole):
 *
 * <ul>
 *   <li>Each response description is pasted verbatim into a JavaScript template literal
 *       ({@code `...`}). A description with Markdown code ({@code `missing_parameter`}) ends the
 *       literal early, the script fails, and the page shows no "Status: 400 - ..." title for that
 *       response. Each becomes a JSON string literal, which means the same text.
 *   <li>Bootstrap 2's CSS points its icon sprites at {@code ../img/glyphicons-halflings*.png},
 *       files that are not published (the page shows no icon). Relative {@code url()}s in the
 *       styles become {@code none}, so the page refers to no file beside it.
 * </ul>
 */
public final class ReferencePage {
  /** {@code var responseX_description = `...`;} up to the statement the template always puts next. */
  private static final Pattern DESCRIPTION =
      Pattern.compile("(?s)(var (response\\w+_description) = )`(.*?)`;(\\s*var \\2_break = )");
  /**
   * A style element. "{@code <style}" must be followed by {@code >} or a space: the page's
   * scripts hold regular expressions such as {@code /<style\b[^>]*>/} that are no tag.
   */
  private static final Pattern STYLE = Pattern.compile("(?is)(<style(?:\\s[^<>]*)?>)(.*?)(</style>)");
  /** A CSS {@code url()} that names neither a data URI nor a scheme nor a network path. */
  private static final Pattern RELATIVE_URL =
      Pattern.compile("(?i)(?<![\\w$.-])url\\(\\s*[\"']?(?!data:|[a-z][a-z0-9+.-]*:|//)[^)\"'\\s]+[\"']?\\s*\\)");
  private static final ObjectMapper JSON = new ObjectMapper();

  private ReferencePage() {}

  /** What {@link #repair} changed. */
  record Repair(String html, int descriptions, int urls) {}

  static Repair repair(String html) {
    int[] descriptions = {0};
    String quoted = DESCRIPTION.matcher(html).replaceAll(m -> {
      descriptions[0]++;
      return Matcher.quoteReplacement(m.group(1) + jsString(m.group(3)) + ";" + m.group(4));
    });
    int[] urls = {0};
    String styled = STYLE.matcher(quoted).replaceAll(style -> {
      Matcher url = RELATIVE_URL.matcher(style.group(2));
      String css = url.replaceAll(m -> {
        urls[0]++;
        return "none";
      });
      return Matcher.quoteReplacement(style.group(1) + css + style.group(3));
    });
    return new Repair(styled, descriptions[0], urls[0]);
  }

  /** The text as a JavaScript string literal that cannot end its script element. */
  private static String jsString(String text) {
    try {
      return JSON.writeValueAsString(text).replace("</", "<\\/");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Puts the lifecycle section ({@link LifecycleSection}) where the template left its marker.
   *
   * @throws IllegalStateException when the page has no marker (a template that lost it)
   */
  static String withLifecycle(String html, WawpSpec spec) {
    if (!html.contains(LifecycleSection.MARKER)) {
      throw new IllegalStateException("the page has no lifecycle marker (templates/html2/index.mustache)");
    }
    return html.replace(LifecycleSection.MARKER, LifecycleSection.html(spec));
  }

  /** {@code ReferencePage <index.html> <bundle.yaml>}: repairs the generated page in place and adds the lifecycle. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: ReferencePage <index.html> <bundle.yaml>");
    }
    Path page = Path.of(args[0]);
    Repair repair = repair(Files.readString(page, StandardCharsets.UTF_8));
    Files.writeString(page, withLifecycle(repair.html(), WawpSpec.load(Path.of(args[1]))), StandardCharsets.UTF_8);
    System.out.println("[publish] reference page: " + repair.descriptions() + " response descriptions made JSON strings, "
        + repair.urls() + " relative CSS url()s dropped, the lifecycle section added");
  }
}
