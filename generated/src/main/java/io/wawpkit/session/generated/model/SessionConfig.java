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
import io.wawpkit.session.generated.model.SessionMetadata;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * The session&#39;s configuration (WAHA&#39;s session config); any member may be null or missing.
 */
@JsonPropertyOrder({
  SessionConfig.JSON_PROPERTY_WEBHOOKS,
  SessionConfig.JSON_PROPERTY_PROXY,
  SessionConfig.JSON_PROPERTY_DEBUG,
  SessionConfig.JSON_PROPERTY_METADATA
})
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public class SessionConfig {
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
  @jakarta.annotation.Nullable
  private SessionMetadata metadata;

  public SessionConfig() {
  }

  public SessionConfig webhooks(@jakarta.annotation.Nullable io.wawpkit.session.generated.model.WebhookList webhooks) {
    
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


  public SessionConfig proxy(@jakarta.annotation.Nullable ProxyConfig proxy) {
    
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


  public SessionConfig debug(@jakarta.annotation.Nullable Boolean debug) {
    
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


  public SessionConfig metadata(@jakarta.annotation.Nullable SessionMetadata metadata) {
    
    this.metadata = metadata;
    return this;
  }

  /**
   * Get metadata
   * @return metadata
   */
  @jakarta.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_METADATA, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)

  public SessionMetadata getMetadata() {
    return metadata;
  }


  @JsonProperty(value = JSON_PROPERTY_METADATA, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setMetadata(@jakarta.annotation.Nullable SessionMetadata metadata) {
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
    SessionConfig sessionConfig = (SessionConfig) o;
    return Objects.equals(this.webhooks, sessionConfig.webhooks) &&
        Objects.equals(this.proxy, sessionConfig.proxy) &&
        Objects.equals(this.debug, sessionConfig.debug) &&
        Objects.equals(this.metadata, sessionConfig.metadata);
  }

  @Override
  public int hashCode() {
    return Objects.hash(webhooks, proxy, debug, metadata);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class SessionConfig {\n");
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

