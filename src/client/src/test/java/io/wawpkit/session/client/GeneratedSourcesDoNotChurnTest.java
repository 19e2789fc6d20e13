package io.wawpkit.session.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.wawpkit.session.spec.WawpSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A version bump or an edit of the spec's {@code info.description} must regenerate nothing: no
 * committed generated file may carry either (the header template in generated/generator/ leaves
 * them out).
 */
class GeneratedSourcesDoNotChurnTest {
  private static final Path ROOT = Path.of(System.getProperty("root.dir", "../.."));

  @Test
  void noGeneratedFileCarriesTheSpecVersionOrDescription() throws IOException {
    WawpSpec spec = WawpSpec.load();
    String version = spec.version();
    // The longest run of the description without characters the generator escapes: distinctive,
    // and printed as is wherever the description is.
    String description = Arrays.stream(spec.openApi().getInfo().getDescription().split("[\"'`\\n]"))
        .max(Comparator.comparingInt(String::length)).orElseThrow();
    List<Path> sources;
    try (Stream<Path> files = Files.walk(ROOT.resolve("generated/src/main/java"))) {
      sources = files.filter(f -> f.toString().endsWith(".java")).toList();
    }
    assertThat(sources).isNotEmpty();
    assertThat(description).hasSizeGreaterThan(40);
    for (Path source : sources) {
      String text = Files.readString(source);
      assertThat(text).as(source + " carries the spec's description").doesNotContain(description);
      assertThat(text).as(source + " carries the spec's version")
          .doesNotContain("OpenAPI document: " + version)
          .doesNotContainPattern("(?<![\\w.])" + Pattern.quote(version) + "(?![\\w.])");
    }
  }
}
