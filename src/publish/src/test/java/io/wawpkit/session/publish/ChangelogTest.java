package io.wawpkit.session.publish;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChangelogTest {

  @Test
  void findsAVersionOnlyInASectionHeading() {
    Changelog log = Changelog.of("# Changelog\n\n## 1.1.0 - 2026-12-01\n- mentions 1.0.9 in text\n\n## [1.0.0]\n");
    assertThat(log.hasEntry(SemVer.parse("1.1.0"))).isTrue();
    assertThat(log.hasEntry(SemVer.parse("1.0.0"))).isTrue();
    assertThat(log.hasEntry(SemVer.parse("1.0.9"))).isFalse();
    assertThat(log.hasEntry(SemVer.parse("1.1.1"))).isFalse();
  }

  @Test
  void theProjectChangelogHasTheCurrentVersion() {
    SemVer current = SemVer.parse(Published.bundle().at("/info/version").asText());
    assertThat(Changelog.read(Published.ROOT.resolve("openapi/CHANGELOG.md")).hasEntry(current)).isTrue();
  }
}
