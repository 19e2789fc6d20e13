package io.wawpkit.session.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's Java examples are the consumer project's Example.java and Login.java, which the
 * build compiles and runs against the installed jar: so the README's examples compile and work.
 */
class ReadmeExampleIsTheBuiltExampleTest {
  @Test
  void readmeShowsExactlyTheBuiltExample() throws Exception {
    Path root = Path.of(System.getProperty("root.dir"));
    String readme = Files.readString(root.resolve("README.md"));
    int start = readme.indexOf("```java\n");
    assertThat(start).as("README has a java block").isNotNegative();
    String block = readme.substring(start + "```java\n".length(), readme.indexOf("```", start + 7));
    String example = Files.readString(root.resolve("src/client/src/it/consumer/src/main/java/example/Example.java"));
    assertThat(block).isEqualTo(example);
  }

  @Test
  void readmeShowsExactlyTheBuiltLoginExample() throws Exception {
    Path root = Path.of(System.getProperty("root.dir"));
    String readme = Files.readString(root.resolve("README.md"));
    String login = Files.readString(root.resolve("src/client/src/it/consumer/src/main/java/example/Login.java"));
    assertThat(readme).as("README shows Login.java as a java block").contains("```java\n" + login + "```\n");
  }
}
