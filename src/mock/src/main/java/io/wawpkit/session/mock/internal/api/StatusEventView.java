package io.wawpkit.session.mock.internal.api;

import io.wawpkit.session.mock.internal.state.Account;
import io.wawpkit.session.mock.internal.state.Session;
import io.wawpkit.session.spec.LifecycleModel;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Renders a session's {@code session.status} event (the spec's {@code SessionStatusEvent}) in the
 * envelope of the base the session was created on: the v2 envelope ({@code SessionStatusEventV2})
 * or the v1 payload ({@code SessionStatusEventV1}). Callers hold the session's monitor, so that
 * the event's time is taken in the order of the changes.
 */
public final class StatusEventView {
  static final String V1 = "v1";
  private static final String ENGINE = "NOWEB";

  private final LifecycleModel model;
  private final SessionViews views;
  private final Function<String, Account> accounts;
  private final Clock clock;
  private final String eventName;

  public StatusEventView(LifecycleModel model, SessionViews views, Function<String, Account> accounts, Clock clock,
      String eventName) {
    this.model = model;
    this.views = views;
    this.accounts = accounts;
    this.clock = clock;
    this.eventName = eventName;
  }

  /** A new event of the session's current status, with a new id and the session's next event time. */
  public Map<String, Object> render(Session s) {
    long millis = s.nextEventMillis(clock.millis());
    String id = EventIds.next(millis);
    return V1.equals(s.apiVersion()) ? v1(s, id, millis) : v2(s, id, millis);
  }

  /** The fields in the order the v2 docs print them; {@code me} only while the status carries it. */
  private Map<String, Object> v2(Session s, String id, long millis) {
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("id", id);
    event.put("timestamp", millis);
    event.put("session", s.name());
    event.put("metadata", metadata(s));
    event.put("engine", ENGINE);
    event.put("event", eventName);
    event.put("payload", SessionViews.ordered("name", s.name(), "status", s.status()));
    if (model.carries(s.status()).contains("me")) {
      event.put("me", views.carried("me", s));
    }
    return event;
  }

  /** The documented v1 fields plus this mock's {@code event}, {@code id} and {@code name}. */
  private Map<String, Object> v1(Session s, String id, long millis) {
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("event", eventName);
    event.put("id", id);
    event.put("instance_id", s.instanceId());
    event.put("name", s.name());
    event.put("status", s.status());
    for (String field : model.carries(s.status())) {
      event.put(field, views.carried(field, s));
    }
    event.put("ts", millis / 1000);
    return event;
  }

  private Map<String, Object> metadata(Session s) {
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("user.id", s.accountId());
    Account account = accounts.apply(s.accountId());
    if (account != null && account.email() != null) {
      metadata.put("user.email", account.email());
    }
    return metadata;
  }
}
