package io.wawpkit.session.mock.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.undertow.io.Receiver;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.RequestTooBigException;
import io.undertow.util.AttachmentKey;
import io.undertow.util.HttpString;
import io.undertow.util.SameThreadExecutor;
import io.wawpkit.session.mock.Positions;
import io.wawpkit.session.mock.internal.api.SessionApi;
import io.wawpkit.session.mock.control.Fault;
import io.wawpkit.session.mock.internal.control.FaultInjector;
import io.wawpkit.session.mock.internal.spec.ErrorCatalog;
import io.wawpkit.session.mock.internal.state.Account;
import io.wawpkit.session.mock.internal.state.Session;
import io.wawpkit.session.mock.internal.state.SessionStore;
import io.wawpkit.session.spec.CredentialNames;
import io.wawpkit.session.spec.SpecOperation;
import io.wawpkit.session.spec.WawpSpec;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.xnio.IoUtils;

/**
 * The API's HTTP side: routes a request to its spec operation (under each configured base path,
 * only the operations whose {@code x-wawp-api-versions} include that base's version), answers
 * unknown paths 404 and undocumented methods 405 with {@code Allow}, reads the body within the
 * size limit, applies injected faults, validates, authenticates, and hands over to
 * {@link SessionApi}. It runs on Undertow's I/O threads: nothing here blocks (injected latency
 * waits on the I/O thread's timer).
 */
public final class ApiHandler implements HttpHandler {
  private static final Logger LOG = Logger.getLogger(ApiHandler.class.getName());
  private static final byte[] NO_BODY = new byte[0];
  private static final String JSON = "application/json";
  /** The API version of the base a request came through (create records it on the new session). */
  private static final AttachmentKey<String> API_VERSION = AttachmentKey.create(String.class);
  /** What the journal records of a request once it is answered. */
  private static final AttachmentKey<String> OPERATION = AttachmentKey.create(String.class);
  private static final AttachmentKey<byte[]> BODY = AttachmentKey.create(byte[].class);

  private final Map<String, Route> routes = new HashMap<>();
  private final ErrorCatalog errors;
  private final RequestValidation validation;
  private final SessionStore store;
  private final SessionApi api;
  private final TokenRateLimiter rateLimiter;
  private final FaultInjector faults;
  private final long maxBodyBytes;
  private final ParameterForms parameterForms;
  private final Positions positions;
  /** Null when neither kept nor printed. */
  private final RequestJournal journal;
  private final Supplier<String> saveFailure;
  private final CredentialNames credentialNames;

  /** One documented path under one base path (of API version {@code version}), with its operations by method. */
  private record Route(String path, String version, Map<HttpString, SpecOperation> operations, String allow) {}

  public ApiHandler(WawpSpec spec, Map<String, String> basePathVersions, ErrorCatalog errors,
      RequestValidation validation, SessionStore store, SessionApi api, TokenRateLimiter rateLimiter,
      FaultInjector faults, long maxBodyBytes, Supplier<String> saveFailure, Positions positions,
      RequestJournal journal) {
    this.journal = journal;
    this.saveFailure = saveFailure;
    this.errors = errors;
    this.validation = validation;
    this.store = store;
    this.api = api;
    this.rateLimiter = rateLimiter;
    this.faults = faults;
    this.maxBodyBytes = maxBodyBytes;
    this.positions = positions;
    this.parameterForms = new ParameterForms(errors, positions);
    this.credentialNames = spec.credentials();
    for (Map.Entry<String, String> base : basePathVersions.entrySet()) {
      Map<String, Map<HttpString, SpecOperation>> byPath = new LinkedHashMap<>();
      for (SpecOperation op : spec.operations()) {
        if (op.apiVersions().contains(base.getValue())) {
          byPath.computeIfAbsent(op.path(), p -> new HashMap<>()).put(HttpString.tryFromString(op.method().name()), op);
        }
      }
      for (Map.Entry<String, Map<HttpString, SpecOperation>> p : byPath.entrySet()) {
        String allow = String.join(", ", spec.allowedMethods(p.getKey()));
        routes.put(base.getKey() + p.getKey(), new Route(p.getKey(), base.getValue(), Map.copyOf(p.getValue()), allow));
      }
    }
  }

  @Override
  public void handleRequest(HttpServerExchange ex) {
    String path = ex.getRequestPath();
    if (journal != null) {
      long started = System.nanoTime();
      // Recorded when the answer is committed, before its bytes leave: a client that has its
      // answer finds its request in the journal.
      ex.addResponseCommitListener(done -> journal.record(done.getRequestMethod().toString(), path,
          done.getQueryString(), done.getAttachment(OPERATION), done.getStatusCode(), System.nanoTime() - started,
          done.getAttachment(BODY)));
    }
    Route route = routes.get(path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path);
    if (route == null) {
      Responses.error(ex, errors.noRoute(ex.getRequestMethod().toString(), path));
      return;
    }
    ex.putAttachment(API_VERSION, route.version);
    SpecOperation op = route.operations.get(ex.getRequestMethod());
    if (op == null) {
      Responses.error(ex, positions.departsFrom(Positions.Departure.UNDOCUMENTED_METHOD_AS_404)
          ? errors.noRoute(ex.getRequestMethod().toString(), path)
          : errors.methodNotAllowed(ex.getRequestMethod().toString(), route.path, route.allow));
      return;
    }
    if (!SpecOperation.READ.equals(op.action()) && saveFailure.get() != null) {
      // a change that would not survive a restart is not acknowledged
      Responses.error(ex, errors.stateNotSaved());
      return;
    }
    if (ex.getRequestContentLength() > maxBodyBytes) {
      ex.setPersistent(false);
      Responses.error(ex, errors.payloadTooLarge(maxBodyBytes));
      return;
    }
    boolean hasBody = ex.getRequestContentLength() > 0 || ex.getRequestHeaders().contains(io.undertow.util.Headers.TRANSFER_ENCODING);
    if (!hasBody) {
      withFaults(ex, op, NO_BODY);
      return;
    }
    ex.getRequestReceiver().setMaxBufferSize((int) Math.min(Integer.MAX_VALUE, maxBodyBytes));
    ex.getRequestReceiver().receiveFullBytes(
        (e, body) -> withFaults(e, op, body),
        (e, failure) -> {
          // A chunked body has no length to refuse up front: the receiver reports passing the
          // buffer limit as RequestToLargeException (RequestTooBigException is the entity-size cap).
          if (failure instanceof Receiver.RequestToLargeException || failure instanceof RequestTooBigException) {
            e.setPersistent(false);
            Responses.error(e, errors.payloadTooLarge(maxBodyBytes));
          } else {
            IoUtils.safeClose(e.getConnection());
          }
        });
  }

  private void withFaults(HttpServerExchange ex, SpecOperation op, byte[] body) {
    ex.putAttachment(OPERATION, op.operationId());
    ex.putAttachment(BODY, body);
    Fault fault = faults.take(op.operationId());
    if (fault == null) {
      answer(ex, op, body);
      return;
    }
    Runnable act = () -> {
      if (fault.drop()) {
        IoUtils.safeClose(ex.getConnection());
      } else if (fault.status() != null) {
        Responses.error(ex, errors.injected(op, fault.status()));
      } else {
        answer(ex, op, body);
      }
    };
    if (fault.latencyMillis() > 0) {
      ex.dispatch(SameThreadExecutor.INSTANCE,
          () -> ex.getIoThread().executeAfter(act, fault.latencyMillis(), TimeUnit.MILLISECONDS));
    } else {
      act.run();
    }
  }

  private void answer(HttpServerExchange ex, SpecOperation op, byte[] body) {
    try {
      Responses.json(ex, 200, perform(ex, op, body), api.headers(op));
    } catch (ApiError e) {
      Responses.error(ex, e);
    } catch (RuntimeException e) {
      // never a token in these messages: requests are not logged, only the failure's type and text
      LOG.log(Level.WARNING, "internal error in " + op.operationId() + ": " + e);
      Responses.error(ex, errors.serverError("Something went wrong."));
    }
  }

  private Object perform(HttpServerExchange ex, SpecOperation op, byte[] sent) {
    Credentials credentials = positions.departsFrom(Positions.Departure.CREDENTIALS_IN_A_BODY)
        ? Credentials.withBody(ex, sent, credentialNames) : Credentials.of(ex, credentialNames);
    Account account = credentials.token() == null ? null : store.accountByToken(credentials.token());
    if (account != null && op.paidOnly() && !account.isPaid()) {
      // Documented: free accounts get 403 subscription_required "whatever they send", so the plan
      // is checked before the request is validated.
      throw errors.subscriptionRequired();
    }
    byte[] body = parameterForms.merge(ex, op, sent);
    ApiError invalid = validation.check(ex, op, body, body == sent ? null : JSON);
    if (invalid != null) {
      throw invalid;
    }
    if (credentials.token() == null || (op.needsInstance() && credentials.instanceId() == null)) {
      throw errors.missingParameter(op.needsInstance()
          ? "Missing parameter: " + credentialNames.tokenParameter() + " and " + credentialNames.instanceParameter()
              + " must not be empty."
          : "Missing parameter: " + credentialNames.tokenParameter() + " must not be empty.");
    }
    if (account == null) {
      throw errors.unauthorized();
    }
    long wait = rateLimiter.acquire(account.token());
    if (wait > 0) {
      throw errors.tooManyRequests(wait);
    }
    if (!op.needsInstance()) {
      var name = ex.getQueryParameters().get("name"); // v1 create's documented parameter (validated above)
      return api.create(account, op, ex.getAttachment(API_VERSION), name == null ? null : name.peekFirst());
    }
    Session session = store.find(account, credentials.instanceId());
    if (session == null) {
      throw errors.notFound();
    }
    JsonNode json;
    try {
      // the spec's position: only an operation that declares a body reads one
      json = op.operation().getRequestBody() == null ? Json.tree(NO_BODY) : Json.tree(body);
    } catch (IOException e) {
      throw errors.invalidParameter("The body is not one valid JSON value.");
    }
    Map<String, String> query = new HashMap<>();
    ex.getQueryParameters().forEach((name, values) -> {
      if (!values.isEmpty()) {
        query.put(name, values.peekFirst());
      }
    });
    return api.call(op, account, session, json, query);
  }
}
