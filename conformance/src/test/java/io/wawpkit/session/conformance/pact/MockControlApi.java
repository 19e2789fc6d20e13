package io.wawpkit.session.conformance.pact;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The mock's control API over HTTP ({@code /_mock/...}, see src/mock/README.md): the only way the
 * provider states reach into the mock, for what no public call can do (a person scans, the service
 * fails a session, an account's plan). Never the mock's Java internals.
 */
final class MockControlApi {
  private final String controlUrl;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  MockControlApi(String controlUrl) {
    this.controlUrl = controlUrl.replaceAll("/+$", "");
  }

  /** Forgets every session and fault; plans back to configured. */
  void reset() {
    send("POST", "/reset", "{}");
  }

  /** A person scans the QR: SCAN_QR_CODE -> WORKING, the login is saved. */
  void scan(String instanceId) {
    send("POST", "/sessions/" + instanceId + "/scan", "{}");
  }

  /** The service breaks the session: -> FAILED. */
  void fail(String instanceId) {
    send("POST", "/sessions/" + instanceId + "/fail", "{}");
  }

  /** Sets an account's plan ({@code free} or {@code paid}). */
  void plan(String account, String plan) {
    send("PUT", "/accounts/" + account + "/plan", "{\"plan\":\"" + plan + "\"}");
  }

  private void send(String method, String path, String body) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(controlUrl + path))
        .timeout(Duration.ofSeconds(5))
        .header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(body))
        .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("control API " + method + " " + path + " answered "
            + response.statusCode() + ": " + response.body());
      }
    } catch (IOException e) {
      throw new IllegalStateException("control API " + method + " " + path + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
