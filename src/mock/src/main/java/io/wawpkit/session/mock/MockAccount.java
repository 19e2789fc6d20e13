package io.wawpkit.session.mock;

import io.wawpkit.session.mock.control.Plan;
import java.util.Objects;

/**
 * An account of the mock: what {@link WawpMock.Builder#accounts} takes and
 * {@link WawpMock#accounts()} gives back (with its current plan).
 *
 * @param id the account's id (the control API's and the state file's key)
 * @param token its API token: a secret, never printed by {@link #toString()}
 * @param plan its plan (paid-only operations answer 403 to a free account)
 * @param instanceQuota how many sessions it may hold at once, or null for the mock's default
 * @param displayName the name the account's info shows (null: its id)
 * @param email the e-mail address the account's info shows (null: made up from its id)
 */
public record MockAccount(String id, String token, Plan plan, Integer instanceQuota, String displayName, String email) {
  public MockAccount {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(plan, "plan");
  }

  /** An account with the given id, token and plan, the mock's default quota, and its id as its name. */
  public static MockAccount of(String id, String token, Plan plan) {
    return new MockAccount(id, token, plan, null, null, null);
  }

  @Override
  public String toString() {
    return "MockAccount[" + id + ", " + plan.slug() + "]";
  }
}
