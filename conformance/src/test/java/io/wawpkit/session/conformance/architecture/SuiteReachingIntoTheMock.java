package io.wawpkit.session.conformance.architecture;

import io.wawpkit.session.mock.state.SessionStore;

/** A deliberately wrong import (a fixture of ArchitectureTest): the suite reading the mock's store. */
final class SuiteReachingIntoTheMock {
  SessionStore store;
}
