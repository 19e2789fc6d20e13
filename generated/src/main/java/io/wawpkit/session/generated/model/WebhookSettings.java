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
import io.wawpkit.session.generated.model.SystemWebhookConfig;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * The custom webhooks and the system webhook&#39;s config. Documented: &#x60;webhooks&#x60; is \&quot;an array of user-defined custom webhooks\&quot;; a PHP backend prints the empty list as &#x60;{}&#x60;, which is accepted as the empty list (as in &#x60;config.webhooks&#x60;).
 */
@JsonPropertyOrder({
  WebhookSettings.JSON_PROPERTY_WEBHOOKS,
  WebhookSettings.JSON_PROPERTY_SYSTEM_CONFIG
})
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public class WebhookSettings {
  public static final String JSON_PROPERTY_WEBHOOKS = "webhooks";
  @jakarta.annotation.Nonnull
  private io.wawpkit.session.generated.model.WebhookList webhooks;

  public static final String JSON_PROPERTY_SYSTEM_CONFIG = "systemConfig";
  @jakarta.annotation.Nullable
  private SystemWebhookConfig systemConfig;

  public WebhookSettings() {
  }

  public WebhookSettings webhooks(@jakarta.annotation.Nonnull io.wawpkit.session.generated.model.WebhookList webhooks) {
    
    this.webhooks = webhooks;
    return this;
  }

  /**
   * Get webhooks
   * @return webhooks
   */
  @jakarta.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_WEBHOOKS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)

  public io.wawpkit.session.generated.model.WebhookList getWebhooks() {
    return webhooks;
  }


  @JsonProperty(value = JSON_PROPERTY_WEBHOOKS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setWebhooks(@jakarta.annotation.Nonnull io.wawpkit.session.generated.model.WebhookList webhooks) {
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

