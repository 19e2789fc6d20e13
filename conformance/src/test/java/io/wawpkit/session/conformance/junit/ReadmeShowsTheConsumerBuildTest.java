package io.wawpkit.session.conformance.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.wawpkit.session.spec.WawpSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's "The suite in your own build" shows what the consumer build (src/it/junit-consumer)
 * runs: its dependencies (the part of its pom between the README markers, with this version) and its
 * test class, as they are. So the snippets compile and pass, because the build runs them.
 */
class ReadmeShowsTheConsumerBuildTest {
  static final Path ROOT = Path.of(System.getProperty("root.dir", "..")).toAbsolutePath().normalize();
  static final Path CONSUMER = ROOT.resolve("conformance/src/it/junit-consumer");

  @Test
  void theReadmeShowsTheConsumersTestClass() throws Exception {
    String test = Files.readString(CONSUMER.resolve("src/test/java/example/ConformanceTest.java"));
    assertThat(readme()).contains("```java\n" + test + "```\n");
  }

  @Test
  void theReadmeShowsTheConsumersDependencies() throws Exception {
    String pom = Files.readString(CONSUMER.resolve("pom.xml"));
    Matcher part = Pattern.compile("    <!-- README: begin -->\n(.*?)    <!-- README: end -->\n", Pattern.DOTALL).matcher(pom);
    assertThat(part.find()).as("the pom marks what the README shows").isTrue();
    Matcher junit = Pattern.compile("<junit.version>([^<]+)</junit.version>").matcher(pom);
    assertThat(junit.find()).isTrue();
    String dependencies = part.group(1).lines().map(l -> "  " + l.substring(Math.min(4, l.length() - l.stripLeading().length())))
        .collect(Collectors.joining("\n", "<dependencies>\n", "\n</dependencies>\n"))
        .replace("@project.version@", WawpSpec.load().version()).replace("${junit.version}", junit.group(1));
    assertThat(readme()).contains("```xml\n" + dependencies + "```\n");
    // Surefire's names for dynamic tests, as the README advises.
    assertThat(pom).contains("<usePhrasedTestCaseMethodName>true</usePhrasedTestCaseMethodName>");
    assertThat(readme()).contains("<usePhrasedTestCaseMethodName>true</usePhrasedTestCaseMethodName>");
  }

  private static String readme() throws Exception {
    return Files.readString(ROOT.resolve("README.md"));
  }
}
