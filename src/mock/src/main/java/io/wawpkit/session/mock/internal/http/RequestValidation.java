package io.wawpkit.session.mock.internal.http;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.wawpkit.session.mock.Positions;
import io.wawpkit.session.mock.internal.spec.ErrorCatalog;
import io.wawpkit.session.spec.Basis;
import io.wawpkit.session.spec.CredentialNames;
import io.wawpkit.session.spec.Evidence;
import io.wawpkit.session.spec.EvidenceMarks;
import io.wawpkit.session.spec.SpecOperation;
import io.wawpkit.session.spec.WawpSpec;
import java.nio.charset.StandardCharsets;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates every request against the spec with swagger-request-validator and turns a failed
 * report into the spec's Error answer. The validator costs tens of microseconds per call, so the
 * outcome for a request without a body is cached by everything the validator looks at (method,
 * path, query string, the credential headers); the cache is bounded and simply starts over when
 * full.
 */
public final class RequestValidation {
  private static final int CACHE_LIMIT = 8192;
  private static final Optional<ApiError> VALID = Optional.empty();

  /**
   * The constraint keywords the lenient mock may let pass, where their mark is not documented:
   * the spec's constraint keywords but documented values ({@code enum}) and required members,
   * which every variant checks.
   */
  static final Set<String> WAIVABLE_KEYWORDS = waivableKeywords();

  private final OpenApiInteractionValidator validator;
  private final ErrorCatalog errors;
  private final Positions positions;
  private final CredentialNames names;
  private final EvidenceMarks marks;
  private final Map<String, Optional<ApiError>> cache = new ConcurrentHashMap<>();

  public RequestValidation(OpenApiInteractionValidator validator, ErrorCatalog errors, Positions positions,
      CredentialNames names, EvidenceMarks marks) {
    this.validator = validator;
    this.errors = errors;
    this.positions = positions;
    this.names = names;
    this.marks = marks;
  }

  private static Set<String> waivableKeywords() {
    Set<String> keywords = new HashSet<>(EvidenceMarks.CONSTRAINT_KEYWORDS);
    keywords.removeAll(Set.of("enum", "required"));
    return Set.copyOf(keywords);
  }

  /**
   * The validator the mock uses: built once from the parsed spec; paths are given relative to the
   * base path; fields a schema does not name are tolerated (the spec's schemas do not forbid them)
   * and so is a body on an operation that declares none (it is ignored, like the real service).
   */
  public static OpenApiInteractionValidator buildValidator(WawpSpec spec) {
    return OpenApiInteractionValidator.createFor(spec.openApi())
        .withBasePathOverride("/")
        .withLevelResolver(LevelResolver.create()
            .withLevel("validation.schema.additionalProperties", ValidationReport.Level.IGNORE)
            .withLevel("validation.request.body.unexpected", ValidationReport.Level.IGNORE)
            .build())
        .build();
  }

  /**
   * The error answer for an invalid request, or null when it is valid. A body the mock assembled
   * (a query form folded into it) comes with its content type, which overrides the request's.
   */
  public ApiError check(HttpServerExchange ex, SpecOperation op, byte[] body, String assembledContentType) {
    String contentType = assembledContentType != null ? assembledContentType
        : ex.getRequestHeaders().getFirst(Headers.CONTENT_TYPE);
    String authorization = ex.getRequestHeaders().getFirst(names.authorizationHeader());
    String instanceHeader = ex.getRequestHeaders().getFirst(names.instanceHeader());
    if (body.length > 0) {
      return validate(ex, op, body, contentType, authorization, instanceHeader);
    }
    String key = op.operationId() + '?' + ex.getQueryString() + '\n' + authorization + '\n' + instanceHeader + '\n' + contentType;
    Optional<ApiError> known = cache.get(key);
    if (known == null) {
      known = Optional.ofNullable(validate(ex, op, body, contentType, authorization, instanceHeader));
      if (cache.size() >= CACHE_LIMIT) {
        cache.clear();
      }
      cache.put(key, known.isPresent() ? known : VALID);
    }
    return known.orElse(null);
  }

  private ApiError validate(HttpServerExchange ex, SpecOperation op, byte[] body, String contentType,
      String authorization, String instanceHeader) {
    SimpleRequest.Builder request = new SimpleRequest.Builder(Request.Method.valueOf(op.method().name()), op.path());
    for (Map.Entry<String, Deque<String>> q : ex.getQueryParameters().entrySet()) {
      request.withQueryParam(q.getKey(), q.getValue().toArray(String[]::new));
    }
    if (contentType != null) {
      request.withContentType(contentType);
    }
    if (authorization != null) {
      request.withAuthorization(authorization);
    }
    if (instanceHeader != null) {
      request.withHeader(names.instanceHeader(), instanceHeader);
    }
    if (body.length > 0) {
      request.withBody(new String(body, StandardCharsets.UTF_8));
    }
    ValidationReport report = validator.validateRequest(request.build());
    if (!report.hasErrors()) {
      return null;
    }
    ApiError invalid = null;
    for (ValidationReport.Message m : report.getMessages()) {
      if (m.getLevel() != ValidationReport.Level.ERROR) {
        continue;
      }
      String key = m.getKey();
      if (departsOn(m)) {
        continue;
      }
      if (key.startsWith("validation.request.security")) {
        String bearer = names.authorizationHeader() + ": " + names.authorizationScheme();
        return errors.missingParameter(op.needsInstance()
            ? "Missing parameter: " + names.tokenParameter() + " and " + names.instanceParameter() + " (query), or "
                + bearer + " with " + names.instanceHeader() + "."
            : "Missing parameter: " + names.tokenParameter() + " (query) or " + bearer + ".");
      }
      if (key.equals("validation.request.parameter.missing") || key.equals("validation.request.body.missing")) {
        return errors.missingParameter(m.getMessage());
      }
      if (invalid == null) {
        invalid = errors.invalidParameter(m.getMessage());
      }
    }
    return invalid;
  }

  /** Whether the lenient mock lets this finding pass (the caller then checks credentials itself). */
  boolean departsOn(ValidationReport.Message m) {
    String key = m.getKey();
    if (key.startsWith("validation.request.security")) {
      return positions.departsFrom(Positions.Departure.CREDENTIALS_IN_A_BODY);
    }
    String keyword = key.substring(key.lastIndexOf('.') + 1);
    return positions.departsFrom(Positions.Departure.UNSTATED_CONSTRAINTS)
        && WAIVABLE_KEYWORDS.contains(keyword)
        && !documented(constraintMark(m, keyword));
  }

  /**
   * The mark of the keyword the finding cites, read where the validator points: the body schema's
   * node, or a parameter's referenced schema; empty where it cannot tell (then it is no documented rule).
   */
  private Optional<Evidence> constraintMark(ValidationReport.Message m, String keyword) {
    Optional<String> node = m.getContext().flatMap(ValidationReport.MessageContext::getPointers)
        .map(ValidationReport.MessageContext.Pointers::getSchema)
        .or(() -> m.getContext().flatMap(ValidationReport.MessageContext::getParameter)
            .map(p -> p.getSchema() == null ? null : p.getSchema().get$ref())
            .map(ref -> ref.startsWith("#") ? ref.substring(1) : null));
    return node.filter(p -> p.startsWith("/")).flatMap(p -> marks.keyword(p, keyword));
  }

  static boolean documented(Optional<Evidence> mark) {
    return mark.map(e -> e.basis() == Basis.DOCUMENTED).orElse(false);
  }
}
