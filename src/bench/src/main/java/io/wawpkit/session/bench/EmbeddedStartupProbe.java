package io.wawpkit.session.bench;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * Main of the child JVM that runs {@link EmbeddedMockProbe} through the JUnit Platform, as a build
 * tool would: its start-up includes JUnit's own.
 */
public final class EmbeddedStartupProbe {
  static final String MARKER = "EMBEDDED-FIRST-ANSWER";

  private EmbeddedStartupProbe() {}

  public static void main(String[] args) {
    System.setProperty("org.jboss.logging.provider", "jdk");
    java.util.logging.Logger.getLogger("io.undertow").setLevel(java.util.logging.Level.WARNING);
    java.util.logging.Logger.getLogger("org.xnio").setLevel(java.util.logging.Level.WARNING);
    LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
        .selectors(selectClass(EmbeddedMockProbe.class)).build();
    Launcher launcher = LauncherFactory.create();
    SummaryGeneratingListener summary = new SummaryGeneratingListener();
    launcher.execute(request, summary);
    long failed = summary.getSummary().getTotalFailureCount();
    summary.getSummary().getFailures().forEach(f -> f.getException().printStackTrace());
    System.out.println("tests: " + summary.getSummary().getTestsSucceededCount() + " passed, " + failed + " failed");
    System.exit(failed == 0 ? 0 : 1);
  }
}
