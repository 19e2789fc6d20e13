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
import io.wawpkit.session.generated.model.SystemWebhookConfig;
import io.wawpkit.session.generated.model.WebhookConfig;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * The custom webhooks and the system webhook&#39;s config.
 */
@JsonPropertyOrder({
  WebhookSettings.JSON_PROPERTY_WEBHOOKS,
  WebhookSettings.JSON_PROPERTY_SYSTEM_CONFIG
})
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public class WebhookSettings {
  public static final String JSON_PROPERTY_WEBHOOKS = "webhooks";
  @jakarta.annotation.Nonnull
  private List<WebhookConfig> webhooks = new ArrayList<>();

  public static final String JSON_PROPERTY_SYSTEM_CONFIG = "systemConfig";
  @jakarta.annotation.Nullable
  private SystemWebhookConfig systemConfig;

  public WebhookSettings() {
  }

  public WebhookSettings webhooks(@jakarta.annotation.Nonnull List<WebhookConfig> webhooks) {
    
    this.webhooks = webhooks;
    return this;
  }

  public WebhookSettings addWebhooksItem(WebhookConfig webhooksItem) {
    if (this.webhooks == null) {
      this.webhooks = new ArrayList<>();
    }
    this.webhooks.add(webhooksItem);
    return this;
  }

  /**
   * Get webhooks
   * @return webhooks
   */
  @jakarta.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_WEBHOOKS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)

  public List<WebhookConfig> getWebhooks() {
    return webhooks;
  }


  @JsonProperty(value = JSON_PROPERTY_WEBHOOKS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setWebhooks(@jakarta.annotation.Nonnull List<WebhookConfig> webhooks) {
    this.webhooks = webhooks;
  }


  public WebhookSettings systemConfig(@jakarta.annotation.Nullable SystemWebhookConfig systemConfig) {
    
    this.systemConfig = systemConfig;
    return this;
  }

  /**
   * Get systemConfig
   * @return systemConfig
   */
  @jakarta.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_SYSTEM_CONFIG, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)

  public SystemWebhookConfig getSystemConfig() {
    return systemConfig;
  }


  @JsonProperty(value = JSON_PROPERTY_SYSTEM_CONFIG, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setSystemConfig(@jakarta.annotation.Nullable SystemWebhookConfig systemConfig) {
    this.systemConfig = systemConfig;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    WebhookSettings webhookSettings = (WebhookSettings) o;
    return Objects.equals(this.webhooks, webhookSettings.webhooks) &&
        Objects.equals(this.systemConfig, webhookSettings.systemConfig);
  }

  @Override
  public int hashCode() {
    return Objects.hash(webhooks, systemConfig);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class WebhookSettings {\n");
    sb.append("    webhooks: ").append(toIndentedString(webhooks)).append("\n");
    sb.append("    systemConfig: ").append(toIndentedString(systemConfig)).append("\n");
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

