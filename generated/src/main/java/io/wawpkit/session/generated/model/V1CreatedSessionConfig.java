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
import io.wawpkit.session.generated.model.ProxyConfig;
import io.wawpkit.session.generated.model.V1CreatedSessionMetadata;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * The new session&#39;s configuration; its &#x60;metadata&#x60; carries the new id.
 */
@JsonPropertyOrder({
  V1CreatedSessionConfig.JSON_PROPERTY_WEBHOOKS,
  V1CreatedSessionConfig.JSON_PROPERTY_PROXY,
  V1CreatedSessionConfig.JSON_PROPERTY_DEBUG,
  V1CreatedSessionConfig.JSON_PROPERTY_METADATA
})
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public class V1CreatedSessionConfig {
  public static final String JSON_PROPERTY_WEBHOOKS = "webhooks";
  @jakarta.annotation.Nullable
  private io.wawpkit.session.generated.model.WebhookList webhooks;

  public static final String JSON_PROPERTY_PROXY = "proxy";
  @jakarta.annotation.Nullable
  private ProxyConfig proxy;

  public static final String JSON_PROPERTY_DEBUG = "debug";
  @jakarta.annotation.Nullable
  private Boolean debug;

  public static final String JSON_PROPERTY_METADATA = "metadata";
  @jakarta.annotation.Nonnull
  private V1CreatedSessionMetadata metadata;

  public V1CreatedSessionConfig() {
  }

  public V1CreatedSessionConfig webhooks(@jakarta.annotation.Nullable io.wawpkit.session.generated.model.WebhookList webhooks) {
    
    this.webhooks = webhooks;
    return this;
  }

  /**
   * Get webhooks
   * @return webhooks
   */
  @jakarta.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_WEBHOOKS, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)

  public io.wawpkit.session.generated.model.WebhookList getWebhooks() {
    return webhooks;
  }


  @JsonProperty(value = JSON_PROPERTY_WEBHOOKS, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setWebhooks(@jakarta.annotation.Nullable io.wawpkit.session.generated.model.WebhookList webhooks) {
    this.webhooks = webhooks;
  }


  public V1CreatedSessionConfig proxy(@jakarta.annotation.Nullable ProxyConfig proxy) {
    
    this.proxy = proxy;
    return this;
  }

  /**
   * Get proxy
   * @return proxy
   */
  @jakarta.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_PROXY, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)

  public ProxyConfig getProxy() {
    return proxy;
  }


  @JsonProperty(value = JSON_PROPERTY_PROXY, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setProxy(@jakarta.annotation.Nullable ProxyConfig proxy) {
    this.proxy = proxy;
  }


  public V1CreatedSessionConfig debug(@jakarta.annotation.Nullable Boolean debug) {
    
    this.debug = debug;
    return this;
  }

  /**
   * Get debug
   * @return debug
   */
  @jakarta.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_DEBUG, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)

  public Boolean getDebug() {
    return debug;
  }


  @JsonProperty(value = JSON_PROPERTY_DEBUG, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setDebug(@jakarta.annotation.Nullable Boolean debug) {
    this.debug = debug;
  }


  public V1CreatedSessionConfig metadata(@jakarta.annotation.Nonnull V1CreatedSessionMetadata metadata) {
    
    this.metadata = metadata;
    return this;
  }

  /**
   * Get metadata
   * @return metadata
   */
  @jakarta.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_METADATA, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)

  public V1CreatedSessionMetadata getMetadata() {
    return metadata;
  }


  @JsonProperty(value = JSON_PROPERTY_METADATA, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setMetadata(@jakarta.annotation.Nonnull V1CreatedSessionMetadata metadata) {
    this.metadata = metadata;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    V1CreatedSessionConfig v1CreatedSessionConfig = (V1CreatedSessionConfig) o;
    return Objects.equals(this.webhooks, v1CreatedSessionConfig.webhooks) &&
        Objects.equals(this.proxy, v1CreatedSessionConfig.proxy) &&
        Objects.equals(this.debug, v1CreatedSessionConfig.debug) &&
        Objects.equals(this.metadata, v1CreatedSessionConfig.metadata);
  }

  @Override
  public int hashCode() {
    return Objects.hash(webhooks, proxy, debug, metadata);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class V1CreatedSessionConfig {\n");
    sb.append("    webhooks: ").append(toIndentedString(webhooks)).append("\n");
    sb.append("    proxy: ").append(toIndentedString(proxy)).append("\n");
    sb.append("    debug: ").append(toIndentedString(debug)).append("\n");
    sb.append("    metadata: ").append(toIndentedString(metadata)).append("\n");
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

