package io.wawpkit.session.mock.internal.persist;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.wawpkit.session.mock.internal.state.Account;
import io.wawpkit.session.mock.control.Plan;
import io.wawpkit.session.mock.internal.state.Session;
import io.wawpkit.session.mock.internal.state.SessionLifecycle;
import io.wawpkit.session.mock.internal.state.SessionStore;
import io.wawpkit.session.mock.internal.state.TempLink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * Keeps the state file up to date: a change marks the state dirty and one write follows shortly
 * on the shared scheduler (many changes, one write); stopping the mock writes once more.
 */
public final class StatePersistence {
  private static final long DEBOUNCE_MILLIS = 100;
  private static final long RETRY_MILLIS = 1000;

  private final StateFile file;
  private final ScheduledExecutorService scheduler;
  private final AtomicBoolean dirty = new AtomicBoolean();
  private volatile SessionStore store;
  private volatile String failure;

  public StatePersistence(StateFile file, ScheduledExecutorService scheduler) {
    this.file = file;
    this.scheduler = scheduler;
  }

  /**
   * The accounts to run with: the configured ones with their saved plans. When the accounts were
   * given explicitly (an accounts file), they win: a saved account they do not name stays out, so
   * neither a removed account nor the public demo tokens come back. Otherwise (the demo accounts)
   * the saved extra accounts come back too.
   */
  public static List<Account> mergeAccounts(List<Account> configured, boolean explicit, StateSnapshot saved) {
    Map<String, Account> byId = new LinkedHashMap<>();
    configured.forEach(a -> byId.put(a.id(), a));
    if (saved != null && saved.accounts() != null) {
      for (StateSnapshot.AccountState a : saved.accounts()) {
        Account known = byId.get(a.id());
        if (known != null) {
          known.plan(Plan.parse(a.plan()));
        } else if (!explicit) {
          Account restored = new Account(a.id(), a.token(), Plan.parse(a.configuredPlan() == null ? a.plan() : a.configuredPlan()),
              a.instanceQuota(), a.displayName(), a.email());
          restored.plan(Plan.parse(a.plan()));
          byId.put(a.id(), restored);
        }
      }
    }
    return new ArrayList<>(byId.values());
  }

  /**
   * Puts the saved sessions back; a status the model does not know becomes the initial one.
   *
   * @return the ids of the accounts no longer configured whose sessions were dropped
   */
  public static SortedSet<String> restoreSessions(StateSnapshot saved, SessionStore store,
      SessionLifecycle lifecycle, LongSupplier nanoTime) {
    SortedSet<String> dropped = new TreeSet<>();
    if (saved == null || saved.sessions() == null) {
      return dropped;
    }
    for (StateSnapshot.SessionState st : saved.sessions()) {
      if (store.account(st.accountId()) == null) {
        dropped.add(st.accountId());
        continue;
      }
      String status = lifecycle.model().isKnownStatus(st.status()) ? st.status() : lifecycle.initialStatus();
      Session s = new Session(st.instanceId(), st.name(), st.accountId(), st.seed(), status, nanoTime.getAsLong());
      synchronized (s) {
        s.savedLogin(st.savedLogin());
        s.policy(st.policy());
        s.apiVersion(st.apiVersion());
        s.lastEventMillis(st.lastEventMillis() == null ? 0 : st.lastEventMillis());
        s.webhooks(st.webhooks() == null ? JsonNodeFactory.instance.arrayNode() : st.webhooks());
        if (st.tempLinkToken() != null && st.tempLinkExpiresAt() != null) {
          s.tempLink(new TempLink(st.tempLinkToken(), Instant.parse(st.tempLinkExpiresAt())));
        }
        store.restore(s);
        lifecycle.scheduleNext(s);
      }
    }
    return dropped;
  }

  /**
   * The saved state (null when there is none yet), after checking that it is sound and that the
   * file can be written.
   *
   * @throws StateFileException naming what is wrong
   */
  public StateSnapshot read(Predicate<String> knownStatus) {
    StateSnapshot saved = file.read(knownStatus);
    file.checkWritable();
    return saved;
  }

  /** Null while the state file is written; else why the last write failed (then state changes answer 503). */
  public String failure() {
    return failure;
  }

  public void attach(SessionStore store) {
    this.store = store;
  }

  /** Something changed: write soon. */
  public void markDirty() {
    if (store != null && dirty.compareAndSet(false, true)) {
      scheduler.schedule(this::flushQuietly, DEBOUNCE_MILLIS, TimeUnit.MILLISECONDS);
    }
  }

  /** Writes the state now; nothing before the saved state was read back (a start that failed never overwrites). */
  public void flush() {
    if (store == null) {
      return;
    }
    dirty.set(false);
    try {
      file.write(snapshot());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the state file " + file.path() + ": " + StateFile.reason(e), e);
    }
  }

  /**
   * The debounced write. A failure is loud: one line when writes start failing, and until one
   * succeeds again (retried every second) {@link #failure()} makes state changes answer 503, so no
   * change is acknowledged that would not survive a restart.
   */
  private void flushQuietly() {
    try {
      flush();
      if (failure != null) {
        failure = null;
        System.err.println("wawp-mock: the state file " + file.path() + " is written again");
      }
    } catch (RuntimeException e) {
      if (failure == null) {
        System.err.println("wawp-mock: ERROR: " + e.getMessage() + "; changes are not saved and answer 503"
            + " until a write succeeds (retrying every second)");
      }
      failure = e.getMessage();
      if (dirty.compareAndSet(false, true)) {
        scheduler.schedule(this::flushQuietly, RETRY_MILLIS, TimeUnit.MILLISECONDS);
      }
    }
  }

  private StateSnapshot snapshot() {
    List<StateSnapshot.AccountState> accounts = new ArrayList<>();
    for (Account a : store.accounts()) {
      accounts.add(new StateSnapshot.AccountState(a.id(), a.token(), a.plan().slug(), null, a.instanceQuota(),
          a.displayName(), a.email()));
    }
    List<StateSnapshot.SessionState> sessions = new ArrayList<>();
    for (Session s : store.sessions()) {
      synchronized (s) {
        if (s.deleted()) {
          continue;
        }
        TempLink link = s.tempLink();
        ArrayNode hooks = s.webhooks().deepCopy();
        sessions.add(new StateSnapshot.SessionState(s.instanceId(), s.name(), s.accountId(), s.seed(), s.status(),
            s.savedLogin(), s.policy(), hooks, link == null ? null : link.token(),
            link == null ? null : link.expiresAt().toString(), s.apiVersion(), s.lastEventMillis()));
      }
    }
    return new StateSnapshot(StateSnapshot.VERSION, accounts, sessions);
  }
}
