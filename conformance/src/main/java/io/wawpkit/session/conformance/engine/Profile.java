package io.wawpkit.session.conformance.engine;

import io.wawpkit.session.conformance.checks.ConsistencyChecks;
import io.wawpkit.session.conformance.checks.CredentialChecks;
import io.wawpkit.session.conformance.checks.ErrorChecks;
import io.wawpkit.session.conformance.checks.ExploreChecks;
import io.wawpkit.session.conformance.checks.LifecycleChecks;
import io.wawpkit.session.conformance.checks.LoginChecks;
import io.wawpkit.session.conformance.checks.RepeatedReadChecks;
import io.wawpkit.session.conformance.checks.ShapeChecks;
import io.wawpkit.session.conformance.checks.TenancyChecks;
import java.util.List;

/** Which check groups a run executes. */
public enum Profile {
  /** Every operation's answers against the schemas; assumes no state and no credential checks (stateless mocks). */
  SHAPE,
  /** Transitions, consistency across endpoints, the login operations, tenancy, both credential forms, reads repeated. */
  LIFECYCLE,
  /** Both, plus errors and bad input, plus a short exploration. */
  ALL,
  /**
   * Model-based exploration alone: random sequences of operations over one to three sessions,
   * each step judged against the model, a failing sequence replayed and shrunk (QuickTheories).
   */
  EXPLORE;

  public List<CheckGroup> groups() {
    return switch (this) {
      case SHAPE -> List.of(new ShapeChecks());
      case LIFECYCLE -> List.of(new LifecycleChecks(), new ConsistencyChecks(), new LoginChecks(), new TenancyChecks(),
          new CredentialChecks(), new RepeatedReadChecks());
      case ALL -> List.of(new ShapeChecks(), new ErrorChecks(), new TenancyChecks(), new LifecycleChecks(),
          new ConsistencyChecks(), new LoginChecks(), new CredentialChecks(), new RepeatedReadChecks(),
          new ExploreChecks(ExploreChecks.Settings.inAll(null)));
      case EXPLORE -> List.of(new ExploreChecks(ExploreChecks.Settings.alone(null)));
    };
  }
}
