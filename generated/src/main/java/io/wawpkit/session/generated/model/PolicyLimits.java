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
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * The limits of a policy. The docs name the keys but give no values; null means no limit.
 */
@JsonPropertyOrder({
  PolicyLimits.JSON_PROPERTY_SEND_MESSAGE_PER_MINUTE,
  PolicyLimits.JSON_PROPERTY_SEND_MESSAGE_DAILY_CAP,
  PolicyLimits.JSON_PROPERTY_ACCOUNT_PROTECTION_SECONDS,
  PolicyLimits.JSON_PROPERTY_CONCURRENT_LIMIT,
  PolicyLimits.JSON_PROPERTY_GROUP_REQ_PER_MINUTE,
  PolicyLimits.JSON_PROPERTY_GROUP_DAILY_CAP,
  PolicyLimits.JSON_PROPERTY_CHECK_REQ_PER_MINUTE,
  PolicyLimits.JSON_PROPERTY_CHECK_DAILY_CAP
})
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public class PolicyLimits {
  public static final String JSON_PROPERTY_SEND_MESSAGE_PER_MINUTE = "send_message_per_minute";
  @jakarta.annotation.Nullable
  private Integer sendMessagePerMinute;

  public static final String JSON_PROPERTY_SEND_MESSAGE_DAILY_CAP = "send_message_daily_cap";
  @jakarta.annotation.Nullable
  private Integer sendMessageDailyCap;

  public static final String JSON_PROPERTY_ACCOUNT_PROTECTION_SECONDS = "account_protection_seconds";
  @jakarta.annotation.Nullable
  private Integer accountProtectionSeconds;

  public static final String JSON_PROPERTY_CONCURRENT_LIMIT = "concurrent_limit";
  @jakarta.annotation.Nullable
  private Integer concurrentLimit;

  public static final String JSON_PROPERTY_GROUP_REQ_PER_MINUTE = "group_req_per_minute";
  @jakarta.annotation.Nullable
  private Integer groupReqPerMinute;

  public static final String JSON_PROPERTY_GROUP_DAILY_CAP = "group_daily_cap";
  @jakarta.annotation.Nullable
  private Integer groupDailyCap;

  public static final String JSON_PROPERTY_CHECK_REQ_PER_MINUTE = "check_req_per_minute";
  @jakarta.annotation.Nullable
  private Integer checkReqPerMinute;

  public static final String JSON_PROPERTY_CHECK_DAILY_CAP = "check_daily_cap";
  @jakarta.annotation.Nullable
  private Integer checkDailyCap;

  public PolicyLimits() {
  }

  public PolicyLimits sendMessagePerMinute(@jakarta.annotation.Nullable Integer sendMessagePerMinute) {
    
    this.sendMessagePerMinute = sendMessagePerMinute;
    return this;
  }

  /**
   * Get sendMessagePerMinute
   * minimum: 0
   * @return sendMessagePerMinute
   */
  @jakarta.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_SEND_MESSAGE_PER_MINUTE, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)

  public Integer getSendMessagePerMinute() {
    return sendMessagePerMinute;
  }


  @JsonProperty(value = JSON_PROPERTY_SEND_MESSAGE_PER_MINUTE, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setSendMessagePerMinute(@jakarta.annotation.Nullable Integer sendMessagePerMinute) {
    this.sendMessagePerMinute = sendMessagePerMinute;
  }


  public PolicyLimits sendMessageDailyCap(@jakarta.annotation.Nullable Integer sendMessageDailyCap) {
    
    this.sendMessageDailyCap = sendMessageDailyCap;
    return this;
  }

  /**
   * Get sendMessageDailyCap
   * minimum: 0
   * @return sendMessageDailyCap
   */
  @jakarta.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_SEND_MESSAGE_DAILY_CAP, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)

  public Integer getSendMessageDailyCap() {
    return sendMessageDailyCap;
  }


  @JsonProperty(value = JSON_PROPERTY_SEND_MESSAGE_DAILY_CAP, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setSendMessageDailyCap(@jakarta.annotation.Nullable Integer sendMessageDailyCap) {
    this.sendMessageDailyCap = sendMessageDailyCap;
  }


  public PolicyLimits accountProtectionSeconds(@jakarta.annotation.Nullable Integer accountProtectionSeconds) {
    
    this.accountProtectionSeconds = accountProtectionSeconds;
    return this;
  }

  /**
   * Get accountProtectionSeconds
   * minimum: 0
   * @return accountProtectionSeconds
   */
  @jakarta.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_ACCOUNT_PROTECTION_SECONDS, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)

  public Integer getAccountProtectionSeconds() {
    return accountProtectionSeconds;
  }


  @JsonProperty(value = JSON_PROPERTY_ACCOUNT_PROTECTION_SECONDS, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setAccountProtectionSeconds(@jakarta.annotation.Nullable Integer accountProtectionSeconds) {
    this.accountProtectionSeconds = accountProtectionSeconds;
  }


  public PolicyLimits concurrentLimit(@jakarta.annotation.Nullable Integer concurrentLimit) {
    
    this.concurrentLimit = concurrentLimit;
    return this;
  }

  /**
   * Get concurrentLimit
   * minimum: 0
   * @return concurrentLimit
   */
  @jakarta.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_CONCURRENT_LIMIT, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)

  public Integer getConcurrentLimit() {
    return concurrentLimit;
  }


  @JsonProperty(value = JSON_PROPERTY_CONCURRENT_LIMIT, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setConcurrentLimit(@jakarta.annotation.Nullable Integer concurrentLimit) {
    this.concurrentLimit = concurrentLimit;
  }


  public PolicyLimits groupReqPerMinute(@jakarta.annotation.Nullable Integer groupReqPerMinute) {
    
    this.groupReqPerMinute = groupReqPerMinute;
    return this;
  }

  /**
   * Get groupReqPerMinute
   * minimum: 0
   * @return groupReqPerMinute
   */
  @jakarta.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_GROUP_REQ_PER_MINUTE, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)

  public Integer getGroupReqPerMinute() {
    return groupReqPerMinute;
  }


  @JsonProperty(value = JSON_PROPERTY_GROUP_REQ_PER_MINUTE, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setGroupReqPerMinute(@jakarta.annotation.Nullable Integer groupReqPerMinute) {
    this.groupReqPerMinute = groupReqPerMinute;
  }


  public PolicyLimits groupDailyCap(@jakarta.annotation.Nullable Integer groupDailyCap) {
    
    this.groupDailyCap = groupDailyCap;
    return this;
  }

  /**
   * Get groupDailyCap
   * minimum: 0
   * @return groupDailyCap
   */
  @jakarta.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_GROUP_DAILY_CAP, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)

  public Integer getGroupDailyCap() {
    return groupDailyCap;
  }


  @JsonProperty(value = JSON_PROPERTY_GROUP_DAILY_CAP, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setGroupDailyCap(@jakarta.annotation.Nullable Integer groupDailyCap) {
    this.groupDailyCap = groupDailyCap;
  }


  public PolicyLimits checkReqPerMinute(@jakarta.annotation.Nullable Integer checkReqPerMinute) {
    
    this.checkReqPerMinute = checkReqPerMinute;
    return this;
  }

  /**
   * Get checkReqPerMinute
   * minimum: 0
   * @return checkReqPerMinute
   */
  @jakarta.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_CHECK_REQ_PER_MINUTE, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)

  public Integer getCheckReqPerMinute() {
    return checkReqPerMinute;
  }


  @JsonProperty(value = JSON_PROPERTY_CHECK_REQ_PER_MINUTE, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setCheckReqPerMinute(@jakarta.annotation.Nullable Integer checkReqPerMinute) {
    this.checkReqPerMinute = checkReqPerMinute;
  }


  public PolicyLimits checkDailyCap(@jakarta.annotation.Nullable Integer checkDailyCap) {
    
    this.checkDailyCap = checkDailyCap;
    return this;
  }

  /**
   * Get checkDailyCap
   * minimum: 0
   * @return checkDailyCap
   */
  @jakarta.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_CHECK_DAILY_CAP, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)

  public Integer getCheckDailyCap() {
    return checkDailyCap;
  }


  @JsonProperty(value = JSON_PROPERTY_CHECK_DAILY_CAP, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setCheckDailyCap(@jakarta.annotation.Nullable Integer checkDailyCap) {
    this.checkDailyCap = checkDailyCap;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    PolicyLimits policyLimits = (PolicyLimits) o;
    return Objects.equals(this.sendMessagePerMinute, policyLimits.sendMessagePerMinute) &&
        Objects.equals(this.sendMessageDailyCap, policyLimits.sendMessageDailyCap) &&
        Objects.equals(this.accountProtectionSeconds, policyLimits.accountProtectionSeconds) &&
        Objects.equals(this.concurrentLimit, policyLimits.concurrentLimit) &&
        Objects.equals(this.groupReqPerMinute, policyLimits.groupReqPerMinute) &&
        Objects.equals(this.groupDailyCap, policyLimits.groupDailyCap) &&
        Objects.equals(this.checkReqPerMinute, policyLimits.checkReqPerMinute) &&
        Objects.equals(this.checkDailyCap, policyLimits.checkDailyCap);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sendMessagePerMinute, sendMessageDailyCap, accountProtectionSeconds, concurrentLimit, groupReqPerMinute, groupDailyCap, checkReqPerMinute, checkDailyCap);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class PolicyLimits {\n");
    sb.append("    sendMessagePerMinute: ").append(toIndentedString(sendMessagePerMinute)).append("\n");
    sb.append("    sendMessageDailyCap: ").append(toIndentedString(sendMessageDailyCap)).append("\n");
    sb.append("    accountProtectionSeconds: ").append(toIndentedString(accountProtectionSeconds)).append("\n");
    sb.append("    concurrentLimit: ").append(toIndentedString(concurrentLimit)).append("\n");
    sb.append("    groupReqPerMinute: ").append(toIndentedString(groupReqPerMinute)).append("\n");
    sb.append("    groupDailyCap: ").append(toIndentedString(groupDailyCap)).append("\n");
    sb.append("    checkReqPerMinute: ").append(toIndentedString(checkReqPerMinute)).append("\n");
    sb.append("    checkDailyCap: ").append(toIndentedString(checkDailyCap)).append("\n");
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

