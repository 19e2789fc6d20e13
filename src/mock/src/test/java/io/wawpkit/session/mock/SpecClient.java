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
import io.wawpkit.session.spec.CredentialNames;
import io.wawpkit.session.spec.SpecOperation;
import io.wawpkit.session.spec.WawpSpec;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Calls the mock and validates every answer against the spec (fields the spec does not name are
 * allowed, as the spec says; any other finding fails the test). Answers for undocumented paths or
 * methods are checked to have the Error shape.
 */
public final class SpecClient {
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
  public record Answer(int status, Map<String, List<String>> headers, JsonNode body) {
    public String header(String name) {
      return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0)).findFirst().orElse(null);
    }

    public String code() {
      return body.path("code").asText(null);
    }

    public String status(String field) {
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

  /**
   * Creates a session through this client's base with the create operation the spec serves on v1
   * (this client must point at the mock's v1 base).
   */
  String createOnV1(String token) {
    SpecOperation create = mock.spec().operations().stream()
        .filter(o -> !o.needsInstance() && o.apiVersions().contains("v1"))
        .findFirst().orElseThrow(() -> new AssertionError("the spec serves no create on v1"));
    Map<String, String> query = new LinkedHashMap<>(credentials(token, null));
    // v1's documented create takes a name; the id is where create's links say
    query.put("name", "v1-" + System.nanoTime());
    Answer a = send(create.method().name(), create.path(), query, Map.of(), null);
    assertThat(a.status()).isEqualTo(200);
    return a.body().at(mock.spec().instanceIdPointer(create)).asText();
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
    if (body != null && headers.keySet().stream().noneMatch("Content-Type"::equalsIgnoreCase)) {
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
    return checked(method, path, r.statusCode(), r.headers().map(), r.body());
  }

  /**
   * A request written as raw bytes on a socket, for what java.net.http refuses to send (a broken
   * escape such as {@code %zz}); {@code rawPath} is relative to the base path and sent as is.
   */
  Answer raw(String method, String rawPath, String rawQuery) {
    URI uri = URI.create(base);
    String target = uri.getRawPath() + rawPath + (rawQuery == null ? "" : "?" + rawQuery);
    String head;
    String body;
    try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write((method + " " + target + " HTTP/1.1\r\nHost: " + uri.getHost() + ":"
          + uri.getPort() + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      String all = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int end = all.indexOf("\r\n\r\n");
      assertThat(end).as("an HTTP answer: %s", all).isPositive();
      head = all.substring(0, end);
      body = all.substring(end + 4);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    String[] lines = head.split("\r\n");
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT), k -> new ArrayList<>())
          .add(lines[i].substring(colon + 1).trim());
    }
    return checked(method, decodedOrAsIs(rawPath), Integer.parseInt(lines[0].split(" ")[1]), headers, body);
  }

  /** The path the spec knows it by; a broken escape stays as it is (no operation has it). */
  private static String decodedOrAsIs(String rawPath) {
    try {
      return java.net.URLDecoder.decode(rawPath, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return rawPath;
    }
  }

  /**
   * Validates an answer that another client got from {@code mock} ({@code path} relative to the
   * base path), with the same checks as every call made here.
   */
  public static Answer checked(WawpMock mock, String method, String path, HttpResponse<String> r) {
    return new SpecClient(mock).checked(method, path, r.statusCode(), r.headers().map(), r.body());
  }

  /** The operation's first request-body example in the spec, as JSON text. */
  static String exampleBody(SpecOperation op) {
    JsonNode example = op.requestExample().orElse(null);
    assertThat(example).as("%s has a request example in the spec", op.label()).isNotNull();
    return example.toString();
  }

  private Answer checked(String method, String path, int status, Map<String, List<String>> headers, String body) {
    JsonNode json;
    try {
      json = JSON.readTree(body);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + body, e);
    }
    if (json == null || json.isMissingNode()) {
      throw new AssertionError(method + " " + path + " answered " + status + " with an empty body");
    }
    checkAgainstSpec(method, path, status, headers, body, json);
    return new Answer(status, headers, json);
  }

  private void checkAgainstSpec(String method, String path, int status, Map<String, List<String>> headers,
      String body, JsonNode json) {
    boolean documented = mock.spec().operation(PathItem.HttpMethod.valueOf(method), path).isPresent();
    if (!documented) {
      assertThat(json.path("code").isTextual() && json.path("message").isTextual()).as("Error shape: %s", json).isTrue();
      assertThat(json.path("data").path("status").asInt()).isEqualTo(status);
      return;
    }
    SimpleResponse.Builder response = SimpleResponse.Builder.status(status).withBody(body);
    headers.forEach((k, v) -> {
      if (k.equalsIgnoreCase("content-type")) {
        response.withContentType(v.get(0));
      } else {
        response.withHeader(k, v);
      }
    });
    ValidationReport report = VALIDATOR.validateResponse(path, Request.Method.valueOf(method), response.build());
    if (report.hasErrors()) {
      fail("%s %s answered %d %s, which breaks the spec: %s", method, path, status, body, report.getMessages());
    }
  }

  private Map<String, String> credentials(String token, String instanceId) {
    CredentialNames names = mock.spec().credentials();
    Map<String, String> q = new LinkedHashMap<>();
    if (token != null) {
      q.put(names.tokenParameter(), token);
    }
    if (instanceId != null) {
      q.put(names.instanceParameter(), instanceId);
    }
    return q;
  }
}
