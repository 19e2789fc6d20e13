package io.wawpkit.session.mock.internal.persist;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;

/** What the state file holds: the accounts (with their current plans) and the sessions. */
public record StateSnapshot(int version, List<AccountState> accounts, List<SessionState> sessions) {
  public static final int VERSION = 1;

  /** An account; the token is stored so that a restarted mock accepts it again. */
  public record AccountState(String id, String token, String plan, String configuredPlan, Integer instanceQuota,
      String displayName, String email) {}

  /**
   * A session; timed moves start counting again from the reload. {@code apiVersion} and
   * {@code lastEventMillis} are absent from older files (then v2 and 0).
   */
  public record SessionState(String instanceId, String name, String accountId, long seed, String status,
      boolean savedLogin, String policy, ArrayNode webhooks, String tempLinkToken, String tempLinkExpiresAt,
      String apiVersion, Long lastEventMillis) {}
}
