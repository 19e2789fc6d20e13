/*
 * Wawp session (instance) API
 *
 * Generated from openapi/wawp-session.yaml by OpenAPI Generator (https://openapi-generator.tech).
 * Do not edit by hand: scripts/generate rewrites it. The header names neither the spec's version
 * nor its description, so editing those regenerates nothing.
 */


package io.wawpkit.session.generated.model;

import java.util.Objects;
import java.util.Arrays;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonValue;
import io.wawpkit.session.generated.model.SessionMe;
import io.wawpkit.session.generated.model.SessionStatusPayload;
import java.util.HashMap;
import java.util.Map;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * The v2 envelope. Documented (v2 reference, \&quot;Session Status Change\&quot;): \&quot;triggered when the session status changes (e.g., from WORKING to STOPPED)\&quot;; \&quot;Use the &#39;session&#39; field to identify which account changed status\&quot;; its example has, in this order, &#x60;id&#x60; (like &#x60;evt_&#x60; and 26 characters), &#x60;timestamp&#x60; (Unix milliseconds), &#x60;session&#x60; (the session&#39;s name), &#x60;metadata&#x60;, &#x60;engine&#x60; (a string such as &#x60;WEBJS&#x60;), &#x60;event&#x60;, &#x60;payload&#x60; (&#x60;name&#x60;, &#x60;status&#x60;) and &#x60;me&#x60; (&#x60;id&#x60;, &#x60;lid&#x60;, &#x60;pushName&#x60;); no &#x60;instance_id&#x60;, no top-level &#x60;status&#x60;. Positions: &#x60;id&#x60;, &#x60;timestamp&#x60;, &#x60;session&#x60;, &#x60;event&#x60; and &#x60;payload&#x60; are required (&#x60;metadata&#x60;, &#x60;engine&#x60; and &#x60;me&#x60; may be absent; this contract&#39;s mock sends &#x60;me&#x60; only while WORKING); &#x60;timestamp&#x60; strictly increases per session.
 */
@JsonPropertyOrder({
  SessionStatusEventV2.JSON_PROPERTY_ID,
  SessionStatusEventV2.JSON_PROPERTY_TIMESTAMP,
  SessionStatusEventV2.JSON_PROPERTY_SESSION,
  SessionStatusEventV2.JSON_PROPERTY_METADATA,
  SessionStatusEventV2.JSON_PROPERTY_ENGINE,
  SessionStatusEventV2.JSON_PROPERTY_EVENT,
  SessionStatusEventV2.JSON_PROPERTY_PAYLOAD,
  SessionStatusEventV2.JSON_PROPERTY_ME
})
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public class SessionStatusEventV2 {
  public static final String JSON_PROPERTY_ID = "id";
  @jakarta.annotation.Nonnull
  private String id;

  public static final String JSON_PROPERTY_TIMESTAMP = "timestamp";
  @jakarta.annotation.Nonnull
  private Long timestamp;

  public static final String JSON_PROPERTY_SESSION = "session";
  @jakarta.annotation.Nonnull
  private String session;

  public static final String JSON_PROPERTY_METADATA = "metadata";
  @jakarta.annotation.Nullable
  private Map<String, Object> metadata = new HashMap<>();

  public static final String JSON_PROPERTY_ENGINE = "engine";
  @jakarta.annotation.Nullable
  private com.fasterxml.jackson.databind.JsonNode engine;

  /**
   * Gets or Sets event
   */
  public enum EventEnum {
    SESSION_STATUS(String.valueOf("session.status")),
    
    UNKNOWN_DEFAULT_OPEN_API(String.valueOf("unknown_default_open_api"));

    private String value;

    EventEnum(String value) {
      this.value = value;
    }

    @JsonValue
    public String getValue() {
      return value;
    }

    @Override
    public String toString() {
      return String.valueOf(value);
    }

    @JsonCreator
    public static EventEnum fromValue(String value) {
      for (EventEnum b : EventEnum.values()) {
        if (b.value.equals(value)) {
          return b;
        }
      }
      return UNKNOWN_DEFAULT_OPEN_API;
    }
  }

  public static final String JSON_PROPERTY_EVENT = "event";
  @jakarta.annotation.Nonnull
  private EventEnum event;

  public static final String JSON_PROPERTY_PAYLOAD = "payload";
  @jakarta.annotation.Nonnull
  private SessionStatusPayload payload;

  public static final String JSON_PROPERTY_ME = "me";
  @jakarta.annotation.Nullable
  private SessionMe me;

  public SessionStatusEventV2() {
  }

  public SessionStatusEventV2 id(@jakarta.annotation.Nonnull String id) {
    
    this.id = id;
    return this;
  }

  /**
   * A unique id of this event, like &#x60;evt_&#x60; and 26 characters; a repeated delivery repeats it.
   * @return id
   */
  @jakarta.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_ID, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)

  public String getId() {
    return id;
  }


  @JsonProperty(value = JSON_PROPERTY_ID, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setId(@jakarta.annotation.Nonnull String id) {
    this.id = id;
  }


  public SessionStatusEventV2 timestamp(@jakarta.annotation.Nonnull Long timestamp) {
    
    this.timestamp = timestamp;
    return this;
  }

  /**
   * When the status changed, in Unix milliseconds (documented). Strictly increasing per session (a position: the latest event of a session is the one with the greatest value).
   * @return timestamp
   */
  @jakarta.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_TIMESTAMP, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)

  public Long getTimestamp() {
    return timestamp;
  }


  @JsonProperty(value = JSON_PROPERTY_TIMESTAMP, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setTimestamp(@jakarta.annotation.Nonnull Long timestamp) {
    this.timestamp = timestamp;
  }


  public SessionStatusEventV2 session(@jakarta.annotation.Nonnull String session) {
    
    this.session = session;
    return this;
  }

  /**
   * The session&#39;s name (its &#x60;name&#x60; in session info); the docs advise it to tell which session changed.
   * @return session
   */
  @jakarta.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_SESSION, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)

  public String getSession() {
    return session;
  }


  @JsonProperty(value = JSON_PROPERTY_SESSION, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setSession(@jakarta.annotation.Nonnull String session) {
    this.session = session;
  }


  public SessionStatusEventV2 metadata(@jakarta.annotation.Nullable Map<String, Object> metadata) {
    
    this.metadata = metadata;
    return this;
  }

  public SessionStatusEventV2 putMetadataItem(String key, Object metadataItem) {
    if (this.metadata == null) {
      this.metadata = new HashMap<>();
    }
    this.metadata.put(key, metadataItem);
    return this;
  }

  /**
   * The session&#39;s metadata, keys such as &#x60;user.id&#x60; and &#x60;user.email&#x60; (documented); free-form.
   * @return metadata
   */
  @jakarta.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_METADATA, required = false)
  @JsonInclude(content = JsonInclude.Include.ALWAYS, value = JsonInclude.Include.USE_DEFAULTS)

  public Map<String, Object> getMetadata() {
    return metadata;
  }


  @JsonProperty(value = JSON_PROPERTY_METADATA, required = false)
  @JsonInclude(content = JsonInclude.Include.ALWAYS, value = JsonInclude.Include.USE_DEFAULTS)
  public void setMetadata(@jakarta.annotation.Nullable Map<String, Object> metadata) {
    this.metadata = metadata;
  }


  public SessionStatusEventV2 engine(@jakarta.annotation.Nullable com.fasterxml.jackson.databind.JsonNode engine) {
    
    this.engine = engine;
    return this;
  }

  /**
   * Get engine
   * @return engine
   */
  @jakarta.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_ENGINE, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)

  public com.fasterxml.jackson.databind.JsonNode getEngine() {
    return engine;
  }


  @JsonProperty(value = JSON_PROPERTY_ENGINE, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setEngine(@jakarta.annotation.Nullable com.fasterxml.jackson.databind.JsonNode engine) {
    this.engine = engine;
  }


  public SessionStatusEventV2 event(@jakarta.annotation.Nonnull EventEnum event) {
    
    this.event = event;
    return this;
  }

  /**
   * Get event
   * @return event
   */
  @jakarta.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_EVENT, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)

  public EventEnum getEvent() {
    return event;
  }


  @JsonProperty(value = JSON_PROPERTY_EVENT, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setEvent(@jakarta.annotation.Nonnull EventEnum event) {
    this.event = event;
  }


  public SessionStatusEventV2 payload(@jakarta.annotation.Nonnull SessionStatusPayload payload) {
    
    this.payload = payload;
    return this;
  }

  /**
   * Get payload
   * @return payload
   */
  @jakarta.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_PAYLOAD, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)

  public SessionStatusPayload getPayload() {
    return payload;
  }


  @JsonProperty(value = JSON_PROPERTY_PAYLOAD, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setPayload(@jakarta.annotation.Nonnull SessionStatusPayload payload) {
    this.payload = payload;
  }


  public SessionStatusEventV2 me(@jakarta.annotation.Nullable SessionMe me) {
    
    this.me = me;
    return this;
  }

  /**
   * Get me
   * @return me
   */
  @jakarta.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_ME, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)

  public SessionMe getMe() {
    return me;
  }


  @JsonProperty(value = JSON_PROPERTY_ME, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setMe(@jakarta.annotation.Nullable SessionMe me) {
    this.me = me;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    SessionStatusEventV2 sessionStatusEventV2 = (SessionStatusEventV2) o;
    return Objects.equals(this.id, sessionStatusEventV2.id) &&
        Objects.equals(this.timestamp, sessionStatusEventV2.timestamp) &&
        Objects.equals(this.session, sessionStatusEventV2.session) &&
        Objects.equals(this.metadata, sessionStatusEventV2.metadata) &&
        Objects.equals(this.engine, sessionStatusEventV2.engine) &&
        Objects.equals(this.event, sessionStatusEventV2.event) &&
        Objects.equals(this.payload, sessionStatusEventV2.payload) &&
        Objects.equals(this.me, sessionStatusEventV2.me);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, timestamp, session, metadata, engine, event, payload, me);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class SessionStatusEventV2 {\n");
    sb.append("    id: ").append(toIndentedString(id)).append("\n");
    sb.append("    timestamp: ").append(toIndentedString(timestamp)).append("\n");
    sb.append("    session: ").append(toIndentedString(session)).append("\n");
    sb.append("    metadata: ").append(toIndentedString(metadata)).append("\n");
    sb.append("    engine: ").append(toIndentedString(engine)).append("\n");
    sb.append("    event: ").append(toIndentedString(event)).append("\n");
    sb.append("    payload: ").append(toIndentedString(payload)).append("\n");
    sb.append("    me: ").append(toIndentedString(me)).append("\n");
    sb.append("}");
    return sb.toString();
  }

  /**
   * Convert the given object to string with each line indented by 4 spaces
   * (except the first line).
   */
  private String toIndentedString(Object o) {
    return o == null ? "null" : o.toString().replace("\n", "\n    ");
  }

}

