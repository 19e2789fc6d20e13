package io.wawpkit.session.publish;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublishedFolderTest {

  @Test
  void holdsEverythingTheConsumerReadmeNames() {
    String version = Published.bundle().at("/info/version").asText();
    String readme = Published.read(Published.DIR.resolve("README.md"));
    assertThat(readme).contains("Wawp session API " + version).doesNotContain("${");
    for (String path : new String[] {"wawp-session.yaml", "wawp-session.json", "CHANGELOG.md", "reference/index.html",
        "clients/typescript-fetch/", "clients/python/"}) {
      assertThat(readme).contains("`" + path + "`");
      assertThat(Published.DIR.resolve(path)).exists();
    }
    assertThat(Published.read(Published.DIR.resolve("CHANGELOG.md"))).contains("## " + version);
    assertThat(Published.read(Published.DIR.resolve("clients/python/pyproject.toml"))).contains("version = \"" + version + "\"");
  }
}
