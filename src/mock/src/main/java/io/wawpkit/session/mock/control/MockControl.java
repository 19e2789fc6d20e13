package io.wawpkit.session.mock.control;

import io.wawpkit.session.mock.http.RequestJournal;
import io.wawpkit.session.mock.http.TokenRateLimiter;
import io.wawpkit.session.mock.persist.StatePersistence;
import io.wawpkit.session.mock.state.Account;
import io.wawpkit.session.mock.state.Plan;
import io.wawpkit.session.mock.state.Session;
import io.wawpkit.session.mock.state.SessionLifecycle;
import io.wawpkit.session.mock.state.SessionStore;
import io.wawpkit.session.mock.state.StatusListener;
import io.wawpkit.session.mock.webhook.Delivery;
import io.wawpkit.session.mock.webhook.WebhookDispatcher;
import io.wawpkit.session.spec.LoginEffect;
import io.wawpkit.session.spec.Move;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * What only a person or the service could do, for tests and the control API: scan the QR, make a
 * session fail, apply any move of the model, change an account's plan, inject faults, list and
 * reset state, create many sessions at once.
 */
public final class MockControl {
  private final RequestJournal journal;
  /** The outcome of a move: done, not possible in the session's status, or no such session. */
  public enum MoveResult { APPLIED, NOT_APPLICABLE, UNKNOWN_SESSION, UNKNOWN_MOVE }

  private final SessionStore store;
  private final SessionLifecycle lifecycle;
  private final FaultInjector faults;
  private final WebhookDispatcher webhooks;
  private final TokenRateLimiter rateLimiter;
  private final StatusListener listener;
  private final StatePersistence persistence;
  private final String defaultPolicy;
  private final Integer defaultQuota;
  private final LongSupplier nanoTime;

  public MockControl(SessionStore store, SessionLifecycle lifecycle, FaultInjector faults, WebhookDispatcher webhooks,
      TokenRateLimiter rateLimiter, StatusListener listener, StatePersistence persistence, String defaultPolicy,
      Integer defaultQuota, LongSupplier nanoTime, RequestJournal journal) {
    this.journal = journal;
    this.store = store;
    this.lifecycle = lifecycle;
    this.faults = faults;
    this.webhooks = webhooks;
    this.rateLimiter = rateLimiter;
    this.listener = listener;
    this.persistence = persistence;
    this.defaultPolicy = defaultPolicy;
    this.defaultQuota = defaultQuota;
    this.nanoTime = nanoTime;
  }

  /** A person scans the QR: the model's person-triggered move (SCAN_QR_CODE -> WORKING). */
  public MoveResult scan(String instanceId) {
    return trigger(instanceId, Move.Trigger.PERSON);
  }

  /** The service breaks the session: the model's first service-triggered move (-> FAILED, login kept). */
  public MoveResult fail(String instanceId) {
    return trigger(instanceId, Move.Trigger.SERVICE);
  }

  /**
   * The service breaks the session, keeping ({@code KEEP}) or dropping ({@code DROP}) its saved
   * login: the model's service move with that effect (the docs allow either, see {@code unlink}).
   */
  public MoveResult fail(String instanceId, LoginEffect login) {
    return onLiveSession(instanceId, s -> {
      lifecycle.advance(s);
      return apply(s, lifecycle.model().pendingMoves(s.status(), s.savedLogin(), Move.Trigger.SERVICE).stream()
          .filter(m -> m.login() == login)
          .findFirst());
    });
  }

  /** Applies a move of the model by name. */
  public MoveResult move(String instanceId, String moveName) {
    Optional<Move> move = lifecycle.model().move(moveName);
    if (move.isEmpty()) {
      return MoveResult.UNKNOWN_MOVE;
    }
    return onLiveSession(instanceId, s -> apply(s, move));
  }

  private MoveResult trigger(String instanceId, Move.Trigger trigger) {
    return onLiveSession(instanceId, s -> apply(s, lifecycle.pendingMove(s, trigger)));
  }

  /** Runs an action on a session that exists and is not deleted, under its lock. */
  private MoveResult onLiveSession(String instanceId, java.util.function.Function<Session, MoveResult> action) {
    Session s = store.get(instanceId);
    if (s == null) {
      return MoveResult.UNKNOWN_SESSION;
    }
    synchronized (s) {
      return s.deleted() ? MoveResult.UNKNOWN_SESSION : action.apply(s);
    }
  }

  private MoveResult apply(Session s, Optional<Move> move) {
    return move.isPresent() && lifecycle.move(s, move.get()) ? MoveResult.APPLIED : MoveResult.NOT_APPLICABLE;
  }

  /** The status of a session (timed moves applied), or null when there is none. */
  public String status(String instanceId) {
    Session s = store.get(instanceId);
    if (s == null) {
      return null;
    }
    synchronized (s) {
      lifecycle.advance(s);
      return s.deleted() ? null : s.status();
    }
  }

  /** Changes an account's plan; false when there is no such account. */
  public boolean setPlan(String accountId, Plan plan) {
    Account a = store.account(accountId);
    if (a == null) {
      return false;
    }
    a.plan(plan);
    listener.stateChanged();
    return true;
  }

  public void injectFault(Fault fault) {
    faults.add(fault);
  }

  public List<Fault> faults() {
    return faults.list();
  }

  public void clearFaults() {
    faults.clear();
  }

  public boolean clearFault(String operation) {
    return faults.clear(operation);
  }

  public List<Account> accounts() {
    return List.copyOf(store.accounts());
  }

  public int instanceCount(Account account) {
    return store.count(account);
  }

  /** Every session (or one account's), sorted by account then id. */
  public List<SessionSummary> sessions(String accountId) {
    List<SessionSummary> list = new ArrayList<>();
    for (Session s : store.sessions()) {
      if (accountId != null && !accountId.equals(s.accountId())) {
        continue;
      }
      synchronized (s) {
        lifecycle.advance(s);
        if (!s.deleted()) {
          list.add(new SessionSummary(s.instanceId(), s.accountId(), s.name(), s.status(), s.savedLogin(),
              s.policy(), s.webhooks().size(), s.apiVersion()));
        }
      }
    }
    list.sort(Comparator.comparing(SessionSummary::accountId).thenComparing(SessionSummary::instanceId));
    return list;
  }

  /** The latest webhook delivery attempts (bounded). */
  public List<Delivery> deliveries() {
    return webhooks.recent();
  }

  /** The last requests the API answered, oldest first, secrets masked (see {@link RequestJournal}). */
  public List<RequestJournal.Entry> requests() {
    return journal.entries();
  }

  /** Empties the request journal. */
  public void clearRequests() {
    journal.clear();
  }

  /** Forgets every session, fault, rate-limit bucket, delivery and journaled request; plans go back to their configured ones. */
  public void reset() {
    journal.clear();
    store.clear();
    faults.clear();
    rateLimiter.reset();
    webhooks.clearLog();
    store.accounts().forEach(Account::resetPlan);
    listener.stateChanged();
  }

  /** The most sessions one bulk create makes: what the benchmarks use, and far within a 256 MB heap. */
  public static final int MAX_BULK = 100_000;

  /**
   * Creates up to {@code count} sessions for an account at once (benchmarks), optionally
   * performing a lifecycle action of the model on each (such as start); stops early at the
   * account's quota. All or nothing otherwise: if anything fails half-way (even running out of
   * memory), the sessions it made are removed again.
   */
  public List<String> bulkCreate(String accountId, int count, String thenAction) {
    if (count < 1 || count > MAX_BULK) {
      throw new IllegalArgumentException("count must be 1.." + MAX_BULK);
    }
    Account account = store.account(accountId);
    if (account == null) {
      throw new IllegalArgumentException("no account " + accountId);
    }
    if (thenAction != null && !lifecycle.model().actions().contains(thenAction)) {
      throw new IllegalArgumentException("the lifecycle model has no action " + thenAction);
    }
    List<Session> made = new ArrayList<>();
    try {
      for (int i = 0; i < count; i++) {
        Session s = store.create(account, defaultQuota, lifecycle.initialStatus(), nanoTime.getAsLong());
        if (s == null) {
          break;
        }
        made.add(s);
        synchronized (s) {
          s.policy(defaultPolicy);
          if (thenAction != null) {
            lifecycle.act(s, thenAction);
          } else {
            lifecycle.scheduleNext(s);
          }
        }
      }
    } catch (RuntimeException | Error e) {
      undo(made);
      throw e;
    }
    listener.stateChanged();
    List<String> ids = new ArrayList<>(made.size());
    made.forEach(s -> ids.add(s.instanceId()));
    return ids;
  }

  /** Removes what a failed bulk create made; an index loop, as it may run just after memory ran out. */
  private void undo(List<Session> made) {
    for (int i = made.size() - 1; i >= 0; i--) {
      Session s = made.get(i);
      synchronized (s) {
        s.markDeleted();
      }
      store.remove(s);
    }
  }

  /** Writes the state file now (when persistence is on). */
  public void flush() {
    if (persistence != null) {
      persistence.flush();
    }
  }
}
