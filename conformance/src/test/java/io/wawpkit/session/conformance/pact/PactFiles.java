package io.wawpkit.session.conformance.pact;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The pact files the consumer tests wrote, read as plain JSON (what a provider or a broker sees). */
final class PactFiles {
  private static final ObjectMapper JSON = new ObjectMapper();

  private PactFiles() {}

  /** The written pact files; fails when there are none (a check of nothing must not pass). */
  static List<Path> written() {
    Path dir = Path.of(PactContract.PACT_DIR);
    assertThat(dir).as("pact folder written by the consumer tests").isDirectory();
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> pacts = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
      assertThat(pacts).as("pact files in " + dir.toAbsolutePath()).isNotEmpty();
      return pacts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every interaction of every written pact file. */
  static List<JsonNode> interactions() {
    List<JsonNode> all = new ArrayList<>();
    for (Path file : written()) {
      json(text(file)).path("interactions").forEach(all::add);
    }
    return all;
  }
}
