package io.wawpkit.session.conformance.architecture;

import io.wawpkit.session.mock.internal.control.ControlHandler;
import io.wawpkit.session.mock.internal.state.SessionStore;

/**
 * Deliberately wrong imports (a fixture of ArchitectureTest): the suite reading the mock's store,
 * and reaching past the control API's public types into the class that serves it.
 */
final class SuiteReachingIntoTheMock {
  SessionStore store;
  ControlHandler handler;
}
