package io.wawpkit.session.conformance.pact;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Deletes this consumer's pact files once per test JVM, before the first consumer test class runs.
 * Pact merges what a class writes into an existing file, which is what lets several classes share
 * one pact, but it also keeps interactions a previous build wrote and this one no longer does (a
 * renamed or removed test) until {@code mvn clean}. Surefire runs all classes in one JVM, so the
 * first class starts the file afresh and the others merge into it.
 */
final class FreshPactFiles implements BeforeAllCallback {
  private static final AtomicBoolean DONE = new AtomicBoolean();

  @Override
  public void beforeAll(ExtensionContext context) {
    if (!DONE.compareAndSet(false, true)) {
      return;
    }
    Path dir = Path.of(PactContract.PACT_DIR);
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.getFileName().toString().startsWith(PactContract.CONSUMER + "-")).toList()) {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
