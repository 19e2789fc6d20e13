package io.wawpkit.session.conformance.engine;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The control API of this project's mock ({@code /_mock/...}): the only door the suite has into
 * the mock, for what only a person or the service could do (scan a QR, fail a session).
 */
public final class ControlApi {
  private final URI controlUrl;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  public ControlApi(URI controlUrl) {
    this.controlUrl = controlUrl;
  }

  /** A person scans the session's QR. */
  public void scan(String instanceId) {
    post("/sessions/" + instanceId + "/scan", "{}");
  }

  /** The service fails the session (the model's first service move: the login is kept). */
  public void fail(String instanceId) {
    post("/sessions/" + instanceId + "/fail", "{}");
  }

  /** Applies a move of the spec's model by name (fail, unlink, ...). */
  public void move(String instanceId, String moveName) {
    post("/sessions/" + instanceId + "/moves/" + moveName, "{}");
  }

  private String post(String path, String body) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(controlUrl + path))
        .timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() >= 300) {
        throw new IllegalStateException("control API " + path + " answered " + response.statusCode() + ": " + response.body());
      }
      return response.body();
    } catch (IOException e) {
      throw new IllegalStateException("control API " + path + " unreachable: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
