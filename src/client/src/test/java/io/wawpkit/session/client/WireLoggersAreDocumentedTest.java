package io.wawpkit.session.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * HttpClient's wire and header loggers print the token at DEBUG, below anything the client can
 * mask: the README must name them, and they must be the names the transport really uses.
 */
class WireLoggersAreDocumentedTest {
  private static final String[] LOGGERS = {"org.apache.hc.client5.http.wire", "org.apache.hc.client5.http.headers"};

  @Test
  void theReadmeNamesTheLoggersTheTransportUses() throws IOException {
    String connection;
    try (InputStream in = getClass().getClassLoader()
        .getResourceAsStream("org/apache/hc/client5/http/impl/io/DefaultManagedHttpClientConnection.class")) {
      assertThat(in).as("HttpClient 5's connection class on the classpath").isNotNull();
      connection = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
    String readme = Files.readString(Path.of(System.getProperty("root.dir")).resolve("README.md"));
    for (String logger : LOGGERS) {
      assertThat(connection).as("HttpClient still logs as %s", logger).contains(logger);
      assertThat(readme).as("README names %s", logger).contains("`" + logger + "`");
    }
    assertThat(readme).contains("Keep both above\n  DEBUG");
  }
}
