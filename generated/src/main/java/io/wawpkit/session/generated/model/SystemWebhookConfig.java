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
import io.wawpkit.session.generated.model.HmacConfig;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * The system webhook, managed by Wawp. The docs show it only by example (&#x60;url&#x60;, &#x60;events&#x60;, &#x60;is_active&#x60;), so the contract reads it as a webhook config in which every member is optional and others may follow; &#x60;hmac.key&#x60;, where present, is a secret like a custom webhook&#39;s.
 */
@JsonPropertyOrder({
  SystemWebhookConfig.JSON_PROPERTY_URL,
  SystemWebhookConfig.JSON_PROPERTY_EVENTS,
  SystemWebhookConfig.JSON_PROPERTY_IS_ACTIVE,
  SystemWebhookConfig.JSON_PROPERTY_HMAC
})
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public class SystemWebhookConfig {
  public static final String JSON_PROPERTY_URL = "url";
  @jakarta.annotation.Nullable
  private String url;

  public static final String JSON_PROPERTY_EVENTS = "events";
  @jakarta.annotation.Nullable
  private List<String> events;

  public static final String JSON_PROPERTY_IS_ACTIVE = "is_active";
  @jakarta.annotation.Nullable
  private java.lang.Boolean isActive;

  public static final String JSON_PROPERTY_HMAC = "hmac";
  @jakarta.annotation.Nullable
  private HmacConfig hmac;

  public SystemWebhookConfig() {
  }

  public SystemWebhookConfig url(@jakarta.annotation.Nullable String url) {
    
    this.url = url;
    return this;
  }

  /**
   * Get url
   * @return url
   */
  @jakarta.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_URL, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)

  public String getUrl() {
    return url;
  }


  @JsonProperty(value = JSON_PROPERTY_URL, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setUrl(@jakarta.annotation.Nullable String url) {
    this.url = url;
  }


  public SystemWebhookConfig events(@jakarta.annotation.Nullable List<String> events) {
    
    this.events = events;
    return this;
  }

  public SystemWebhookConfig addEventsItem(String eventsItem) {
    if (this.events == null) {
      this.events = new ArrayList<>();
    }
    this.events.add(eventsItem);
    return this;
  }

  /**
   * Event names; the system webhook may carry events beyond the session ones.
   * @return events
   */
  @jakarta.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_EVENTS, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)

  public List<String> getEvents() {
    return events;
  }


  @JsonProperty(value = JSON_PROPERTY_EVENTS, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setEvents(@jakarta.annotation.Nullable List<String> events) {
    this.events = events;
  }


  public SystemWebhookConfig isActive(@jakarta.annotation.Nullable java.lang.Boolean isActive) {
    
    this.isActive = isActive;
    return this;
  }

  /**
   * Get isActive
   * @return isActive
   */
  @jakarta.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_IS_ACTIVE, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)

  public java.lang.Boolean getIsActive() {
    return isActive;
  }


  @JsonProperty(value = JSON_PROPERTY_IS_ACTIVE, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setIsActive(@jakarta.annotation.Nullable java.lang.Boolean isActive) {
    this.isActive = isActive;
  }


  public SystemWebhookConfig hmac(@jakarta.annotation.Nullable HmacConfig hmac) {
    
    this.hmac = hmac;
    return this;
  }

  /**
   * Get hmac
   * @return hmac
   */
  @jakarta.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_HMAC, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)

  public HmacConfig getHmac() {
    return hmac;
  }


  @JsonProperty(value = JSON_PROPERTY_HMAC, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setHmac(@jakarta.annotation.Nullable HmacConfig hmac) {
    this.hmac = hmac;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    SystemWebhookConfig systemWebhookConfig = (SystemWebhookConfig) o;
    return Objects.equals(this.url, systemWebhookConfig.url) &&
        Objects.equals(this.events, systemWebhookConfig.events) &&
        Objects.equals(this.isActive, systemWebhookConfig.isActive) &&
        Objects.equals(this.hmac, systemWebhookConfig.hmac);
  }

  @Override
  public int hashCode() {
    return Objects.hash(url, events, isActive, hmac);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class SystemWebhookConfig {\n");
    sb.append("    url: ").append(toIndentedString(url)).append("\n");
    sb.append("    events: ").append(toIndentedString(events)).append("\n");
    sb.append("    isActive: ").append(toIndentedString(isActive)).append("\n");
    sb.append("    hmac: ").append(toIndentedString(hmac)).append("\n");
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

