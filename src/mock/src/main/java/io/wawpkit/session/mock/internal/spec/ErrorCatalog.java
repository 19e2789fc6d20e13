package io.wawpkit.session.mock.internal.spec;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.wawpkit.session.mock.internal.http.ApiError;
import io.wawpkit.session.spec.SpecException;
import io.wawpkit.session.spec.SpecOperation;
import io.wawpkit.session.spec.WawpSpec;
import java.util.Map;
import java.util.Optional;

/**
 * The error answers, read from the spec: each kind names the spec's response component whose
 * example gives the status and the code, so that no status or error code is restated here.
 */
public final class ErrorCatalog {
  /** The code for an invalid value: the spec names it in BadRequest's text and the Error schema. */
  private static final String INVALID_PARAMETER = "invalid_parameter";
  /** WordPress REST's code for a path it has no route for (the spec names none). */
  private static final String NO_ROUTE = "rest_no_route";

  private final WawpSpec spec;
  private final Shape missingParameter;
  private final Shape unauthorized;
  private final Shape notFound;
  private final Shape subscriptionRequired;
  private final Shape quotaReached;
  private final Shape payloadTooLarge;
  private final Shape tooManyRequests;
  private final Shape serverError;
  private final Shape unavailable;
  private final Shape methodNotAllowed;
  /** What an operation answers in a status that does not serve it (the lifecycle's servedIn.otherwise), or null. */
  private final Shape wrongStatus;
  private final String allowHeader;
  private final String retryAfterHeader;

  public ErrorCatalog(WawpSpec spec) {
    this.spec = spec;
    this.missingParameter = component("BadRequest");
    this.unauthorized = component("Unauthorized");
    this.notFound = component("NotFound");
    this.subscriptionRequired = component("SubscriptionRequired");
    this.quotaReached = component("QuotaReached");
    this.payloadTooLarge = component("PayloadTooLarge");
    this.tooManyRequests = component("TooManyRequests");
    this.serverError = component("ServerError");
    this.unavailable = component("Unavailable");
    String otherwise = spec.lifecycle().otherwiseResponseName();
    this.wrongStatus = otherwise == null ? null : component(otherwise);
    WawpSpec.UndocumentedMethod undocumented = spec.undocumentedMethod();
    this.methodNotAllowed = new Shape(undocumented.status(), undocumented.code());
    this.allowHeader = undocumented.header();
    ApiResponse tooMany = spec.openApi().getComponents().getResponses().get("TooManyRequests");
    if (tooMany.getHeaders() == null || tooMany.getHeaders().size() != 1) {
      throw new SpecException("the spec's TooManyRequests response should name exactly one header (Retry-After)");
    }
    this.retryAfterHeader = tooMany.getHeaders().keySet().iterator().next();
    String errorCodes = spec.openApi().getComponents().getSchemas().get("Error").getDescription();
    if (errorCodes == null || !errorCodes.contains("`" + INVALID_PARAMETER + "`")) {
      throw new SpecException("the Error schema no longer names " + INVALID_PARAMETER);
    }
  }

  public ApiError missingParameter(String message) {
    return missingParameter.error(message);
  }

  public ApiError invalidParameter(String message) {
    return new ApiError(missingParameter.status, INVALID_PARAMETER, message);
  }

  public ApiError unauthorized() {
    return unauthorized.error("The access token is invalid.");
  }

  public ApiError notFound() {
    return notFound.error("Instance not found.");
  }

  public ApiError noRoute(String method, String path) {
    return new ApiError(notFound.status, NO_ROUTE, "No route was found matching the URL and request method: " + method + " " + path);
  }

  public ApiError subscriptionRequired() {
    return subscriptionRequired.error("This feature requires an active subscription.");
  }

  public ApiError quotaReached(int quota) {
    return quotaReached.error("Your plan allows " + quota + " instance(s); delete one or upgrade.");
  }

  public ApiError payloadTooLarge(long limit) {
    return payloadTooLarge.error("The request body exceeds " + limit + " bytes.");
  }

  public ApiError tooManyRequests(long retryAfterSeconds) {
    return new ApiError(tooManyRequests.status, tooManyRequests.code,
        "Too many requests; retry after " + retryAfterSeconds + " seconds.",
        Map.of(retryAfterHeader, Long.toString(retryAfterSeconds)));
  }

  public ApiError serverError(String message) {
    return serverError.error(message);
  }

  /** A change refused because the state file cannot be written (it would not survive a restart). */
  public ApiError stateNotSaved() {
    return unavailable("The mock cannot write its state file, so it accepts no change until it can (see its standard error).");
  }

  /** The service is unavailable for a moment (the spec's Unavailable answer): retry after a second. */
  public ApiError unavailable(String message) {
    return new ApiError(unavailable.status, unavailable.code, message, Map.of(retryAfterHeader, "1"));
  }

  /**
   * An operation asked in a status that does not serve it (a QR of a WORKING session): the
   * lifecycle's {@code servedIn.otherwise} answer, naming the status and the ones that serve it.
   */
  public ApiError wrongStatus(String status, java.util.Collection<String> expected) {
    if (wrongStatus == null) {
      throw new IllegalStateException("the lifecycle model names no answer for an operation in the wrong status");
    }
    String serving = String.join(" or ", expected);
    Map<String, Object> data = new java.util.LinkedHashMap<>();
    data.put("session_status", status);
    data.put("expected", java.util.List.copyOf(expected));
    return new ApiError(wrongStatus.status, wrongStatus.code,
        "The session is " + status + "; this operation answers only while " + serving + ".", Map.of(), data);
  }

  public ApiError methodNotAllowed(String method, String path, String allowed) {
    return new ApiError(methodNotAllowed.status, methodNotAllowed.code,
        "Method " + method + " is not allowed on " + path + "; allowed are " + allowed + ".",
        Map.of(allowHeader, allowed));
  }

  /**
   * The answer of an injected fault: the example body that the spec documents for this operation
   * and status when there is one (so 503 is {@code service_unavailable}), else a generic Error.
   */
  public ApiError injected(SpecOperation op, int status) {
    Optional<ApiResponse> documented = op == null ? Optional.empty() : spec.response(op, status);
    JsonNode example = documented.flatMap(spec::example).orElse(null);
    String code = example != null && example.hasNonNull("code") ? example.get("code").asText() : "injected_fault";
    String message = example != null && example.hasNonNull("message") ? example.get("message").asText() : "Injected fault.";
    // Headers the spec documents for that answer (Retry-After on 429 and 503) get a value.
    Map<String, String> headers = new java.util.LinkedHashMap<>();
    documented.map(ApiResponse::getHeaders).ifPresent(h -> h.keySet().forEach(name -> headers.put(name, "1")));
    return new ApiError(status, code, message, headers);
  }

  private Shape component(String name) {
    WawpSpec.ErrorExample example = spec.errorExample(name);
    return new Shape(example.status(), example.code());
  }

  private record Shape(int status, String code) {
    ApiError error(String message) {
      return new ApiError(status, code, message);
    }
  }
}
