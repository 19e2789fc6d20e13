package io.wawpkit.session.mock.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wawpkit.session.mock.Positions;
import io.wawpkit.session.mock.internal.http.Json;
import io.wawpkit.session.mock.internal.spec.PolicyCatalog;
import io.wawpkit.session.mock.internal.state.Account;
import io.wawpkit.session.mock.internal.state.Session;
import io.wawpkit.session.mock.internal.state.TempLink;
import io.wawpkit.session.spec.LifecycleModel;
import io.wawpkit.session.spec.SpecException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Renders a session as the body a spec schema describes. Operations find their renderer by the
 * name of their 200 response's schema, and the fields a status carries (qr, me) come from the
 * lifecycle model's {@code carries}. Callers hold the session's monitor.
 */
public final class SessionViews {
  private static final String MASK = "********";
  private static final String ENGINE = "NOWEB";
  private static final String SERVER_NAME = "wawp-mock-1";
  private static final String PNG = "image/png";
  private static final String JSON_MEDIA = "application/json";

  private final LifecycleModel model;
  private final PolicyCatalog policies;
  private final ObjectNode systemWebhook;
  private final Positions positions;
  private final Clock clock;
  private final LongSupplier nanoTime;
  private final Duration qrRotation;
  private final Supplier<String> origin;
  private final Map<String, BiFunction<Account, Session, Object>> bySchema = new LinkedHashMap<>();
  private final Map<String, Function<Session, Object>> carried = Map.of(
      "qr", this::qr,
      "me", this::sessionMe);

  public SessionViews(LifecycleModel model, PolicyCatalog policies, ObjectNode systemWebhook, Clock clock,
      LongSupplier nanoTime, Duration qrRotation, Supplier<String> origin, Positions positions) {
    this.model = model;
    this.positions = positions;
    this.policies = policies;
    this.systemWebhook = systemWebhook;
    this.clock = clock;
    this.nanoTime = nanoTime;
    this.qrRotation = qrRotation;
    this.origin = origin;
    for (String field : model.carriedFields()) {
      if (!carried.containsKey(field)) {
        throw new SpecException("the lifecycle model carries '" + field + "', which the mock cannot produce");
      }
    }
    bySchema.put("SessionInfo", (a, s) -> sessionInfo(s));
    bySchema.put("LogoutResult", (a, s) -> ordered("name", s.name(), "status", s.status(), "instance_id", s.instanceId()));
    bySchema.put("DeletedSession", (a, s) -> ordered("name", s.name(), "status", model.terminal(), "instance_id", s.instanceId()));
    bySchema.put("CreateSessionResult", (a, s) -> ordered("instance_id", s.instanceId(), "session_name", s.name(),
        "server_name", SERVER_NAME, "status", s.status()));
    bySchema.put("V1CreatedSession", this::v1Created);
    bySchema.put("AccountInfo", (a, s) -> accountInfo(a, s));
    bySchema.put("RateLimitSettings", this::rateLimit);
    bySchema.put("TempLink", (a, s) -> tempLink(s));
    bySchema.put("NewTempLink", (a, s) -> tempLink(s));
    bySchema.put("WebhookSettings", (a, s) -> webhookSettings(s));
    bySchema.put("QrRaw", (a, s) -> qrRaw(s));
    bySchema.put("QrImage", (a, s) -> ordered("qr", currentQr(s).dataUrl()));
    bySchema.put("PairingCode", (a, s) -> ordered("code", s.pairingCode() == null ? null : s.pairingCode().code()));
    bySchema.put("Screenshot", (a, s) -> ordered("mimetype", PNG, "data",
        Base64.getEncoder().encodeToString(screenshot(s))));
  }

  /** Whether a schema has a renderer (checked for every operation at start). */
  public boolean renders(String schema) {
    return bySchema.containsKey(schema);
  }

  public Object render(String schema, Account account, Session session) {
    BiFunction<Account, Session, Object> view = bySchema.get(schema);
    if (view == null) {
      throw new IllegalStateException("no view for schema " + schema);
    }
    return view.apply(account, session);
  }

  /** A field the session's status carries (see the lifecycle model's {@code carries}). */
  Object carried(String field, Session s) {
    return carried.get(field).apply(s);
  }

  /** The active temporary link's token, or null. */
  public TempLink activeLink(Session s) {
    TempLink link = s.tempLink();
    return link != null && link.activeAt(clock.instant()) ? link : null;
  }

  private Map<String, Object> sessionInfo(Session s) {
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("name", s.name());
    info.put("status", s.status());
    info.put("instance_id", s.instanceId());
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("webhooks", emptyListForm(maskedWebhooks(s.webhooks())));
    config.put("proxy", null);
    config.put("debug", false);
    info.put("config", config);
    Set<String> now = model.carries(s.status());
    for (String field : model.carriedFields()) {
      info.put(field, now.contains(field) ? carried.get(field).apply(s) : null);
    }
    boolean stopped = s.status().equals(model.initial());
    info.put("engine", stopped && positions.departsFrom(Positions.Departure.ENGINE_AS_EMPTY_ARRAY)
        ? java.util.List.of() : Map.of("engine", ENGINE));
    if (positions.departsFrom(Positions.Departure.EXTRA_FIELDS)) {
      info.put("server_name", SERVER_NAME);
    }
    return info;
  }

  /** An empty list as {@code []}, or as {@code {}} where the lenient mock prints PHP's empty array so. */
  private Object emptyListForm(ArrayNode list) {
    return list.isEmpty() && positions.departsFrom(Positions.Departure.EMPTY_LIST_AS_OBJECT) ? Map.of() : list;
  }

  /**
   * The v1 create's answer as the v1 docs print it: the session with its id only in
   * {@code config.metadata}, which also echoes the account's token (as v1 does: clients must cope).
   */
  private Object v1Created(Account account, Session s) {
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("webhooks", Map.of()); // PHP prints the empty list as {}
    config.put("proxy", null);
    config.put("metadata", ordered("user_id", account.id(), "display_name", account.displayName(),
        "user_email", account.email(), "access_token", account.token(), "instance_id", s.instanceId()));
    Map<String, Object> body = ordered("name", s.name(), "status", s.status(), "config", config);
    body.put("engine", java.util.List.of()); // PHP's empty array
    return body;
  }

  private Object accountInfo(Account account, Session s) {
    Map<String, Object> me = new LinkedHashMap<>();
    boolean loggedIn = model.carries(s.status()).contains("me");
    me.put("id", loggedIn ? jid(s) : null);
    me.put("pushName", loggedIn ? "Mock " + s.name() : null);
    me.put("platform", loggedIn ? "android" : null);
    return me;
  }

  private Object rateLimit(Account account, Session s) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("current_policy", s.policy() == null ? policies.defaultSlug() : s.policy());
    body.put("has_active_plan", account.isPaid());
    body.put("free_policies", policies.freeSlugs());
    body.put("policies", policies.policies().stream().map(p -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("slug", p.slug());
      m.put("name", p.name());
      if (p.description() != null) {
        m.put("description", p.description());
      }
      m.put("available", account.isPaid() || !p.paidOnly());
      m.put("limits", p.limits());
      return m;
    }).toList());
    return body;
  }

  private Object tempLink(Session s) {
    TempLink link = activeLink(s);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("link", link == null ? null : tempLinkUrl(link.token()));
    if (link != null) {
      body.put("expires_at", link.expiresAt().toString());
    }
    return body;
  }

  /** Where a temporary link points: the mock's own page that shows the QR. */
  public String tempLinkUrl(String token) {
    return origin.get() + "/_mock/temp-qr/" + token;
  }

  private Object webhookSettings(Session s) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("webhooks", emptyListForm(s.webhooks()));
    body.put("systemConfig", systemWebhook);
    return body;
  }

  /** Session info shows the webhooks without their secrets: HMAC keys and custom header values. */
  private static ArrayNode maskedWebhooks(ArrayNode webhooks) {
    ArrayNode copy = webhooks.deepCopy();
    for (JsonNode w : copy) {
      JsonNode hmac = w.get("hmac");
      if (hmac instanceof ObjectNode h && h.hasNonNull("key")) {
        h.put("key", MASK);
      }
      for (JsonNode header : w.path("customHeaders")) {
        if (header instanceof ObjectNode h && h.hasNonNull("value")) {
          h.put("value", MASK);
        }
      }
    }
    return copy;
  }

  /** Session info's {@code qr}: the image of the QR the session shows now (the same as qr-image's). */
  private Object qr(Session s) {
    return currentQr(s).dataUrl();
  }

  /**
   * The QR a session shows now: one per rotation of the current stretch of its status, made once
   * and kept until the next rotation. The raw QR, the image, session info's {@code qr}, the
   * screenshot and the temporary link's page all show this one.
   */
  Session.CachedQr currentQr(Session s) {
    long rotation = rotationIndex(s);
    Session.CachedQr cached = s.qrFor(rotation);
    if (cached == null) {
      String value = QrImages.value(s.seed(), s.qrSalt(), rotation);
      byte[] png = QrImages.png(value);
      cached = new Session.CachedQr(value, png, QrImages.dataUrl(png));
      s.cacheQr(rotation, cached);
    }
    return cached;
  }

  /** The raw QR: {@code data} is the Base64 of {@code {value, expiry}}, expiry the Unix millisecond of the next rotation. */
  private Object qrRaw(Session s) {
    Session.CachedQr qr = currentQr(s);
    long rotation = Math.max(1, qrRotation.toNanos());
    long next = s.statusSinceNanos() + (rotationIndex(s) + 1) * rotation;
    long expiry = clock.millis() + Math.max(0, next - nanoTime.getAsLong()) / 1_000_000L;
    byte[] decoded = Json.bytes(ordered("value", qr.value(), "expiry", expiry));
    return ordered("mimetype", JSON_MEDIA, "data", Base64.getEncoder().encodeToString(decoded));
  }

  private long rotationIndex(Session s) {
    return Math.max(0, nanoTime.getAsLong() - s.statusSinceNanos()) / Math.max(1, qrRotation.toNanos());
  }

  /** What the session shows: its QR while it carries one, else the logged-in picture. */
  private byte[] screenshot(Session s) {
    return model.carries(s.status()).contains("qr") ? currentQr(s).png() : QrImages.connectedPng();
  }

  /** The QR PNG a session shows now, or null when its status carries none. */
  public byte[] currentQrPng(Session s) {
    if (!model.carries(s.status()).contains("qr")) {
      return null;
    }
    return currentQr(s).png();
  }

  private Object sessionMe(Session s) {
    return ordered("id", jid(s), "pushName", "Mock " + s.name());
  }

  private static String jid(Session s) {
    return "2010" + String.format("%08d", Math.floorMod(s.seed(), 100_000_000L)) + "@c.us";
  }

  /** An insertion-ordered map, so answers read like the docs' examples. */
  static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }

  public Instant now() {
    return clock.instant();
  }
}
