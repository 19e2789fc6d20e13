package io.wawpkit.session.conformance.junit;

import java.util.ArrayList;
import java.util.List;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** Runs a test class through the JUnit Platform, as a build would, and keeps what each test ended with. */
record Launched(List<Ended> tests, List<Ended> containers) {
  /** A test (or container) as JUnit reported it: its display name, status and what it threw. */
  record Ended(String name, TestExecutionResult.Status status, Throwable thrown) {
    String message() {
      return thrown == null ? "" : String.valueOf(thrown.getMessage());
    }
  }

  static Launched run(Class<?> testClass) {
    List<Ended> tests = new ArrayList<>();
    List<Ended> containers = new ArrayList<>();
    TestExecutionListener listener = new TestExecutionListener() {
      @Override
      public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        Ended e = new Ended(id.getDisplayName(), result.getStatus(), result.getThrowable().orElse(null));
        (id.isTest() ? tests : containers).add(e);
      }
    };
    LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
        .selectors(DiscoverySelectors.selectClass(testClass)).build(), listener);
    return new Launched(tests, containers);
  }

  List<Ended> with(TestExecutionResult.Status status) {
    return tests.stream().filter(t -> t.status() == status).toList();
  }

  /** The last test: the verdict. */
  Ended verdict() {
    return tests.get(tests.size() - 1);
  }
}
