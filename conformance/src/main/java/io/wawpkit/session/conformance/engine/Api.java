package io.wawpkit.session.conformance.engine;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.wawpkit.session.common.ConnectionProblems;
import io.wawpkit.session.common.Redactor;
import io.wawpkit.session.common.Secrets;
import io.wawpkit.session.spec.CredentialNames;
import io.wawpkit.session.spec.Evidence;
import io.wawpkit.session.spec.SpecOperation;
import io.wawpkit.session.spec.WawpSpec;
import java.io.IOException;
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
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sends the suite's requests with RestAssured and validates every answer against the spec with
 * swagger-request-validator: status documented, content type, required headers, body schema.
 * Fields the schema does not name are warnings; everything else it reports is an error.
 *
 * <p>No secret reaches a report: every request line, body and answer it keeps is masked by a
 * {@link Redactor} (the common rule of {@link Secrets}) that starts with the tokens and learns the
 * secrets of every body the suite sends (an HMAC key of its own) and of every answer (a target's
 * keys, custom header values, proxy passwords), so that an echo of one in plain text is masked too.
 * The {@link Results} mask every check's words with the same redactor.
 */
public final class Api {
  /** How a request carries credentials. */
  public enum Creds {
    /** access_token and instance_id as query parameters. */
    QUERY,
    /** Authorization: Bearer and X-Instance-ID. */
    HEADERS,
    /** None at all. */
    NONE
  }

  private static final int MAX_BODY = 2000;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Target target;
  private final WawpSpec spec;
  private final Results results;
  private volatile Redactor redactor;
  private final OpenApiInteractionValidator validator;
  private final RestAssuredConfig config;
  private final String origin;
  private final ShapeEvidence shapeEvidence;
  private final CredentialNames credentials;
  /** The credential form a call takes unless it says otherwise. */
  private final Creds form;
  private final Budget budget;
  private final Duration requestTimeout;
  private final HttpClient prober;

  public Api(Target target, WawpSpec spec, Results results) {
    this(target, spec, results, null, Suite.Limits.REQUEST_TIMEOUT);
  }

  /**
   * @param budget the run's time budget, asked before every request (null: none)
   * @param requestTimeout how long a request waits for its answer before it fails its check
   */
  public Api(Target target, WawpSpec spec, Results results, Budget budget, Duration requestTimeout) {
    this.form = Creds.QUERY;
    this.target = target;
    this.spec = spec;
    this.results = results;
    this.budget = budget;
    this.requestTimeout = requestTimeout;
    this.prober = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(probeTimeout())
        .followRedirects(HttpClient.Redirect.NEVER).build();
    this.redactor = Redactor.masking(target.accessToken(), target.otherAccessToken());
    results.redactWith(redactor);
    this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(spec.text())
        .withBasePathOverride(target.basePath().isEmpty() ? "/" : target.basePath())
        // The spec says fields may appear at any time: one the schema does not name is a warning.
        // The validator prefixes schema keys with where it validates (here a response body).
        .withLevelResolver(LevelResolver.create()
            .withLevel("validation.response.body.schema.additionalProperties", ValidationReport.Level.WARN)
            .build())
        .build();
    this.config = RestAssured.config()
        .redirect(RedirectConfig.redirectConfig().followRedirects(false))
        .httpClient(HttpClientConfig.httpClientConfig()
            .setParam("http.connection.timeout", (int) probeTimeout().toMillis())
            .setParam("http.socket.timeout", (int) requestTimeout.toMillis()));
    String port = target.baseUrl().getPort() > 0 ? ":" + target.baseUrl().getPort() : "";
    this.shapeEvidence = new ShapeEvidence(spec, target.apiVersion());
    this.credentials = spec.credentials();
    this.origin = target.baseUrl().getScheme() + "://" + target.baseUrl().getHost() + port;
  }

  /** The same caller (one validator, one request count), its calls in another credential form by default. */
  private Api(Api api, Creds form) {
    this.form = form;
    this.target = api.target;
    this.spec = api.spec;
    this.results = api.results;
    this.redactor = api.redactor;
    this.validator = api.validator;
    this.config = api.config;
    this.origin = api.origin;
    this.shapeEvidence = api.shapeEvidence;
    this.credentials = api.credentials;
    this.budget = api.budget;
    this.requestTimeout = api.requestTimeout;
    this.prober = api.prober;
  }

  /** This caller with every call in the given credential form unless a call says otherwise. */
  public Api inForm(Creds form) {
    return form == this.form ? this : new Api(this, form);
  }

  /** The credential form calls take by default. */
  public Creds form() {
    return form;
  }

  public Target target() {
    return target;
  }

  public WawpSpec spec() {
    return spec;
  }

  /** What masks the secrets known so far (the tokens, and those learned from the bodies sent and answered). */
  public Redactor redactor() {
    return redactor;
  }

  /** Learns the secrets of a body sent or answered (JSON, or text holding a URL with a password). */
  private void learn(String text) {
    if (text == null || text.isBlank()) {
      return;
    }
    JsonNode tree;
    try {
      tree = JSON.readTree(text);
    } catch (Exception e) {
      tree = null;
    }
    learn(tree == null || tree.isMissingNode() ? TextNode.valueOf(text) : tree);
  }

  private void learn(JsonNode tree) {
    java.util.Set<String> found = Secrets.values(tree);
    if (found.isEmpty()) {
      return;
    }
    synchronized (this) {
      Redactor more = redactor.and(found);
      if (more != redactor) {
        redactor = more;
        results.redactWith(more);
      }
    }
  }

  /** A request for a documented operation. */
  public Call call(String operationId) {
    SpecOperation op = spec.operation(operationId)
        .orElseThrow(() -> new IllegalArgumentException("no operation " + operationId));
    Call call = new Call(op, op.operationId(), op.method().name(), op.path());
    // A required query parameter (v1 create's name) gets the spec's example (a check may set its own)
    if (op.operation().getParameters() != null) {
      op.operation().getParameters().stream()
          .filter(p -> "query".equals(p.getIn()) && Boolean.TRUE.equals(p.getRequired()) && p.getExample() != null)
          .forEach(p -> call.query(p.getName(), String.valueOf(p.getExample())));
    }
    return call;
  }

  /** A request for any method on a path (undocumented methods included). */
  public Call raw(String method, String path) {
    String opId = spec.allowedMethods(path).contains(method)
        ? spec.operations().stream().filter(o -> o.path().equals(path) && o.method().name().equals(method))
            .findFirst().map(SpecOperation::operationId).orElse(method + " " + path)
        : method + " " + path;
    return new Call(spec.operation(opId).orElse(null), opId, method, path);
  }

  /** One request being built; {@link #send()} sends it. */
  public final class Call {
    private final SpecOperation op;
    private final String operationId;
    private final String method;
    private final String path;
    private String token = target.accessToken();
    private String instanceId;
    private Creds creds = form;
    private String body;
    private String contentType = "application/json";
    private final Map<String, String> query = new LinkedHashMap<>();

    private Call(SpecOperation op, String operationId, String method, String path) {
      this.op = op;
      this.operationId = operationId;
      this.method = method;
      this.path = path;
    }

    public Call instance(String id) {
      this.instanceId = id;
      return this;
    }

    public Call token(String token) {
      this.token = token;
      return this;
    }

    public Call creds(Creds creds) {
      this.creds = creds;
      return this;
    }

    public Call json(Object value) {
      try {
        this.body = value instanceof String s ? s : JSON.writeValueAsString(value);
      } catch (Exception e) {
        throw new IllegalArgumentException(e);
      }
      return this;
    }

    /**
     * Request parameters, each where the docs put it: a member the spec also declares as a query
     * parameter ({@code x-wawp-body-property}: rate-limit's {@code policy_slug}, webhook's
     * {@code webhooks}) goes in the query string, as JSON text where the spec says so; the rest
     * goes in a JSON body.
     */
    public Call params(String jsonObject) {
      JsonNode members;
      try {
        members = JSON.readTree(jsonObject);
      } catch (Exception e) {
        throw new IllegalArgumentException("not a JSON object: " + jsonObject, e);
      }
      Map<String, SpecOperation.BodyProperty> forms = op == null ? Map.of() : op.bodyProperties();
      ObjectNode rest = JSON.createObjectNode();
      members.fields().forEachRemaining(m -> {
        var form = forms.entrySet().stream().filter(f -> f.getValue().member().equals(m.getKey())).findFirst();
        if (form.isEmpty()) {
          rest.set(m.getKey(), m.getValue());
        } else {
          query(form.get().getKey(), form.get().getValue().jsonEncoded() || !m.getValue().isTextual()
              ? m.getValue().toString() : m.getValue().asText());
        }
      });
      return rest.isEmpty() ? this : json(rest.toString());
    }

    /**
     * The spec's first request example as the request's parameters ({@link #params}), when the
     * operation takes a body: a valid body that changes the least (the spec's "Request examples"),
     * for a check that needs any valid body. Nothing for an operation without one.
     */
    public Call exampleParams() {
      if (op != null) {
        op.requestExample().ifPresent(example -> params(example.toString()));
      }
      return this;
    }

    public Call rawBody(String body, String contentType) {
      this.body = body;
      this.contentType = contentType;
      return this;
    }

    public Call query(String name, String value) {
      query.put(name, value);
      return this;
    }

    public Answer send() {
      return Api.this.send(this);
    }
  }

  private Answer send(Call c) {
    if (budget != null) {
      budget.check();
    }
    results.countRequest();
    RequestSpecification req = RestAssured.given().config(config).baseUri(origin).urlEncodingEnabled(true);
    Map<String, String> query = new LinkedHashMap<>();
    List<String> shownHeaders = new ArrayList<>();
    if (c.creds == Creds.QUERY) {
      if (c.token != null) {
        query.put(credentials.tokenParameter(), c.token);
      }
      if (c.instanceId != null) {
        query.put(credentials.instanceParameter(), c.instanceId);
      }
    } else if (c.creds == Creds.HEADERS) {
      if (c.token != null) {
        req.header(credentials.authorizationHeader(), credentials.authorization(c.token));
        shownHeaders.add(credentials.authorizationHeader() + ": " + credentials.authorization(c.token));
      }
      if (c.instanceId != null) {
        req.header(credentials.instanceHeader(), c.instanceId);
        shownHeaders.add(credentials.instanceHeader() + ": " + c.instanceId);
      }
    }
    query.putAll(c.query);
    query.forEach(req::queryParam);
    // What the suite sends is masked too: an HMAC key of its own (in a body, or in the query form).
    learn(c.body);
    c.query.values().forEach(this::learn);
    if (c.body != null) {
      req.contentType(c.contentType).body(c.body);
    } else {
      // No body, no content type: RestAssured would declare a form body for a POST with query
      // parameters, which is not what the suite sends (and crashes Prism's mocker).
      req.noContentType();
    }
    String fullPath = target.basePath() + c.path;
    Redactor redactor = this.redactor;
    String requestLine = redactor.redact(c.method + " " + fullPath + queryString(query, redactor)
        + (shownHeaders.isEmpty() ? "" : " [" + String.join(", ", shownHeaders) + "]"));
    String requestBody = c.body == null ? null : cut(redactor.redact(c.body));
    Response r;
    try {
      r = req.request(c.method, fullPath);
    } catch (Exception e) {
      Throwable root = e;
      while (root.getCause() != null) {
        root = root.getCause();
      }
      if (!answering()) {
        throw new ConnectionLost(redactor.redact("lost the connection to " + target.baseUrl() + " after " + results.size()
            + " checks (" + describe(root) + ")"));
      }
      // The server is there but this request got no answer: a failure of this call, not of the run
      // (and not tried again: a request that stalled once costs its time-out once).
      return Answer.none(new Exchange(c.operationId, requestLine, requestBody, -1, null,
          "no answer: " + describe(root), List.of(), List.of(), null));
    }
    String text = r.asString();
    JsonNode json;
    try {
      json = text.isBlank() ? MissingNode.getInstance() : JSON.readTree(text);
    } catch (Exception e) {
      json = MissingNode.getInstance();
    }
    // A target's secrets (its keys, custom header values, proxy passwords) before anything quotes them.
    if (json == null || json.isMissingNode()) {
      learn(text);
    } else {
      learn(json);
    }
    redactor = this.redactor;
    List<String> errors = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    List<ShapeVerdicts.Finding> findings = new ArrayList<>();
    boolean validated = spec.allowedMethods(c.path).contains(c.method);
    if (validated) {
      ValidationReport report = validator.validateResponse(fullPath,
          com.atlassian.oai.validator.model.Request.Method.valueOf(c.method), RestAssuredResponse.of(r));
      for (ValidationReport.Message m : report.getMessages()) {
        String line = redactor.redact(m.getKey() + ": " + m.getMessage());
        boolean error = m.getLevel() == ValidationReport.Level.ERROR;
        if (error) {
          errors.add(line);
        } else if (m.getLevel() == ValidationReport.Level.WARN) {
          warnings.add(line);
        } else {
          continue;
        }
        findings.add(new ShapeVerdicts.Finding(error, defectKey(m, line, error), line,
            shapeEvidence.of(c.method, c.path, r.getStatusCode(), r.getContentType(), m)));
      }
    }
    Map<String, List<String>> headers = new TreeMap<>();
    r.getHeaders().forEach(h -> headers.computeIfAbsent(h.getName().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(h.getValue()));
    Exchange exchange = new Exchange(c.operationId, requestLine, requestBody, r.getStatusCode(), r.getContentType(),
        cut(redactor.redact(text)), List.copyOf(errors), List.copyOf(warnings), weightiest(findings));
    Answer answer = new Answer(exchange, json == null ? MissingNode.getInstance() : json, headers);
    if (exchange.isServerError()) {
      // A 5xx anywhere fails, whichever group sent the request and whether a check looks at it
      // (once per operation and status): graded by the operation as documented, or for an
      // undocumented method by the rule that a refusal is a 4xx.
      findings.add(new ShapeVerdicts.Finding(true, "server error", "a server error: HTTP " + r.getStatusCode()
          + " (no request may get a 5xx: a valid one is served, one the contract refuses gets a 4xx)",
          shapeEvidence.operation(c.method, c.path)));
      validated = true;
    }
    if (validated) {
      // Every answer the validator saw gets a verdict, not only those a check looks at.
      String status = answer.status() < 400 ? answer.text("status") : null;
      results.judgeShape(c.method + " " + c.path, exchange, status, findings, shapeEvidence.answer(c.method, c.path, r.getStatusCode()));
    }
    return answer;
  }

  /** The mark of the weightiest error the validator found, or null when it found none. */
  private static Evidence weightiest(List<ShapeVerdicts.Finding> findings) {
    List<Evidence> errors = findings.stream().filter(ShapeVerdicts.Finding::error)
        .map(ShapeVerdicts.Finding::evidence).toList();
    return errors.isEmpty() ? null : Grade.weightiest(errors);
  }

  /**
   * What makes a finding the same defect on another answer: the rule and where it applies (not
   * the value, which differs from answer to answer, such as a rotating QR).
   */
  private static String defectKey(ValidationReport.Message m, String line, boolean error) {
    String where = m.getContext().flatMap(ValidationReport.MessageContext::getPointers)
        .map(ValidationReport.MessageContext.Pointers::getInstance).orElse(null);
    // A warning names the extra fields in its text, which is stable; an error's text may carry a value.
    return m.getKey() + (where == null || !error ? " " + line : " at " + where);
  }

  /** How long a probe of the target waits: as long as a request, and never more than 5 s. */
  private Duration probeTimeout() {
    Duration five = Duration.ofSeconds(5);
    return requestTimeout.compareTo(five) < 0 ? requestTimeout : five;
  }

  /**
   * Whether the target still answers at all, after a request got no answer: one harmless read on
   * a connection of its own (outside the checks' client), without credentials; any HTTP status
   * will do. A target that refuses connections, or accepts them and answers nothing (a stall), is
   * gone.
   */
  private boolean answering() {
    return status(spec.operation("getSessionInfo").orElseThrow().path(), Map.of()) > 0;
  }

  /**
   * The status a GET of a path under the base URL answers (counted as a request, but outside the
   * spec validator and the checks: for the probes the suite makes of the target), or -1 when no
   * answer came within the probe time-out. The query is never shown anywhere.
   */
  int status(String path, Map<String, String> query) {
    results.countRequest();
    URI url = URI.create(target.baseUrl() + path + queryString(query));
    try {
      return prober.send(HttpRequest.newBuilder(url).timeout(probeTimeout()).GET().build(),
          HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private static String describe(Throwable failure) {
    return ConnectionProblems.describe(failure);
  }

  /** The query as a report shows it: each value masked before it is encoded (a JSON list with a key, say). */
  private static String queryString(Map<String, String> query, Redactor redactor) {
    return encoded(query, redactor::redact);
  }

  /** The query as it is sent (for the probes, never shown). */
  private static String queryString(Map<String, String> query) {
    return encoded(query, v -> v);
  }

  private static String encoded(Map<String, String> query, java.util.function.UnaryOperator<String> value) {
    if (query.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder("?");
    query.forEach((k, v) -> {
      if (sb.length() > 1) {
        sb.append('&');
      }
      sb.append(k).append('=').append(v == null ? "" : URLEncoder.encode(value.apply(v), StandardCharsets.UTF_8));
    });
    return sb.toString();
  }

  private static String cut(String text) {
    if (text == null) {
      return null;
    }
    if (text.length() <= MAX_BODY) {
      return text;
    }
    // Cut on a code point boundary: half a surrogate pair is not text any file can hold.
    int end = text.offsetByCodePoints(0, text.codePointCount(0, MAX_BODY));
    return text.substring(0, end) + "... (" + text.length() + " characters)";
  }
}
