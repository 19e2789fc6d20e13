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
import io.wawpkit.session.generated.model.WebhookConfig;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * The new list of custom webhooks; it replaces the old one.
 */
@JsonPropertyOrder({
  WebhookUpdate.JSON_PROPERTY_WEBHOOKS
})
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public class WebhookUpdate {
  public static final String JSON_PROPERTY_WEBHOOKS = "webhooks";
  @jakarta.annotation.Nonnull
  private List<WebhookConfig> webhooks = new ArrayList<>();

  public WebhookUpdate() {
  }

  public WebhookUpdate webhooks(@jakarta.annotation.Nonnull List<WebhookConfig> webhooks) {
    
    this.webhooks = webhooks;
    return this;
  }

  public WebhookUpdate addWebhooksItem(WebhookConfig webhooksItem) {
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


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    WebhookUpdate webhookUpdate = (WebhookUpdate) o;
    return Objects.equals(this.webhooks, webhookUpdate.webhooks);
  }

  @Override
  public int hashCode() {
    return Objects.hash(webhooks);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class WebhookUpdate {\n");
    sb.append("    webhooks: ").append(toIndentedString(webhooks)).append("\n");
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

