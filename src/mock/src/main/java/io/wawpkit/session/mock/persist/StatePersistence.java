package io.wawpkit.session.mock.persist;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.wawpkit.session.mock.state.Account;
import io.wawpkit.session.mock.state.Plan;
import io.wawpkit.session.mock.state.Session;
import io.wawpkit.session.mock.state.SessionLifecycle;
import io.wawpkit.session.mock.state.SessionStore;
import io.wawpkit.session.mock.state.TempLink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the state file up to date: a change marks the state dirty and one write follows shortly
 * on the shared scheduler (many changes, one write); stopping the mock writes once more.
 */
public final class StatePersistence {
  private static final Logger LOG = Logger.getLogger(StatePersistence.class.getName());
  private static final long DEBOUNCE_MILLIS = 100;

  private final StateFile file;
  private final ScheduledExecutorService scheduler;
  private final AtomicBoolean dirty = new AtomicBoolean();
  private volatile SessionStore store;

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
  public static java.util.SortedSet<String> restoreSessions(StateSnapshot saved, SessionStore store,
      SessionLifecycle lifecycle, LongSupplier nanoTime) {
    java.util.SortedSet<String> dropped = new java.util.TreeSet<>();
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

  public StateSnapshot read() {
    try {
      return file.read();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the state file " + file.path() + ": " + e.getMessage(), e);
    }
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

  /** Writes the state now. */
  public void flush() {
    dirty.set(false);
    try {
      file.write(snapshot());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the state file " + file.path() + ": " + e.getMessage(), e);
    }
  }

  private void flushQuietly() {
    try {
      flush();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, e.getMessage());
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
            link == null ? null : link.expiresAt().toString()));
      }
    }
    return new StateSnapshot(StateSnapshot.VERSION, accounts, sessions);
  }
}
