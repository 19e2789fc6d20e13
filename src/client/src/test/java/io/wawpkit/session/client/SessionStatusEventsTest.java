package io.wawpkit.session.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wawpkit.session.client.events.InvalidEventException;
import io.wawpkit.session.client.events.SessionStatusEvent;
import io.wawpkit.session.client.events.SessionStatusEvent.Envelope;
import io.wawpkit.session.client.events.SessionStatusEvents;
import io.wawpkit.session.generated.model.SessionStatus;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The receiving side: both documented envelopes parse into one typed event, bad bodies are
 * refused, signatures check.
 */
class SessionStatusEventsTest {
  /** The v1 payload as this project's mock sends it (the documented fields plus event, id, name). */
  static final String MOCK_V1 = "{\"event\":\"session.status\",\"id\":\"evt_1\",\"instance_id\":\"3EB0BCB2E3D4\","
      + "\"name\":\"wawp-1\",\"status\":\"WORKING\",\"ts\":1722170400,\"me\":{\"id\":\"201012345678@c.us\"}}";
  static final String V2_MINIMAL = "{\"id\":\"evt_2\",\"timestamp\":1722170400123,\"session\":\"wawp-1\","
      + "\"event\":\"session.status\",\"payload\":{\"name\":\"wawp-1\",\"status\":\"%s\"}}";

  @Test
  void readsTheV2EnvelopeTheV2DocsDescribe() throws Exception {
    SessionStatusEvent e = SessionStatusEvents.parse(EveryExampleDeserializesTest.resource("examples/v2-session-status-webhook.json"));
    assertThat(e.envelope()).isEqualTo(Envelope.V2);
    assertThat(e.id()).isEqualTo("evt_01HZY3T9Q4W8K2M5N7P6R3S1V0");
    assertThat(e.instanceId()).as("v2 names the session, not the instance").isNull();
    assertThat(e.sessionName()).isEqualTo("wawp-84729105");
    assertThat(e.status()).isEqualTo(SessionStatus.WORKING);
    assertThat(e.time()).isEqualTo(Instant.ofEpochMilli(1722170400123L));
    assertThat(e.me()).isEqualTo(new SessionStatusEvent.Me("201012345678@c.us", "123456789012345@lid", "Wawp Demo"));
    assertThat(e.qr()).isNull();
  }

  @Test
  void readsTheDocumentedV1Payload() throws Exception {
    SessionStatusEvent e = SessionStatusEvents.parse(EveryExampleDeserializesTest.resource("examples/v1-session-status-webhook.json"));
    assertThat(e.envelope()).isEqualTo(Envelope.V1);
    assertThat(e.instanceId()).isEqualTo("123456789");
    assertThat(e.status()).isEqualTo(SessionStatus.SCAN_QR_CODE);
    assertThat(e.time()).isEqualTo(Instant.ofEpochSecond(1722170400L));
    assertThat(e.qr()).startsWith("data:image/png;base64,");
    assertThat(e.id()).as("the v1 docs print no id").isNull();
    assertThat(e.sessionName()).isNull();
    assertThat(e.toString()).as("no QR image in a log line").doesNotContain("base64");
  }

  @Test
  void readsTheMocksV1PayloadWithItsAddedFields() {
    SessionStatusEvent e = SessionStatusEvents.parse(MOCK_V1);
    assertThat(e.envelope()).isEqualTo(Envelope.V1);
    assertThat(e.id()).isEqualTo("evt_1");
    assertThat(e.sessionName()).isEqualTo("wawp-1");
    assertThat(e.me().id()).isEqualTo("201012345678@c.us");
    assertThat(e).isEqualTo(SessionStatusEvents.parse(MOCK_V1)).hasSameHashCodeAs(SessionStatusEvents.parse(MOCK_V1));
  }

  @Test
  void aStatusTheClientDoesNotKnowReadsAsUnknownInBothEnvelopes() {
    assertThat(SessionStatusEvents.parse(V2_MINIMAL.formatted("PAIRING")).status())
        .isEqualTo(SessionStatus.UNKNOWN);
    assertThat(SessionStatusEvents.parse("{\"instance_id\":\"X\",\"status\":\"PAIRING\",\"ts\":1}").status())
        .isEqualTo(SessionStatus.UNKNOWN);
    assertThat(SessionStatusEvents.parse(V2_MINIMAL.formatted("STOPPED")).me()).isNull();
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
    "not json|the event body is not JSON",
    "[1]|the event body is not a JSON object",
    "{\"event\":\"message\",\"instance_id\":\"X\",\"status\":\"WORKING\",\"ts\":1}|the event is 'message', not session.status",
    "{\"instance_id\":\"X\",\"status\":\"WORKING\"}|the event lacks 'ts'",
    "{\"instance_id\":\"X\",\"status\":\"WORKING\",\"ts\":\"soon\"}|the event's 'ts' is not a Unix time in seconds",
    "{\"id\":\"e\",\"session\":\"s\",\"payload\":{\"status\":\"WORKING\"}}|the event lacks 'timestamp'",
    "{\"id\":\"e\",\"timestamp\":\"soon\",\"session\":\"s\",\"payload\":{\"status\":\"WORKING\"}}|the event's 'timestamp' is not a Unix time in milliseconds",
    "{\"id\":\"e\",\"timestamp\":1,\"session\":\"s\",\"payload\":{\"name\":\"s\"}}|the event lacks 'payload.status'",
    "{\"timestamp\":1,\"session\":\"s\",\"payload\":{\"status\":\"WORKING\"}}|the event lacks 'id'",
    "{\"id\":\"e\",\"timestamp\":1,\"payload\":{\"status\":\"WORKING\"}}|the event lacks 'session'",
    "{\"id\":\"e\",\"timestamp\":1,\"session\":\"s\",\"payload\":{\"status\":\"WORKING\"},\"me\":\"nobody\"}|the event does not match the session.status schema",
  })
  void refusesWhatIsNotAnEvent(String body, String message) {
    assertThatThrownBy(() -> SessionStatusEvents.parse(body)).isInstanceOf(InvalidEventException.class)
        .hasMessage(message);
  }

  @Test
  void checksTheHmacSignature() {
    byte[] body = MOCK_V1.getBytes(StandardCharsets.UTF_8);
    String signature = SessionStatusEvents.signature(body, "k3y");
    assertThat(signature).hasSize(128);
    assertThat(SessionStatusEvents.signatureMatches(body, signature, "k3y")).isTrue();
    assertThat(SessionStatusEvents.signatureMatches(body, signature.toUpperCase(), "k3y")).isTrue();
    assertThat(SessionStatusEvents.signatureMatches(body, signature, "other")).isFalse();
    assertThat(SessionStatusEvents.signatureMatches("{}".getBytes(StandardCharsets.UTF_8), signature, "k3y")).isFalse();
    assertThat(SessionStatusEvents.signatureMatches(body, "zz", "k3y")).isFalse();
  }
}
