package io.wawpkit.session.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link EmbeddedMockProbe}'s twin for WireMock: a JUnit 5 class with WireMock's own extension
 * (dynamic port, request journal off as in section 2), one stub for the same call, measured the
 * same way from the class's load to its first answer. Runs with wiremock-standalone on the class
 * path (section 4 adds it); compiled against it (a provided dependency).
 */
public final class WireMockJUnitProbe {
  // Before the extension field: static initialisers run in textual order.
  private static final long CLASS_LOADED = System.nanoTime();

  @RegisterExtension
  static final WireMockExtension WM = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().disableRequestJournal())
      .build();

  @Test
  void firstRequestIsAnswered() throws Exception {
    WM.stubFor(post(urlPathEqualTo("/v2/session/create"))
        .willReturn(okJson("{\"instance_id\":\"51F9544553DC\",\"session_name\":\"wawp-1\",\"status\":\"STOPPED\"}")));
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpRequest create = HttpRequest.newBuilder(URI.create(WM.baseUrl() + "/v2/session/create?access_token=tok"))
        .POST(HttpRequest.BodyPublishers.noBody()).build();
    int status = http.send(create, HttpResponse.BodyHandlers.discarding()).statusCode();
    long inTest = System.nanoTime() - CLASS_LOADED;
    System.out.println(EmbeddedStartupProbe.MARKER + " status=" + status
        + " uptimeMs=" + ManagementFactory.getRuntimeMXBean().getUptime()
        + " inTestMs=" + inTest / 1_000_000);
    System.out.flush();
  }
}
