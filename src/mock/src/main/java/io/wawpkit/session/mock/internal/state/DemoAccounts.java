package io.wawpkit.session.mock.internal.state;

import io.wawpkit.session.mock.control.Plan;
import java.util.List;

/** The accounts the mock has when no accounts file is given: two paid, one free. */
public final class DemoAccounts {
  public static final String PAID = "demo-paid";
  public static final String FREE = "demo-free";
  public static final String OTHER = "demo-other";

  private DemoAccounts() {}

  public static List<Account> create() {
    return List.of(
        new Account(PAID, "demo-paid-token", Plan.PAID, null, "Demo Paid", "paid@example.com"),
        new Account(FREE, "demo-free-token", Plan.FREE, null, "Demo Free", "free@example.com"),
        new Account(OTHER, "demo-other-token", Plan.PAID, null, "Demo Other", "other@example.com"));
  }
}
