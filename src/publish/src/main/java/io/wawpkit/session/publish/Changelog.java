package io.wawpkit.session.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/** {@code openapi/CHANGELOG.md}: one {@code ## <version>} section per released spec version. */
final class Changelog {
  private final String text;

  private Changelog(String text) {
    this.text = text;
  }

  static Changelog read(Path file) {
    try {
      return new Changelog(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the changelog " + file, e);
    }
  }

  static Changelog of(String text) {
    return new Changelog(text);
  }

  /** Whether a section heading names this version (such as {@code ## 1.1.0 - 2026-12-01}). */
  boolean hasEntry(SemVer version) {
    return Pattern.compile("(?m)^##\\s+\\[?" + Pattern.quote(version.toString()) + "\\]?(\\s|$)")
        .matcher(text).find();
  }
}
