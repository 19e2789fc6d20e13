package io.wawpkit.session.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.PathItem;
import io.wawpkit.session.spec.WawpSpec;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Calls the mock and validates every answer against the spec (fields the spec does not name are
 * allowed, as the spec says; any other finding fails the test). Answers for undocumented paths or
 * methods are checked to have the Error shape.
 */
final class SpecClient {
  private static final ObjectMapper JSON = new ObjectMapper();
  // From the text, so that the validator resolves the response references itself.
  private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
      .createForInlineApiSpecification(WawpSpec.load().text())
      .withBasePathOverride("/")
      .withLevelResolver(LevelResolver.create()
          .withLevel("validation.schema.additionalProperties", ValidationReport.Level.IGNORE)
          .build())
      .build();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final WawpMock mock;
  private final String base;

  SpecClient(WawpMock mock) {
    this(mock, mock.baseUrl());
  }

  SpecClient(WawpMock mock, String base) {
    this.mock = mock;
    this.base = base;
  }

  SpecClient v1() {
    return new SpecClient(mock, mock.v1BaseUrl());
  }

  /** An answer: status, headers, parsed JSON body. */
  record Answer(int status, Map<String, List<String>> headers, JsonNode body) {
    String header(String name) {
      return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0)).findFirst().orElse(null);
    }

    String code() {
      return body.path("code").asText(null);
    }

    String status(String field) {
      return body.path(field).asText(null);
    }
  }

  /** Query-parameter credentials. */
  Answer query(String method, String path, String token, String instanceId) {
    return send(method, path, credentials(token, instanceId), Map.of(), null);
  }

  Answer query(String method, String path, String token, String instanceId, String jsonBody) {
    return send(method, path, credentials(token, instanceId), Map.of(), jsonBody);
  }

  /** Bearer + X-Instance-ID credentials. */
  Answer bearer(String method, String path, String token, String instanceId) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Authorization", "Bearer " + token);
    if (instanceId != null) {
      headers.put("X-Instance-ID", instanceId);
    }
    return send(method, path, Map.of(), headers, null);
  }

  String create(String token) {
    Answer a = query("POST", "/session/create", token, null);
    assertThat(a.status()).isEqualTo(200);
    return a.body().get("instance_id").asText();
  }

  Answer send(String method, String path, Map<String, String> query, Map<String, String> headers, String body) {
    return exchange(method, path, query, headers,
        body == null ? null : HttpRequest.BodyPublishers.ofString(body));
  }

  /**
   * A JSON body sent with {@code Transfer-Encoding: chunked}: a stream publisher gives the client no
   * length to announce.
   */
  Answer chunked(String method, String path, String token, String instanceId, byte[] jsonBody) {
    return exchange(method, path, credentials(token, instanceId), Map.of(),
        HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(jsonBody)));
  }

  private Answer exchange(String method, String path, Map<String, String> query, Map<String, String> headers,
      HttpRequest.BodyPublisher body) {
    String qs = query.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path + (qs.isEmpty() ? "" : "?" + qs)))
        .timeout(Duration.ofSeconds(10))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : body);
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    headers.forEach(b::header);
    HttpResponse<String> r;
    try {
      r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    JsonNode json;
    try {
      json = JSON.readTree(r.body());
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + r.body(), e);
    }
    checkAgainstSpec(method, path, r, json);
    return new Answer(r.statusCode(), r.headers().map(), json);
  }

  private void checkAgainstSpec(String method, String path, HttpResponse<String> r, JsonNode json) {
    boolean documented = mock.spec().operation(PathItem.HttpMethod.valueOf(method), path).isPresent();
    if (!documented) {
      assertThat(json.path("code").isTextual() && json.path("message").isTextual()).as("Error shape: %s", json).isTrue();
      assertThat(json.path("data").path("status").asInt()).isEqualTo(r.statusCode());
      return;
    }
    SimpleResponse.Builder response = SimpleResponse.Builder.status(r.statusCode()).withBody(r.body());
    r.headers().firstValue("content-type").ifPresent(response::withContentType);
    r.headers().map().forEach((k, v) -> {
      if (!k.equalsIgnoreCase("content-type")) {
        response.withHeader(k, v);
      }
    });
    ValidationReport report = VALIDATOR.validateResponse(path, Request.Method.valueOf(method), response.build());
    if (report.hasErrors()) {
      fail("%s %s answered %d %s, which breaks the spec: %s", method, path, r.statusCode(), r.body(), report.getMessages());
    }
  }

  private static Map<String, String> credentials(String token, String instanceId) {
    Map<String, String> q = new LinkedHashMap<>();
    if (token != null) {
      q.put("access_token", token);
    }
    if (instanceId != null) {
      q.put("instance_id", instanceId);
    }
    return q;
  }
}
