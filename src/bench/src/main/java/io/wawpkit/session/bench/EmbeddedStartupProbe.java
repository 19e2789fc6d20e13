package io.wawpkit.session.bench;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * Main of the child JVM that runs a probe class ({@link EmbeddedMockProbe} unless the first
 * argument names another, such as {@link WireMockJUnitProbe}) through the JUnit Platform, as a
 * build tool would: its start-up includes JUnit's own. Nothing is set for the mock's logging: a
 * user's test run sets nothing either.
 */
public final class EmbeddedStartupProbe {
  static final String MARKER = "EMBEDDED-FIRST-ANSWER";

  private EmbeddedStartupProbe() {}

  public static void main(String[] args) {
    LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
        .selectors(args.length > 0 ? selectClass(args[0]) : selectClass(EmbeddedMockProbe.class)).build();
    Launcher launcher = LauncherFactory.create();
    SummaryGeneratingListener summary = new SummaryGeneratingListener();
    launcher.execute(request, summary);
    long failed = summary.getSummary().getTotalFailureCount();
    summary.getSummary().getFailures().forEach(f -> f.getException().printStackTrace());
    System.out.println("tests: " + summary.getSummary().getTestsSucceededCount() + " passed, " + failed + " failed");
    System.exit(failed == 0 ? 0 : 1);
  }
}
