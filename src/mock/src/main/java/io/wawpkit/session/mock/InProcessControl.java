package io.wawpkit.session.mock;

import io.wawpkit.session.mock.control.AccountSummary;
import io.wawpkit.session.mock.control.Delivery;
import io.wawpkit.session.mock.control.Fault;
import io.wawpkit.session.mock.internal.control.FaultInjector;
import io.wawpkit.session.mock.control.JournalEntry;
import io.wawpkit.session.mock.control.MockControl;
import io.wawpkit.session.mock.control.Plan;
import io.wawpkit.session.mock.control.SessionSummary;
import io.wawpkit.session.mock.internal.http.RequestJournal;
import io.wawpkit.session.mock.internal.http.TokenRateLimiter;
import io.wawpkit.session.mock.internal.state.Account;
import io.wawpkit.session.mock.internal.state.Session;
import io.wawpkit.session.mock.internal.state.SessionLifecycle;
import io.wawpkit.session.mock.internal.state.SessionStore;
import io.wawpkit.session.mock.internal.state.StatusListener;
import io.wawpkit.session.mock.internal.webhook.WebhookDispatcher;
import io.wawpkit.session.spec.LoginEffect;
import io.wawpkit.session.spec.Move;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * The mock's own {@link MockControl}, acting on its state in this process; the control API's
 * handler serves it over HTTP. Not API: {@code WawpMock.control()} hands it out as the interface.
 */
final class InProcessControl implements MockControl {
  private final SessionStore store;
  private final SessionLifecycle lifecycle;
  private final FaultInjector faults;
  private final Set<String> operationIds;
  private final WebhookDispatcher webhooks;
  private final TokenRateLimiter rateLimiter;
  private final StatusListener listener;
  private final RequestJournal journal;
  private final String defaultPolicy;
  private final Integer defaultQuota;
  private final LongSupplier nanoTime;

  /**
   * @param operationIds the spec's operationIds, the operations a fault may name (besides {@code *})
   */
  InProcessControl(SessionStore store, SessionLifecycle lifecycle, FaultInjector faults, Set<String> operationIds,
      WebhookDispatcher webhooks, TokenRateLimiter rateLimiter, StatusListener listener, RequestJournal journal,
      String defaultPolicy, Integer defaultQuota, LongSupplier nanoTime) {
    this.store = store;
    this.lifecycle = lifecycle;
    this.faults = faults;
    this.operationIds = Set.copyOf(operationIds);
    this.webhooks = webhooks;
    this.rateLimiter = rateLimiter;
    this.listener = listener;
    this.journal = journal;
    this.defaultPolicy = defaultPolicy;
    this.defaultQuota = defaultQuota;
    this.nanoTime = nanoTime;
  }

  @Override
  public MoveResult scan(String instanceId) {
    return trigger(instanceId, Move.Trigger.PERSON);
  }

  @Override
  public MoveResult enterPairingCode(String instanceId, String code) {
    Objects.requireNonNull(code, "code");
    return onLiveSession(instanceId, s -> {
      boolean entered = lifecycle.enterPairingCode(s, code);
      if (entered) {
        listener.stateChanged();
      }
      return entered ? MoveResult.APPLIED : MoveResult.NOT_APPLICABLE;
    });
  }

  @Override
  public MoveResult fail(String instanceId) {
    return trigger(instanceId, Move.Trigger.SERVICE);
  }

  @Override
  public MoveResult fail(String instanceId, LoginEffect login) {
    if (login != LoginEffect.KEEP && login != LoginEffect.DROP) {
      throw new IllegalArgumentException("a failure keeps (KEEP) or drops (DROP) the saved login, not " + login);
    }
    return onLiveSession(instanceId, s -> {
      lifecycle.advance(s);
      return apply(s, lifecycle.model().pendingMoves(s.status(), s.savedLogin(), Move.Trigger.SERVICE).stream()
          .filter(m -> m.login() == login)
          .findFirst());
    });
  }

  @Override
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
  private MoveResult onLiveSession(String instanceId, Function<Session, MoveResult> action) {
    Session s = store.get(Objects.requireNonNull(instanceId, "instanceId"));
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

  @Override
  public String status(String instanceId) {
    Session s = store.get(Objects.requireNonNull(instanceId, "instanceId"));
    if (s == null) {
      return null;
    }
    synchronized (s) {
      lifecycle.advance(s);
      return s.deleted() ? null : s.status();
    }
  }

  @Override
  public List<AccountSummary> accounts() {
    List<AccountSummary> list = new ArrayList<>();
    for (Account a : store.accounts()) {
      list.add(new AccountSummary(a.id(), a.plan(), store.count(a)));
    }
    return list;
  }

  @Override
  public boolean setPlan(String accountId, Plan plan) {
    Objects.requireNonNull(plan, "plan");
    Account a = store.account(accountId);
    if (a == null) {
      return false;
    }
    a.plan(plan);
    listener.stateChanged();
    return true;
  }

  @Override
  public void injectFault(Fault fault) {
    String operation = fault.operation();
    if (!operation.equals(Fault.EVERY_OPERATION) && !operationIds.contains(operation)) {
      throw new IllegalArgumentException("unknown operation '" + operation + "'; use an operationId of the spec or *");
    }
    faults.add(fault);
  }

  @Override
  public List<Fault> faults() {
    return faults.list();
  }

  @Override
  public void clearFaults() {
    faults.clear();
  }

  @Override
  public boolean clearFault(String operation) {
    return faults.clear(operation);
  }

  @Override
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

  @Override
  public List<Delivery> deliveries() {
    return webhooks.recent();
  }

  @Override
  public List<JournalEntry> requests() {
    return journal.entries();
  }

  @Override
  public void clearRequests() {
    journal.clear();
  }

  @Override
  public void reset() {
    journal.clear();
    store.clear();
    faults.clear();
    rateLimiter.reset();
    webhooks.clearLog();
    store.accounts().forEach(Account::resetPlan);
    listener.stateChanged();
  }

  @Override
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
}
