/*
 * Wawp session (instance) API
 * The session (\"instance\") endpoints of the Wawp WhatsApp API, as a hand-curated contract. Wawp runs the open-source WAHA engine underneath: the statuses and the session object are WAHA's.  This document is the single source of truth of this project: the Java client, the stateful mock and the conformance suite all read their rules (schemas, status codes, the lifecycle model in `x-wawp-lifecycle`) from it. Wawp's public documentation contradicts itself in places and is silent in others; every position this contract takes is stated below and, where it concerns one schema or operation, again in that schema's or operation's description.  ## Positions taken (the docs' contradictions, settled) 1. **Credentials** travel either as query parameters (`access_token` and `instance_id`, the form    every doc page and sample shows) or as headers (`Authorization: Bearer <token>` with    `X-Instance-ID`, the form Wawp's own newer SDKs send). Each operation's `security` lists the    two complete forms; a request must carry one of them completely. Some parameter tables list    the two as JSON body fields: this contract does **not** accept credentials in a body (GET and    DELETE carry no body, so it cannot be the general form, and bodies are logged more often than    headers). A request whose only credentials are in its body has no credentials.    `create` needs only the token. 2. **info** is served on both POST (v2 docs) and GET (v1 docs and most clients); both only read.    **logout** is served on both POST and GET. start, stop and restart likewise. 3. `config.webhooks` is an array of webhook configs; a PHP backend prints the empty list as `{}`,    which the contract accepts as the empty list. `engine` is an object (`{\"engine\": \"NOWEB\"}`,    WAHA), an empty array (`[]`, a PHP empty array) or a string (`\"WEBJS\"`, as in webhook    envelopes); all three are accepted. 4. **delete** answers with status `DELETED`, which is not a lifecycle status: it only marks the    answer of a deletion (schema `DeletedSession`). Afterwards every call for that instance    answers 404. 5. Session info carries `qr` only while `SCAN_QR_CODE` (stated by the docs, shown by no example):    the contract makes `qr` optional and the lifecycle model says which status carries it. 6. The rate-limit policy the prose calls \"standard\" has the slug `standard_policy`; slugs are    what requests and answers use, names are for display. 7. Instance ids: v2 issues 12-character alphanumeric ids (`3EB0BCB2E3D4`), older examples use    other lengths (`123456789`). The contract accepts 1 to 64 characters of `[A-Za-z0-9_-]`. 8. Timings are advice, not contract: the QR rotates every 20 to 40 seconds (other pages say 30 s    or 5-10 s), so a client should re-read info at least every 20 s while showing it; the idle    advice before stopping (24 h vs 72 h) does not affect the API.  ## Positions taken where the docs are silent - A missing credential answers 400 `missing_parameter`; a wrong token 401   `invalid_access_token`; an unknown or deleted instance 404 `invalid_instance`; another   account's instance answers 404 exactly as an unknown one (no hint that it exists). - Every error answer is JSON in the `Error` shape (WordPress REST's `{code, message, data}`).   Clients should still tolerate XML, plain-text or empty error bodies, which the docs' samples   show; the contract does not promise them. - A new session is `STOPPED` (the docs advise to call start next; the legacy v1 create   answered `STARTING`). - start, stop and restart answer with the session object; logout with `LogoutResult`. - Where the docs say nothing about an operation in a state (start on a running session, stop on   a stopped one, logout on a stopped one) the lifecycle model keeps the state and answers 200;   logout still drops the saved login. - rate-limit names the current policy `current_policy`; temp-link names its expiry   `expires_at` (ISO-8601) and DELETE answers how many links it revoked as `revoked`. - me outside `WORKING` answers 200 with null fields. - 429 answers carry `Retry-After` (seconds). - **An undocumented method on a documented path answers 405 with an `Allow` header** listing   the documented methods, and the `Error` body with code `method_not_allowed` (this holds for   every path; see `x-wawp-undocumented-method`).  ## Vendor extensions - `x-wawp-lifecycle` (root): the lifecycle model, machine-readable. - `x-wawp-action` (operation): which lifecycle action an operation performs (`read` for a pure read,   `settings` for a write that leaves the lifecycle alone). - `x-wawp-safe-to-repeat` (operation): whether sending the same request twice has the effect   of sending it once, so that a client may retry it after a timeout or a 429/502/503/504. The   HTTP method does not tell: GET start changes state, POST info only reads. - `x-wawp-plan` (operation): `paid` where free accounts get 403 `subscription_required`. - `x-wawp-api-versions` (operation): the API versions (`v1`, `v2`) that serve the operation. - `x-wawp-event` (schema): the webhook event a schema describes. 
 *
 * The version of the OpenAPI document: 1.1.0
 * 
 *
 * NOTE: This class is auto generated by OpenAPI Generator (https://openapi-generator.tech).
 * https://openapi-generator.tech
 * Do not edit the class manually.
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
 * The &#x60;session.status&#x60; webhook payload, with the field names of the documented v1 payload (&#x60;instance_id&#x60;, &#x60;status&#x60;, &#x60;qr&#x60;, &#x60;ts&#x60; in Unix seconds). This contract&#39;s mock adds &#x60;event&#x60;, a unique event &#x60;id&#x60; and the session &#x60;name&#x60;.
 */
@JsonPropertyOrder({
  SessionStatusEvent.JSON_PROPERTY_EVENT,
  SessionStatusEvent.JSON_PROPERTY_ID,
  SessionStatusEvent.JSON_PROPERTY_INSTANCE_ID,
  SessionStatusEvent.JSON_PROPERTY_NAME,
  SessionStatusEvent.JSON_PROPERTY_STATUS,
  SessionStatusEvent.JSON_PROPERTY_QR,
  SessionStatusEvent.JSON_PROPERTY_ME,
  SessionStatusEvent.JSON_PROPERTY_TS
})
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public class SessionStatusEvent {
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

  public SessionStatusEvent() {
  }

  public SessionStatusEvent event(@jakarta.annotation.Nullable EventEnum event) {
    
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


  public SessionStatusEvent id(@jakarta.annotation.Nullable String id) {
    
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


  public SessionStatusEvent instanceId(@jakarta.annotation.Nonnull String instanceId) {
    
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


  public SessionStatusEvent name(@jakarta.annotation.Nullable String name) {
    
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


  public SessionStatusEvent status(@jakarta.annotation.Nonnull SessionStatus status) {
    
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


  public SessionStatusEvent qr(@jakarta.annotation.Nullable String qr) {
    
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


  public SessionStatusEvent me(@jakarta.annotation.Nullable SessionMe me) {
    
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


  public SessionStatusEvent ts(@jakarta.annotation.Nonnull Long ts) {
    
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
    SessionStatusEvent sessionStatusEvent = (SessionStatusEvent) o;
    return Objects.equals(this.event, sessionStatusEvent.event) &&
        Objects.equals(this.id, sessionStatusEvent.id) &&
        Objects.equals(this.instanceId, sessionStatusEvent.instanceId) &&
        Objects.equals(this.name, sessionStatusEvent.name) &&
        Objects.equals(this.status, sessionStatusEvent.status) &&
        Objects.equals(this.qr, sessionStatusEvent.qr) &&
        Objects.equals(this.me, sessionStatusEvent.me) &&
        Objects.equals(this.ts, sessionStatusEvent.ts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(event, id, instanceId, name, status, qr, me, ts);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class SessionStatusEvent {\n");
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

