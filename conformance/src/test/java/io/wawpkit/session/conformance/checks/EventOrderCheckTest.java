package io.wawpkit.session.conformance.checks;

import static org.assertj.core.api.Assertions.assertThat;

import io.wawpkit.session.client.events.SessionStatusEvent;
import io.wawpkit.session.client.events.SessionStatusEvents;
import org.junit.jupiter.api.Test;

/** The order check: v2 timestamps must increase strictly, v1 ts (whole seconds) must not decrease. */
class EventOrderCheckTest {
  static SessionStatusEvent v2(long timestamp) {
    return SessionStatusEvents.parse("{\"id\":\"evt_" + timestamp + "\",\"timestamp\":" + timestamp
        + ",\"session\":\"s\",\"event\":\"session.status\",\"payload\":{\"name\":\"s\",\"status\":\"WORKING\"}}");
  }

  static SessionStatusEvent v1(long ts) {
    return SessionStatusEvents.parse("{\"instance_id\":\"X\",\"status\":\"WORKING\",\"ts\":" + ts + "}");
  }

  @Test
  void v2TimestampsMustIncrease() {
    assertThat(EventChecks.outOfOrder(null, v2(5))).isNull();
    assertThat(EventChecks.outOfOrder(v2(5), v2(6))).isNull();
    assertThat(EventChecks.outOfOrder(v2(5), v2(5))).contains("a v2 timestamp must increase");
    assertThat(EventChecks.outOfOrder(v2(6), v2(5))).contains("arrived after");
  }

  @Test
  void v1TimesMayRepeatButNotGoBack() {
    assertThat(EventChecks.outOfOrder(v1(5), v1(5))).isNull();
    assertThat(EventChecks.outOfOrder(v1(6), v1(5))).contains("arrived after");
  }
}
