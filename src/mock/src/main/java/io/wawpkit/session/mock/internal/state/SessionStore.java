package io.wawpkit.session.mock.internal.state;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The accounts and their sessions. Lookups are lock-free; creating and deleting a session holds
 * the account's monitor so that the instance quota is never overrun by parallel creates.
 */
public final class SessionStore {
  private static final char[] ID_CHARS = "ABCDEF0123456789".toCharArray();

  private final Map<String, Account> accountsById = new LinkedHashMap<>();
  private final Map<String, Account> accountsByToken = new ConcurrentHashMap<>();
  private final Map<String, Session> sessions = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

  public SessionStore(Collection<Account> accounts) {
    for (Account a : accounts) {
      if (accountsById.put(a.id(), a) != null) {
        throw new IllegalArgumentException("two accounts have the id " + a.id());
      }
      if (accountsByToken.put(a.token(), a) != null) {
        throw new IllegalArgumentException("two accounts share a token (account " + a.id() + ")");
      }
      counts.put(a.id(), new AtomicInteger());
    }
  }

  public Account accountByToken(String token) {
    return token == null ? null : accountsByToken.get(token);
  }

  public Account account(String id) {
    return accountsById.get(id);
  }

  public Collection<Account> accounts() {
    return accountsById.values();
  }

  /** The account's session, or null when it is unknown, deleted or another account's. */
  public Session find(Account account, String instanceId) {
    Session s = instanceId == null ? null : sessions.get(instanceId);
    return s != null && s.accountId().equals(account.id()) ? s : null;
  }

  /** Any session by id (control API). */
  public Session get(String instanceId) {
    return sessions.get(instanceId);
  }

  public Collection<Session> sessions() {
    return sessions.values();
  }

  public int count(Account account) {
    return counts.get(account.id()).get();
  }

  /**
   * Creates a session for the account unless it is at its quota.
   *
   * @return the new session, or null when the quota is reached
   */
  public Session create(Account account, Integer defaultQuota, String initialStatus, long nowNanos) {
    return create(account, defaultQuota, null, initialStatus, nowNanos);
  }

  /**
   * Creates a session with the caller's name (v1 create takes one), or a made-up one when null.
   *
   * @return the new session, or null when the quota is reached
   */
  public Session create(Account account, Integer defaultQuota, String name, String initialStatus, long nowNanos) {
    Integer quota = account.instanceQuota() != null ? account.instanceQuota() : defaultQuota;
    synchronized (account) {
      AtomicInteger count = counts.get(account.id());
      if (quota != null && count.get() >= quota) {
        return null;
      }
      ThreadLocalRandom random = ThreadLocalRandom.current();
      while (true) {
        String id = randomId(random);
        String named = name != null ? name : "wawp-" + (10_000_000 + random.nextInt(90_000_000));
        Session s = new Session(id, named, account.id(), random.nextLong(), initialStatus, nowNanos);
        if (sessions.putIfAbsent(id, s) == null) {
          count.incrementAndGet();
          return s;
        }
      }
    }
  }

  /** Puts back a session read from the state file. */
  public void restore(Session s) {
    Account account = accountsById.get(s.accountId());
    if (account == null) {
      return;
    }
    if (sessions.putIfAbsent(s.instanceId(), s) == null) {
      counts.get(account.id()).incrementAndGet();
    }
  }

  /** Forgets a deleted session. */
  public void remove(Session s) {
    Account account = accountsById.get(s.accountId());
    synchronized (account) {
      if (sessions.remove(s.instanceId(), s)) {
        counts.get(account.id()).decrementAndGet();
      }
    }
  }

  /** Forgets every session (control API reset); marks them deleted so stale references stop. */
  public List<Session> clear() {
    List<Session> removed = new ArrayList<>(sessions.values());
    for (Session s : removed) {
      synchronized (s) {
        s.markDeleted();
      }
      remove(s);
    }
    return removed;
  }

  private static String randomId(ThreadLocalRandom random) {
    char[] id = new char[12];
    for (int i = 0; i < id.length; i++) {
      id[i] = ID_CHARS[random.nextInt(ID_CHARS.length)];
    }
    return new String(id);
  }
}
