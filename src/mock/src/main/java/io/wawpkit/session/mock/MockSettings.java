package io.wawpkit.session.mock;

import io.wawpkit.session.mock.internal.state.Account;
import io.wawpkit.session.spec.LifecycleModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** A mock's settings, as {@link WawpMock.Builder} collected them. Null means "not set". */
record MockSettings(
    String host,
    int port,
    String basePath,
    String v1BasePath,
    Duration startingDuration,
    Duration qrRotation,
    Duration autoScanAfter,
    double ratePerSecond,
    Integer instanceQuota,
    LifecycleModel lifecycle,
    List<Account> accounts,
    Path stateFile,
    Clock clock,
    Duration webhookRetryDelay,
    long maxBodyBytes,
    Duration tempLinkValidity,
    String controlToken,
    Duration requestParseTimeout,
    Duration idleTimeout,
    Positions positions,
    int journalSize,
    java.util.function.Consumer<String> console) {

  @Override
  public String toString() {
    // the record's own toString would print the control token
    return "MockSettings[" + host + ":" + port + ", " + basePath + ", controlToken=" + (controlToken == null ? "none" : "****") + "]";
  }
}
