package io.wawpkit.session.conformance.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The run's time budget and the pauses of its waits, on a clock the test moves. */
class TimeBoundsTest {
  private final long[] now = {0};

  private void advance(Duration d) {
    now[0] += d.toNanos();
  }

  @Test
  void aSpentBudgetStopsTheNextRequestUntilTheCleanup() {
    Budget budget = new Budget(Duration.ofSeconds(60), () -> now[0]);
    advance(Duration.ofSeconds(59));
    budget.check();
    assertThat(budget.spent()).isFalse();
    advance(Duration.ofSeconds(1));
    assertThat(budget.spent()).isTrue();
    assertThatThrownBy(budget::check).isInstanceOf(OutOfTime.class).hasMessage("the time budget of 1 min ran out");
    budget.stopEnforcing();
    budget.check(); // the cleanup's deletes go through
  }

  /** Time spent waiting for a person to scan (--await-scan) is not counted, however many wait at once. */
  @Test
  void timeWaitingForAPersonDoesNotCount() {
    Budget budget = new Budget(Duration.ofSeconds(60), () -> now[0]);
    advance(Duration.ofSeconds(30));
    budget.excluding(() -> {
      advance(Duration.ofMinutes(5));
      // a second walker waits for its own scan meanwhile: the held time is counted once
      return budget.excluding(() -> {
        advance(Duration.ofMinutes(1));
        return null;
      });
    });
    assertThat(budget.used()).isEqualTo(Duration.ofSeconds(30));
    assertThat(budget.spent()).isFalse();
    advance(Duration.ofSeconds(30));
    assertThat(budget.spent()).isTrue();
  }

  @Test
  void aBudgetIsPositive() {
    assertThatThrownBy(() -> new Budget(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * A wait's pauses grow with the time waited: quick moves are seen at once on this machine, and a
   * remote target never gets more than 4 reads a second, 2 s apart once a wait goes on.
   */
  @Test
  void pollingBacksOffAndStaysGentleOnARemoteTarget() {
    assertThat(Context.pause(0, true)).isEqualTo(20);
    assertThat(Context.pause(1_000, true)).isEqualTo(250);
    assertThat(Context.pause(60_000, true)).isEqualTo(500);
    for (long waited = 0; waited < 600_000; waited += 50) {
      assertThat(Context.pause(waited, false)).isBetween(250L, 2000L);
    }
    assertThat(Context.pause(8_000, false)).isEqualTo(2000);
    // A 2-minute wait for a boot that never comes: some 70 reads, not thousands.
    assertThat(reads(Duration.ofMinutes(2), false)).isLessThan(80);
    assertThat(reads(Duration.ofSeconds(10), true)).isLessThan(40);
  }

  private static int reads(Duration wait, boolean local) {
    long waited = 0;
    int reads = 0;
    while (waited <= wait.toMillis()) {
      reads++;
      waited += Context.pause(waited, local);
    }
    return reads;
  }
}
