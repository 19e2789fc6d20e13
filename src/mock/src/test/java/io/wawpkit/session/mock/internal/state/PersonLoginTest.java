package io.wawpkit.session.mock.internal.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.wawpkit.session.spec.WawpSpec;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The person's move (the spec's {@code scan}) is made by scanning the QR or by typing the pairing
 * code: the simulated person types a code that was asked for, else scans; a typed code must be the
 * session's, still valid.
 */
class PersonLoginTest {
  private final AtomicLong now = new AtomicLong(1_000);
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
  private final StatusListener quiet = new StatusListener() {
    @Override
    public void statusChanged(Session session, String previous) {}

    @Override
    public void stateChanged() {}
  };
  private final SessionLifecycle lifecycle = new SessionLifecycle(WawpSpec.load().lifecycle(), Duration.ofSeconds(1),
      Duration.ofSeconds(5), scheduler, quiet, now::get);

  @AfterEach
  void stop() {
    scheduler.shutdownNow();
  }

  private Session scanning() {
    Session s = new Session("ID1", "wawp-1", "acct", 7L, "SCAN_QR_CODE", now.get());
    return s;
  }

  @Test
  void theSimulatedPersonTypesACodeThatWasAskedFor() {
    Session s = scanning();
    s.pairingCode(new Session.PairingCode("ABCD-1234", "15551234567", now.get() + Duration.ofMinutes(3).toNanos()));
    now.addAndGet(Duration.ofSeconds(6).toNanos());
    lifecycle.advance(s);
    assertThat(s.status()).isEqualTo("WORKING");
    assertThat(s.savedLogin()).isTrue();
    assertThat(s.lastLogin()).isEqualTo(Session.LoginWay.PAIRING_CODE);
    assertThat(s.pairingCode()).as("used up").isNull();
  }

  @Test
  void withoutACodeOrWithAnExpiredOneThePersonScans() {
    Session s = scanning();
    s.pairingCode(new Session.PairingCode("ABCD-1234", "15551234567", now.get() + Duration.ofSeconds(2).toNanos()));
    now.addAndGet(Duration.ofSeconds(6).toNanos());
    lifecycle.advance(s);
    assertThat(s.status()).isEqualTo("WORKING");
    assertThat(s.lastLogin()).isEqualTo(Session.LoginWay.QR);
  }

  @Test
  void aTypedCodeMustBeTheSessionsAndValid() {
    Session s = scanning();
    assertThat(lifecycle.enterPairingCode(s, "ABCD-1234")).as("none asked for").isFalse();
    s.pairingCode(new Session.PairingCode("ABCD-1234", "15551234567", now.get() + Duration.ofSeconds(2).toNanos()));
    assertThat(lifecycle.enterPairingCode(s, "ABCD-9999")).isFalse();
    assertThat(lifecycle.enterPairingCode(s, null)).isFalse();
    assertThat(s.status()).isEqualTo("SCAN_QR_CODE");
    assertThat(lifecycle.enterPairingCode(s, " abcd1234 ")).isTrue();
    assertThat(s.status()).isEqualTo("WORKING");
    assertThat(s.lastLogin()).isEqualTo(Session.LoginWay.PAIRING_CODE);

    Session late = scanning();
    late.pairingCode(new Session.PairingCode("WXYZ-2345", "15551234567", now.get() + Duration.ofMillis(500).toNanos()));
    now.addAndGet(Duration.ofSeconds(1).toNanos());
    assertThat(lifecycle.enterPairingCode(late, "WXYZ-2345")).as("expired").isFalse();
  }
}
