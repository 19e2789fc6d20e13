package io.wawpkit.session.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wawpkit.session.client.events.InvalidEventException;
import io.wawpkit.session.client.events.SessionStatusEvents;
import io.wawpkit.session.generated.model.SessionStatus;
import io.wawpkit.session.generated.model.SessionStatusEvent;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The receiving side: events parse into typed objects, bad bodies are refused, signatures check. */
class SessionStatusEventsTest {
  static final String EVENT = "{\"event\":\"session.status\",\"id\":\"evt_1\",\"instance_id\":\"3EB0BCB2E3D4\","
      + "\"name\":\"wawp-1\",\"status\":\"WORKING\",\"ts\":1722170400,\"me\":{\"id\":\"201012345678@c.us\"}}";

  @Test
  void parsesAnEvent() {
    SessionStatusEvent e = SessionStatusEvents.parse(EVENT);
    assertThat(e.getId()).isEqualTo("evt_1");
    assertThat(e.getStatus()).isEqualTo(SessionStatus.WORKING);
    assertThat(e.getMe().getId()).isEqualTo("201012345678@c.us");
  }

  @Test
  void refusesWhatIsNotAnEvent() {
    assertThatThrownBy(() -> SessionStatusEvents.parse("not json")).isInstanceOf(InvalidEventException.class)
        .hasMessage("the event body is not JSON");
    assertThatThrownBy(() -> SessionStatusEvents.parse("{\"instance_id\":\"X\",\"status\":\"WORKING\"}"))
        .hasMessage("the event lacks 'ts'");
    assertThatThrownBy(() -> SessionStatusEvents.parse("{\"instance_id\":\"X\",\"status\":\"WORKING\",\"ts\":\"soon\"}"))
        .hasMessage("the event's 'ts' is not a Unix time in seconds");
  }

  @Test
  void checksTheHmacSignature() {
    byte[] body = EVENT.getBytes(StandardCharsets.UTF_8);
    String signature = SessionStatusEvents.signature(body, "k3y");
    assertThat(signature).hasSize(128);
    assertThat(SessionStatusEvents.signatureMatches(body, signature, "k3y")).isTrue();
    assertThat(SessionStatusEvents.signatureMatches(body, signature.toUpperCase(), "k3y")).isTrue();
    assertThat(SessionStatusEvents.signatureMatches(body, signature, "other")).isFalse();
    assertThat(SessionStatusEvents.signatureMatches("{}".getBytes(StandardCharsets.UTF_8), signature, "k3y")).isFalse();
    assertThat(SessionStatusEvents.signatureMatches(body, "zz", "k3y")).isFalse();
  }
}
