package io.wawpkit.session.mock.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.wawpkit.session.mock.internal.http.ApiError;
import io.wawpkit.session.mock.internal.spec.ErrorCatalog;
import io.wawpkit.session.mock.internal.spec.PolicyCatalog;
import io.wawpkit.session.mock.internal.state.Account;
import io.wawpkit.session.mock.internal.state.Session;
import io.wawpkit.session.mock.internal.state.SessionLifecycle;
import io.wawpkit.session.mock.internal.state.SessionStore;
import io.wawpkit.session.mock.internal.state.StatusListener;
import io.wawpkit.session.mock.internal.state.TempLink;
import io.wawpkit.session.spec.LifecycleModel;
import io.wawpkit.session.spec.SpecException;
import io.wawpkit.session.spec.SpecOperation;
import io.wawpkit.session.spec.WawpSpec;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * What the API's operations do, independent of HTTP. Dispatch is generic: an operation's
 * {@code x-wawp-action} says whether it creates, performs a lifecycle action (executed from the
 * model), only reads, or changes a setting; its answer is rendered from its 200 response's schema.
 * Only the four settings writes have code of their own.
 */
public final class SessionApi {
  private static final char[] TOKEN_CHARS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
  private static final int TOKEN_LENGTH = 64;

  private final SessionStore store;
  private final SessionLifecycle lifecycle;
  private final SessionViews views;
  private final PolicyCatalog policies;
  private final ErrorCatalog errors;
  private final StatusListener listener;
  private final Integer defaultQuota;
  private final Duration tempLinkValidity;
  private final LongSupplier nanoTime;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, String> responseSchema = new HashMap<>();
  /** The headers a 200 answer documents, with their examples (the no-cache headers of the QR answers). */
  private final Map<String, Map<String, String>> responseHeaders = new HashMap<>();
  private final Map<String, SpecOperation.AnswerSelector> selectors = new HashMap<>();
  private final Map<String, SettingsWrite> settings = Map.of(
      "setRateLimit", this::choosePolicy,
      "createTempLink", this::newTempLink,
      "revokeTempLinks", this::revokeTempLinks,
      "setWebhooks", this::replaceWebhooks,
      "requestPairingCode", this::pairingCode,
      "requestPairingCodeV1", this::pairingCode);

  /** How long a pairing code stays valid (no page says; WhatsApp's own codes last a few minutes). */
  static final Duration PAIRING_CODE_VALIDITY = Duration.ofMinutes(3);
  /** The characters of a pairing code: capitals and digits without the look-alikes (0/O, 1/I). */
  private static final char[] CODE_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

  /** A write that changes a setting; returns the body to answer, or null to render the schema. */
  @FunctionalInterface
  private interface SettingsWrite {
    Object apply(Account account, Session session, JsonNode body);
  }

  public SessionApi(WawpSpec spec, SessionStore store, SessionLifecycle lifecycle, SessionViews views,
      PolicyCatalog policies, ErrorCatalog errors, StatusListener listener, Integer defaultQuota,
      Duration tempLinkValidity, LongSupplier nanoTime) {
    this.store = store;
    this.lifecycle = lifecycle;
    this.views = views;
    this.policies = policies;
    this.errors = errors;
    this.listener = listener;
    this.defaultQuota = defaultQuota;
    this.tempLinkValidity = tempLinkValidity;
    this.nanoTime = nanoTime;
    LifecycleModel model = lifecycle.model();
    for (SpecOperation op : spec.operations()) {
      String schema = okSchema(spec, op);
      // An answer a parameter selects (v1 getQr: raw or image) renders the schema it selects.
      op.answerSelector().ifPresent(selector -> {
        selectors.put(op.operationId(), selector);
        selector.schemaByValue().values().stream().filter(selected -> !views.renders(selected)).findFirst()
            .ifPresent(selected -> {
              throw new SpecException(op.label() + " may answer " + selected + ", which the mock cannot render");
            });
      });
      // A settings write may answer a body of its own (revokeTempLinks' count); others render.
      if (!settings.containsKey(op.operationId()) && !selectors.containsKey(op.operationId()) && !views.renders(schema)) {
        throw new SpecException(op.label() + " answers " + schema + ", which the mock cannot render");
      }
      responseHeaders.put(op.operationId(), documentedHeaders(spec, op));
      if (SpecOperation.SETTINGS.equals(op.action()) && !settings.containsKey(op.operationId())) {
        throw new SpecException(op.label() + " is a settings write the mock does not implement");
      }
      if (op.changesLifecycle() && op.needsInstance() && !model.actions().contains(op.action())) {
        throw new SpecException(op.label() + " performs '" + op.action() + "', which the lifecycle model lacks");
      }
      responseSchema.put(op.operationId(), schema);
    }
  }

  /**
   * Creates a session for the account (or 403 at its quota), in the status the model gives this
   * create operation (v1's documented create starts it; the timer then moves it on as after start).
   * {@code apiVersion} is the version of the base the request came through: the session's events
   * take that version's envelope.
   *
   * @param name the name the request gave (v1 create), or null to make one up
   */
  public Object create(Account account, SpecOperation op, String apiVersion, String name) {
    Session s = store.create(account, defaultQuota, name, lifecycle.initialStatus(op.operationId()), nanoTime.getAsLong());
    if (s == null) {
      Integer quota = account.instanceQuota() != null ? account.instanceQuota() : defaultQuota;
      throw errors.quotaReached(quota == null ? 0 : quota);
    }
    synchronized (s) {
      s.policy(policies.defaultSlug());
      s.apiVersion(apiVersion);
      lifecycle.scheduleNext(s);
      listener.stateChanged();
      return views.render(responseSchema.get(op.operationId()), account, s);
    }
  }

  /**
   * Performs an operation on one of the account's sessions.
   *
   * @param query the request's query parameters (their first values), for a parameter that selects
   *     the answer's shape
   */
  public Object call(SpecOperation op, Account account, Session s, JsonNode body, Map<String, String> query) {
    Object answer;
    synchronized (s) {
      if (s.deleted()) {
        throw errors.notFound();
      }
      lifecycle.advance(s);
      LifecycleModel model = lifecycle.model();
      if (!model.serves(op.operationId(), s.status())) {
        // a login operation outside its statuses (a QR of a WORKING session): the model's answer, no change
        throw errors.wrongStatus(s.status(), model.servedIn(op.operationId()).orElseThrow().stream()
            .sorted(java.util.Comparator.comparingInt(st -> model.states().indexOf(st))).toList());
      }
      Object written = null;
      if (op.changesLifecycle()) {
        lifecycle.act(s, op.action());
      } else if (SpecOperation.SETTINGS.equals(op.action())) {
        written = settings.get(op.operationId()).apply(account, s, body);
        listener.stateChanged();
      }
      SpecOperation.AnswerSelector selector = selectors.get(op.operationId());
      String schema = selector == null ? responseSchema.get(op.operationId()) : selector.schemaFor(query.get(selector.parameter()));
      if (schema == null) {
        throw errors.invalidParameter("Unknown " + selector.parameter() + " '" + query.get(selector.parameter())
            + "'; known are " + selector.schemaByValue().keySet() + ".");
      }
      answer = written != null ? written : views.render(schema, account, s);
    }
    if (s.deleted()) {
      store.remove(s);
    }
    return answer;
  }

  private Object choosePolicy(Account account, Session s, JsonNode body) {
    String slug = body.path("policy_slug").asText();
    PolicyCatalog.Policy policy = policies.find(slug)
        .orElseThrow(() -> errors.invalidParameter("Unknown policy_slug '" + slug + "'; known are "
            + policies.policies().stream().map(PolicyCatalog.Policy::slug).toList() + "."));
    if (policy.paidOnly() && !account.isPaid()) {
      throw errors.subscriptionRequired();
    }
    s.policy(slug);
    return null;
  }

  private Object newTempLink(Account account, Session s, JsonNode body) {
    char[] token = new char[TOKEN_LENGTH];
    for (int i = 0; i < token.length; i++) {
      token[i] = TOKEN_CHARS[random.nextInt(TOKEN_CHARS.length)];
    }
    s.tempLink(new TempLink(new String(token), views.now().plus(tempLinkValidity)));
    return null;
  }

  private Object revokeTempLinks(Account account, Session s, JsonNode body) {
    int revoked = views.activeLink(s) == null ? 0 : 1;
    s.tempLink(null);
    return Map.of("revoked", revoked);
  }

  /**
   * A pairing code for a phone number: the one asked before when it is for the same number and
   * still valid (so that asking again is harmless), else a new one, which replaces it.
   */
  private Object pairingCode(Account account, Session s, JsonNode body) {
    String phone = body.path("phone_number").asText();
    long now = nanoTime.getAsLong();
    Session.PairingCode code = s.pairingCode();
    if (code == null || !code.activeAt(now) || !code.phoneNumber().equals(phone)) {
      char[] chars = new char[9];
      for (int i = 0; i < chars.length; i++) {
        chars[i] = i == 4 ? '-' : CODE_CHARS[random.nextInt(CODE_CHARS.length)];
      }
      s.pairingCode(new Session.PairingCode(new String(chars), phone, now + PAIRING_CODE_VALIDITY.toNanos()));
    }
    return null;
  }

  /** The headers a documented 200 answer sends, each with its documented example (the headers the mock sends). */
  public Map<String, String> headers(SpecOperation op) {
    return responseHeaders.getOrDefault(op.operationId(), Map.of());
  }

  private static Map<String, String> documentedHeaders(WawpSpec spec, SpecOperation op) {
    Map<String, String> headers = new java.util.LinkedHashMap<>();
    spec.response(op, 200).map(ApiResponse::getHeaders).ifPresent(h -> h.forEach((name, header) -> {
      Object example = header.getExample() != null ? header.getExample()
          : header.getSchema() == null ? null : header.getSchema().getExample();
      if (example != null) {
        headers.put(name, example.toString());
      }
    }));
    return Map.copyOf(headers);
  }

  private Object replaceWebhooks(Account account, Session s, JsonNode body) {
    JsonNode list = body.path("webhooks");
    s.webhooks(list instanceof ArrayNode a ? a.deepCopy() : com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode());
    return null;
  }

  private static String okSchema(WawpSpec spec, SpecOperation op) {
    ApiResponse ok = spec.response(op, 200)
        .orElseThrow(() -> new SpecException(op.label() + " documents no 200 answer"));
    MediaType json = ok.getContent() == null ? null : ok.getContent().get("application/json");
    String ref = json == null || json.getSchema() == null ? null : json.getSchema().get$ref();
    if (ref == null) {
      throw new SpecException(op.label() + "'s 200 answer has no schema reference");
    }
    return ref.substring(ref.lastIndexOf('/') + 1);
  }
}
