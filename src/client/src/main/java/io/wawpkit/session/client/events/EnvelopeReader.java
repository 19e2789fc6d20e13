package io.wawpkit.session.client.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wawpkit.session.generated.model.SessionMe;
import io.wawpkit.session.generated.model.SessionStatusEventV1;
import io.wawpkit.session.generated.model.SessionStatusEventV2;
import java.time.Instant;

/**
 * Reads the two documented envelopes of {@code session.status} into the generated models of the
 * spec's {@code SessionStatusEventV2} and {@code SessionStatusEventV1}, then into the one
 * {@link SessionStatusEvent}. A body with a {@code payload} or a {@code timestamp} is a v2
 * envelope (the v1 payload has neither); anything else is read as v1.
 */
final class EnvelopeReader {
  private static final String EVENT = "session.status";

  private final ObjectMapper json;

  EnvelopeReader(ObjectMapper json) {
    this.json = json;
  }

  SessionStatusEvent read(JsonNode node) {
    String event = node.path("event").asText(null);
    if (event != null && !EVENT.equals(event)) {
      throw new InvalidEventException("the event is '" + event + "', not " + EVENT);
    }
    return node.has("payload") || node.has("timestamp") ? v2(node) : v1(node);
  }

  private SessionStatusEvent v2(JsonNode node) {
    require(node, "id", "timestamp", "session");
    requireIn(node.path("payload"), "payload.", "status");
    if (!node.get("timestamp").canConvertToLong()) {
      throw new InvalidEventException("the event's 'timestamp' is not a Unix time in milliseconds");
    }
    SessionStatusEventV2 e = convert(node, SessionStatusEventV2.class);
    return new SessionStatusEvent(SessionStatusEvent.Envelope.V2, e.getId(), null, e.getSession(),
        e.getPayload().getStatus(), Instant.ofEpochMilli(e.getTimestamp()), me(e.getMe()), null);
  }

  private SessionStatusEvent v1(JsonNode node) {
    require(node, "instance_id", "status", "ts");
    if (!node.get("ts").canConvertToLong()) {
      throw new InvalidEventException("the event's 'ts' is not a Unix time in seconds");
    }
    SessionStatusEventV1 e = convert(node, SessionStatusEventV1.class);
    return new SessionStatusEvent(SessionStatusEvent.Envelope.V1, e.getId(), e.getInstanceId(), e.getName(),
        e.getStatus(), Instant.ofEpochSecond(e.getTs()), me(e.getMe()), e.getQr());
  }

  private static void require(JsonNode node, String... fields) {
    requireIn(node, "", fields);
  }

  private static void requireIn(JsonNode node, String prefix, String... fields) {
    for (String field : fields) {
      if (!node.hasNonNull(field)) {
        throw new InvalidEventException("the event lacks '" + prefix + field + "'");
      }
    }
  }

  private <T> T convert(JsonNode node, Class<T> type) {
    try {
      return json.treeToValue(node, type);
    } catch (Exception e) {
      throw new InvalidEventException("the event does not match the session.status schema");
    }
  }

  private static SessionStatusEvent.Me me(SessionMe me) {
    return me == null ? null : new SessionStatusEvent.Me(me.getId(), me.getLid(), me.getPushName());
  }
}
