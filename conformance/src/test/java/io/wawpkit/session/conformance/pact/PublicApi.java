package io.wawpkit.session.conformance.pact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/**
 * The provider's public API as the provider states use it to set themselves up: plain HTTP with
 * header credentials (never the token in a URL), independent of the client under test. Works
 * against any target.
 */
final class PublicApi {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI baseUrl;
  private final Duration timeout;
  private final HttpClient http;

  /** @param baseUrl the API's base URL with its version prefix, such as {@code http://127.0.0.1:8089/v2} */
  PublicApi(URI baseUrl, Duration timeout) {
    this.baseUrl = URI.create(baseUrl.toString().replaceAll("/+$", ""));
    this.timeout = timeout;
    this.http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }

  String create(String token) {
    return call("POST", "/session/create", token, null, null).path("instance_id").asText();
  }

  void start(String token, String id) {
    call("POST", "/session/start", token, id, null);
  }

  String status(String token, String id) {
    return call("GET", "/session/info", token, id, null).path("status").asText();
  }

  void delete(String token, String id) {
    call("DELETE", "/session/delete", token, id, null);
  }

  void newTempLink(String token, String id) {
    call("POST", "/session/temp-link", token, id, null);
  }

  void replaceWebhooks(String token, String id, String webhookUrl) {
    call("POST", "/session/webhook", token, id,
        "{\"webhooks\":[{\"url\":\"" + webhookUrl + "\",\"events\":[\"session.status\"]}]}");
  }

  boolean hasActivePlan(String token, String id) {
    return call("GET", "/session/rate-limit", token, id, null).path("has_active_plan").asBoolean();
  }

  /** Polls info until the session shows the status (bounded). */
  void awaitStatus(String token, String id, String status, Duration within) {
    Instant deadline = Instant.now().plus(within);
    String seen = status(token, id);
    while (!seen.equals(status)) {
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException("session did not reach " + status + " within " + within + " (is " + seen + ")");
      }
      sleep(25);
      seen = status(token, id);
    }
  }

  /** Deletes a session this run created; one that is gone already is fine. */
  void deleteQuietly(String token, String id) {
    try {
      send("DELETE", "/session/delete", token, id, null);
    } catch (RuntimeException ignored) {
      // Best effort: teardown must not hide the verification's own result.
    }
  }

  private JsonNode call(String method, String path, String token, String id, String body) {
    HttpResponse<String> response = send(method, path, token, id, body);
    if (response.statusCode() != 200) {
      // The body is an Error shape; it names no token (the tokens travel in headers only).
      throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
    }
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + " answered no JSON: " + e.getMessage(), e);
    }
  }

  private HttpResponse<String> send(String method, String path, String token, String id, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
        .timeout(timeout)
        .header("Authorization", "Bearer " + token)
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (id != null) {
      request.header("X-Instance-ID", id);
    }
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
