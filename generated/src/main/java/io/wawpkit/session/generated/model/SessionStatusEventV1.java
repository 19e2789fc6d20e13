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
import io.wawpkit.session.generated.model.SessionStatus;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * The v1 payload. Documented (v1 reference, Session Lifecycle): &#x60;instance_id&#x60;, &#x60;status&#x60;, &#x60;qr&#x60; and &#x60;ts&#x60; (Unix seconds), &#x60;examples/v1-session-status-webhook.json&#x60;. Positions: &#x60;instance_id&#x60;, &#x60;status&#x60; and &#x60;ts&#x60; are required; this contract&#39;s mock adds &#x60;event&#x60;, a unique event &#x60;id&#x60; and the session &#x60;name&#x60;, and &#x60;me&#x60; while WORKING; &#x60;ts&#x60; never decreases per session (whole seconds, so equal values are possible: order one session&#39;s events by arrival).
 */
@JsonPropertyOrder({
  SessionStatusEventV1.JSON_PROPERTY_EVENT,
  SessionStatusEventV1.JSON_PROPERTY_ID,
  SessionStatusEventV1.JSON_PROPERTY_INSTANCE_ID,
  SessionStatusEventV1.JSON_PROPERTY_NAME,
  SessionStatusEventV1.JSON_PROPERTY_STATUS,
  SessionStatusEventV1.JSON_PROPERTY_QR,
  SessionStatusEventV1.JSON_PROPERTY_ME,
  SessionStatusEventV1.JSON_PROPERTY_TS
})
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public class SessionStatusEventV1 {
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
  @jakarta.annotation.Nullable
  private EventEnum event;

  public static final String JSON_PROPERTY_ID = "id";
  @jakarta.annotation.Nullable
  private String id;

  public static final String JSON_PROPERTY_INSTANCE_ID = "instance_id";
  @jakarta.annotation.Nonnull
  private String instanceId;

  public static final String JSON_PROPERTY_NAME = "name";
  @jakarta.annotation.Nullable
  private String name;

  public static final String JSON_PROPERTY_STATUS = "status";
  @jakarta.annotation.Nonnull
  private SessionStatus status;

  public static final String JSON_PROPERTY_QR = "qr";
  @jakarta.annotation.Nullable
  private String qr;

  public static final String JSON_PROPERTY_ME = "me";
  @jakarta.annotation.Nullable
  private SessionMe me;

  public static final String JSON_PROPERTY_TS = "ts";
  @jakarta.annotation.Nonnull
  private Long ts;

  public SessionStatusEventV1() {
  }

  public SessionStatusEventV1 event(@jakarta.annotation.Nullable EventEnum event) {
    
    this.event = event;
    return this;
  }

  /**
   * Get event
   * @return event
   */
  @jakarta.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_EVENT, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)

  public EventEnum getEvent() {
    return event;
  }


  @JsonProperty(value = JSON_PROPERTY_EVENT, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setEvent(@jakarta.annotation.Nullable EventEnum event) {
    this.event = event;
  }


  public SessionStatusEventV1 id(@jakarta.annotation.Nullable String id) {
    
    this.id = id;
    return this;
  }

  /**
   * A unique id of this event (use it to drop duplicate deliveries).
   * @return id
   */
  @jakarta.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_ID, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)

  public String getId() {
    return id;
  }


  @JsonProperty(value = JSON_PROPERTY_ID, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setId(@jakarta.annotation.Nullable String id) {
    this.id = id;
  }


  public SessionStatusEventV1 instanceId(@jakarta.annotation.Nonnull String instanceId) {
    
    this.instanceId = instanceId;
    return this;
  }

  /**
   * The session&#39;s id. v2 issues 12-character alphanumeric ids (&#x60;3EB0BCB2E3D4&#x60;); older examples use other lengths (&#x60;123456789&#x60;), so the contract accepts 1 to 64 characters.
   * @return instanceId
   */
  @jakarta.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_INSTANCE_ID, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)

  public String getInstanceId() {
    return instanceId;
  }


  @JsonProperty(value = JSON_PROPERTY_INSTANCE_ID, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setInstanceId(@jakarta.annotation.Nonnull String instanceId) {
    this.instanceId = instanceId;
  }


  public SessionStatusEventV1 name(@jakarta.annotation.Nullable String name) {
    
    this.name = name;
    return this;
  }

  /**
   * Get name
   * @return name
   */
  @jakarta.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_NAME, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)

  public String getName() {
    return name;
  }


  @JsonProperty(value = JSON_PROPERTY_NAME, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setName(@jakarta.annotation.Nullable String name) {
    this.name = name;
  }


  public SessionStatusEventV1 status(@jakarta.annotation.Nonnull SessionStatus status) {
    
    this.status = status;
    return this;
  }

  /**
   * Get status
   * @return status
   */
  @jakarta.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_STATUS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)

  public SessionStatus getStatus() {
    return status;
  }


  @JsonProperty(value = JSON_PROPERTY_STATUS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setStatus(@jakarta.annotation.Nonnull SessionStatus status) {
    this.status = status;
  }


  public SessionStatusEventV1 qr(@jakarta.annotation.Nullable String qr) {
    
    this.qr = qr;
    return this;
  }

  /**
   * The current QR as a PNG, either a &#x60;data:image/png;base64,&#x60; URL or bare base64. Only while SCAN_QR_CODE; it rotates every 20 to 40 seconds. The docs&#39; own example elides the data with &#x60;...&#x60;, which the pattern tolerates.
   * @return qr
   */
  @jakarta.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_QR, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)

  public String getQr() {
    return qr;
  }


  @JsonProperty(value = JSON_PROPERTY_QR, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setQr(@jakarta.annotation.Nullable String qr) {
    this.qr = qr;
  }


  public SessionStatusEventV1 me(@jakarta.annotation.Nullable SessionMe me) {
    
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


  public SessionStatusEventV1 ts(@jakarta.annotation.Nonnull Long ts) {
    
    this.ts = ts;
    return this;
  }

  /**
   * When the status changed, in Unix seconds.
   * @return ts
   */
  @jakarta.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_TS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)

  public Long getTs() {
    return ts;
  }


  @JsonProperty(value = JSON_PROPERTY_TS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setTs(@jakarta.annotation.Nonnull Long ts) {
    this.ts = ts;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    SessionStatusEventV1 sessionStatusEventV1 = (SessionStatusEventV1) o;
    return Objects.equals(this.event, sessionStatusEventV1.event) &&
        Objects.equals(this.id, sessionStatusEventV1.id) &&
        Objects.equals(this.instanceId, sessionStatusEventV1.instanceId) &&
        Objects.equals(this.name, sessionStatusEventV1.name) &&
        Objects.equals(this.status, sessionStatusEventV1.status) &&
        Objects.equals(this.qr, sessionStatusEventV1.qr) &&
        Objects.equals(this.me, sessionStatusEventV1.me) &&
        Objects.equals(this.ts, sessionStatusEventV1.ts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(event, id, instanceId, name, status, qr, me, ts);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class SessionStatusEventV1 {\n");
    sb.append("    event: ").append(toIndentedString(event)).append("\n");
    sb.append("    id: ").append(toIndentedString(id)).append("\n");
    sb.append("    instanceId: ").append(toIndentedString(instanceId)).append("\n");
    sb.append("    name: ").append(toIndentedString(name)).append("\n");
    sb.append("    status: ").append(toIndentedString(status)).append("\n");
    sb.append("    qr: ").append(toIndentedString(qr)).append("\n");
    sb.append("    me: ").append(toIndentedString(me)).append("\n");
    sb.append("    ts: ").append(toIndentedString(ts)).append("\n");
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

