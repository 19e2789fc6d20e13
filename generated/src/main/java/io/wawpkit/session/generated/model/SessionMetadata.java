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

import java.util.Map;
import java.util.HashMap;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.Objects;
import java.util.Arrays;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * Free-form metadata. v1 answers carry &#x60;user_id&#x60;, &#x60;display_name&#x60;, &#x60;user_email&#x60;, &#x60;access_token&#x60; and &#x60;instance_id&#x60; here; &#x60;access_token&#x60; echoes the token back and must never be logged.
 */
@JsonPropertyOrder({
  SessionMetadata.JSON_PROPERTY_USER_ID,
  SessionMetadata.JSON_PROPERTY_DISPLAY_NAME,
  SessionMetadata.JSON_PROPERTY_USER_EMAIL,
  SessionMetadata.JSON_PROPERTY_ACCESS_TOKEN,
  SessionMetadata.JSON_PROPERTY_INSTANCE_ID
})
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public class SessionMetadata {
  public static final String JSON_PROPERTY_USER_ID = "user_id";
  @jakarta.annotation.Nullable
  private String userId;

  public static final String JSON_PROPERTY_DISPLAY_NAME = "display_name";
  @jakarta.annotation.Nullable
  private String displayName;

  public static final String JSON_PROPERTY_USER_EMAIL = "user_email";
  @jakarta.annotation.Nullable
  private String userEmail;

  public static final String JSON_PROPERTY_ACCESS_TOKEN = "access_token";
  @jakarta.annotation.Nullable
  private String accessToken;

  public static final String JSON_PROPERTY_INSTANCE_ID = "instance_id";
  @jakarta.annotation.Nullable
  private String instanceId;

  public SessionMetadata() {
  }

  public SessionMetadata userId(@jakarta.annotation.Nullable String userId) {
    
    this.userId = userId;
    return this;
  }

  /**
   * Get userId
   * @return userId
   */
  @jakarta.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_USER_ID, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)

  public String getUserId() {
    return userId;
  }


  @JsonProperty(value = JSON_PROPERTY_USER_ID, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setUserId(@jakarta.annotation.Nullable String userId) {
    this.userId = userId;
  }


  public SessionMetadata displayName(@jakarta.annotation.Nullable String displayName) {
    
    this.displayName = displayName;
    return this;
  }

  /**
   * Get displayName
   * @return displayName
   */
  @jakarta.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_DISPLAY_NAME, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)

  public String getDisplayName() {
    return displayName;
  }


  @JsonProperty(value = JSON_PROPERTY_DISPLAY_NAME, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setDisplayName(@jakarta.annotation.Nullable String displayName) {
    this.displayName = displayName;
  }


  public SessionMetadata userEmail(@jakarta.annotation.Nullable String userEmail) {
    
    this.userEmail = userEmail;
    return this;
  }

  /**
   * Get userEmail
   * @return userEmail
   */
  @jakarta.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_USER_EMAIL, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)

  public String getUserEmail() {
    return userEmail;
  }


  @JsonProperty(value = JSON_PROPERTY_USER_EMAIL, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setUserEmail(@jakarta.annotation.Nullable String userEmail) {
    this.userEmail = userEmail;
  }


  public SessionMetadata accessToken(@jakarta.annotation.Nullable String accessToken) {
    
    this.accessToken = accessToken;
    return this;
  }

  /**
   * The token, echoed back by v1. A secret.
   * @return accessToken
   */
  @jakarta.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_ACCESS_TOKEN, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)

  public String getAccessToken() {
    return accessToken;
  }


  @JsonProperty(value = JSON_PROPERTY_ACCESS_TOKEN, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setAccessToken(@jakarta.annotation.Nullable String accessToken) {
    this.accessToken = accessToken;
  }


  public SessionMetadata instanceId(@jakarta.annotation.Nullable String instanceId) {
    
    this.instanceId = instanceId;
    return this;
  }

  /**
   * Get instanceId
   * @return instanceId
   */
  @jakarta.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_INSTANCE_ID, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)

  public String getInstanceId() {
    return instanceId;
  }


  @JsonProperty(value = JSON_PROPERTY_INSTANCE_ID, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setInstanceId(@jakarta.annotation.Nullable String instanceId) {
    this.instanceId = instanceId;
  }

  /**
   * A container for additional, undeclared properties.
   * This is a holder for any undeclared properties as specified with
   * the 'additionalProperties' keyword in the OAS document.
   */
  private Map<String, Object> additionalProperties;

  /**
   * Set the additional (undeclared) property with the specified name and value.
   * If the property does not already exist, create it otherwise replace it.
   * @param key the name of the property
   * @param value the value of the property
   * @return self reference
   */
  @JsonAnySetter
  public SessionMetadata putAdditionalProperty(String key, Object value) {
    if (this.additionalProperties == null) {
        this.additionalProperties = new HashMap<String, Object>();
    }
    this.additionalProperties.put(key, value);
    return this;
  }

  /**
   * Return the additional (undeclared) properties.
   * @return the additional (undeclared) properties
   */
  @JsonAnyGetter
  public Map<String, Object> getAdditionalProperties() {
    return additionalProperties;
  }

  /**
   * Return the additional (undeclared) property with the specified name.
   * @param key the name of the property
   * @return the additional (undeclared) property with the specified name
   */
  public Object getAdditionalProperty(String key) {
    if (this.additionalProperties == null) {
        return null;
    }
    return this.additionalProperties.get(key);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    SessionMetadata sessionMetadata = (SessionMetadata) o;
    return Objects.equals(this.userId, sessionMetadata.userId) &&
        Objects.equals(this.displayName, sessionMetadata.displayName) &&
        Objects.equals(this.userEmail, sessionMetadata.userEmail) &&
        Objects.equals(this.accessToken, sessionMetadata.accessToken) &&
        Objects.equals(this.instanceId, sessionMetadata.instanceId) &&
        Objects.equals(this.additionalProperties, sessionMetadata.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(userId, displayName, userEmail, accessToken, instanceId, additionalProperties);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class SessionMetadata {\n");
    sb.append("    userId: ").append(toIndentedString(userId)).append("\n");
    sb.append("    displayName: ").append(toIndentedString(displayName)).append("\n");
    sb.append("    userEmail: ").append(toIndentedString(userEmail)).append("\n");
    sb.append("    accessToken: ").append("*").append("\n");
    sb.append("    instanceId: ").append(toIndentedString(instanceId)).append("\n");
    sb.append("    additionalProperties: ").append(toIndentedString(additionalProperties)).append("\n");
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

