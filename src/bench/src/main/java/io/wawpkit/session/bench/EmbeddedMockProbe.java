package io.wawpkit.session.bench;

import io.wawpkit.session.mock.WawpMock;
import io.wawpkit.session.mock.junit.WawpMockExtension;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A JUnit 5 test class as a user writes one (the mock registered as an extension), run by
 * {@link EmbeddedStartupProbe} in a fresh JVM: prints when its first request was answered.
 */
public final class EmbeddedMockProbe {
  // Before the extension field: static initialisers run in textual order.
  private static final long CLASS_LOADED = System.nanoTime();

  @RegisterExtension
  static final WawpMockExtension WAWP = WawpMockExtension.fast();

  @Test
  void firstRequestIsAnswered() throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpRequest create = HttpRequest.newBuilder(URI.create(WAWP.baseUrl() + "/session/create?access_token=" + WAWP.paidToken()))
        .POST(HttpRequest.BodyPublishers.noBody()).build();
    int status = http.send(create, HttpResponse.BodyHandlers.discarding()).statusCode();
    long inTest = System.nanoTime() - CLASS_LOADED;
    System.out.println(EmbeddedStartupProbe.MARKER + " status=" + status
        + " uptimeMs=" + ManagementFactory.getRuntimeMXBean().getUptime()
        + " inTestMs=" + inTest / 1_000_000);
    // A second mock in the same JVM (the next test class): the parsed spec is cached per JVM.
    long t0 = System.nanoTime();
    try (WawpMock second = WawpMock.builder().build().start()) {
      HttpRequest again = HttpRequest.newBuilder(URI.create(second.baseUrl() + "/session/create?access_token="
          + second.token("demo-paid"))).POST(HttpRequest.BodyPublishers.noBody()).build();
      http.send(again, HttpResponse.BodyHandlers.discarding());
    }
    System.out.println("second mock in the same JVM: secondMs=" + (System.nanoTime() - t0) / 1_000_000);
    System.out.flush();
  }
}
