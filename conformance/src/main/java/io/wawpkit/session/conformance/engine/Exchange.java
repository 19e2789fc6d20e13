package io.wawpkit.session.conformance.engine;

import io.wawpkit.session.common.Redactor;
import io.wawpkit.session.spec.Evidence;
import java.util.List;

/**
 * One HTTP request and its answer, as a report shows it: secrets already masked, the body cut.
 *
 * @param operation the spec's operationId, or the method and path when the spec has none for it
 * @param request the request line, credentials masked (such as {@code GET /v2/session/info?access_token=****})
 * @param requestBody the request body, masked, or null
 * @param status the answer's status, or -1 when no answer came
 * @param contentType the answer's content type, or null
 * @param body the answer's body, masked and cut, or null
 * @param contractErrors what the spec validator found wrong with the answer
 * @param contractWarnings what it found worth a look (fields the schema does not name)
 * @param contractGrounds the mark of the weightiest rule the contract errors break, or null when none
 */
public record Exchange(
    String operation,
    String request,
    String requestBody,
    int status,
    String contentType,
    String body,
    List<String> contractErrors,
    List<String> contractWarnings,
    Evidence contractGrounds) {

  /** The same exchange with every text masked again (by secrets learned since it was recorded). */
  public Exchange masked(Redactor redactor) {
    return new Exchange(operation, redactor.redact(request), redactor.redact(requestBody), status, contentType,
        redactor.redact(body), contractErrors.stream().map(redactor::redact).toList(),
        contractWarnings.stream().map(redactor::redact).toList(), contractGrounds);
  }

  /** Whether the answer has the given status. */
  public boolean is(int code) {
    return status == code;
  }

  /** Whether the answer is a server error. */
  public boolean isServerError() {
    return status >= 500;
  }

  /** Whether the answer is a client error. */
  public boolean isClientError() {
    return status >= 400 && status < 500;
  }
}
