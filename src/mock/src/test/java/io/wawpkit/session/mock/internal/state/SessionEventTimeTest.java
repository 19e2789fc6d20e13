package io.wawpkit.session.mock.internal.state;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SessionEventTimeTest {
  @Test
  void eventTimesStrictlyIncreaseWhateverTheClockSays() {
    Session s = new Session("ID1", "wawp-1", "acct", 1L, "STOPPED", 0L);
    assertThat(s.nextEventMillis(5)).isEqualTo(5);
    assertThat(s.nextEventMillis(5)).as("same millisecond: one more").isEqualTo(6);
    assertThat(s.nextEventMillis(5)).isEqualTo(7);
    assertThat(s.nextEventMillis(3)).as("a clock stepped back").isEqualTo(8);
    assertThat(s.nextEventMillis(100)).isEqualTo(100);
  }
}
