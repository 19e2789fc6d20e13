package io.wawpkit.session.mock.internal.state;

import io.wawpkit.session.mock.control.Plan;
import java.util.Objects;

/**
 * An account of the mock: its token, its plan and an optional instance quota. The plan can change
 * at run time (control API), everything else is fixed.
 */
public final class Account {
  private final String id;
  private final String token;
  private final Plan configuredPlan;
  private final Integer instanceQuota;
  private final String displayName;
  private final String email;
  private volatile Plan plan;

  public Account(String id, String token, Plan plan, Integer instanceQuota, String displayName, String email) {
    if (id == null || id.isBlank() || token == null || token.isBlank()) {
      throw new IllegalArgumentException("an account needs an id and a token");
    }
    this.id = id;
    this.token = token;
    this.configuredPlan = Objects.requireNonNull(plan, "plan");
    this.plan = plan;
    this.instanceQuota = instanceQuota;
    this.displayName = displayName == null ? id : displayName;
    this.email = email == null ? id + "@example.com" : email;
  }

  public String id() {
    return id;
  }

  /** The account's secret token: never log it. */
  public String token() {
    return token;
  }

  public Plan plan() {
    return plan;
  }

  public void plan(Plan newPlan) {
    this.plan = Objects.requireNonNull(newPlan);
  }

  /** Puts the plan back to the one it was configured with (control API reset). */
  public void resetPlan() {
    this.plan = configuredPlan;
  }

  public boolean isPaid() {
    return plan == Plan.PAID;
  }

  /** This account's own quota, or null to use the mock's default. */
  public Integer instanceQuota() {
    return instanceQuota;
  }

  public String displayName() {
    return displayName;
  }

  public String email() {
    return email;
  }

  @Override
  public String toString() {
    return "Account[" + id + ", " + plan.slug() + "]"; // never the token
  }
}
