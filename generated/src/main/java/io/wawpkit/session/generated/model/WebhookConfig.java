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
import io.wawpkit.session.generated.model.CustomHeader;
import io.wawpkit.session.generated.model.HmacConfig;
import io.wawpkit.session.generated.model.RetriesConfig;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * One webhook: where to POST which events. &#x60;hmac.key&#x60; (a secret) makes deliveries signed; &#x60;retries&#x60; and &#x60;customHeaders&#x60; are WAHA&#39;s. Any optional member may be null.
 */
@JsonPropertyOrder({
  WebhookConfig.JSON_PROPERTY_URL,
  WebhookConfig.JSON_PROPERTY_EVENTS,
  WebhookConfig.JSON_PROPERTY_IS_ACTIVE,
  WebhookConfig.JSON_PROPERTY_HMAC,
  WebhookConfig.JSON_PROPERTY_RETRIES,
  WebhookConfig.JSON_PROPERTY_CUSTOM_HEADERS
})
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public class WebhookConfig {
  public static final String JSON_PROPERTY_URL = "url";
  @jakarta.annotation.Nonnull
  private URI url;

  public static final String JSON_PROPERTY_EVENTS = "events";
  @jakarta.annotation.Nonnull
  private List<String> events = new ArrayList<>();

  public static final String JSON_PROPERTY_IS_ACTIVE = "is_active";
  @jakarta.annotation.Nullable
  private java.lang.Boolean isActive;

  public static final String JSON_PROPERTY_HMAC = "hmac";
  @jakarta.annotation.Nullable
  private HmacConfig hmac;

  public static final String JSON_PROPERTY_RETRIES = "retries";
  @jakarta.annotation.Nullable
  private RetriesConfig retries;

  public static final String JSON_PROPERTY_CUSTOM_HEADERS = "customHeaders";
  @jakarta.annotation.Nullable
  private List<CustomHeader> customHeaders;

  public WebhookConfig() {
  }

  public WebhookConfig url(@jakarta.annotation.Nonnull URI url) {
    
    this.url = url;
    return this;
  }

  /**
   * Get url
   * @return url
   */
  @jakarta.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_URL, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)

  public URI getUrl() {
    return url;
  }


  @JsonProperty(value = JSON_PROPERTY_URL, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setUrl(@jakarta.annotation.Nonnull URI url) {
    this.url = url;
  }


  public WebhookConfig events(@jakarta.annotation.Nonnull List<String> events) {
    
    this.events = events;
    return this;
  }

  public WebhookConfig addEventsItem(String eventsItem) {
    if (this.events == null) {
      this.events = new ArrayList<>();
    }
    this.events.add(eventsItem);
    return this;
  }

  /**
   * Get events
   * @return events
   */
  @jakarta.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_EVENTS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)

  public List<String> getEvents() {
    return events;
  }


  @JsonProperty(value = JSON_PROPERTY_EVENTS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setEvents(@jakarta.annotation.Nonnull List<String> events) {
    this.events = events;
  }


  public WebhookConfig isActive(@jakarta.annotation.Nullable java.lang.Boolean isActive) {
    
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


  public WebhookConfig hmac(@jakarta.annotation.Nullable HmacConfig hmac) {
    
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


  public WebhookConfig retries(@jakarta.annotation.Nullable RetriesConfig retries) {
    
    this.retries = retries;
    return this;
  }

  /**
   * Get retries
   * @return retries
   */
  @jakarta.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_RETRIES, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)

  public RetriesConfig getRetries() {
    return retries;
  }


  @JsonProperty(value = JSON_PROPERTY_RETRIES, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setRetries(@jakarta.annotation.Nullable RetriesConfig retries) {
    this.retries = retries;
  }


  public WebhookConfig customHeaders(@jakarta.annotation.Nullable List<CustomHeader> customHeaders) {
    
    this.customHeaders = customHeaders;
    return this;
  }

  public WebhookConfig addCustomHeadersItem(CustomHeader customHeadersItem) {
    if (this.customHeaders == null) {
      this.customHeaders = new ArrayList<>();
    }
    this.customHeaders.add(customHeadersItem);
    return this;
  }

  /**
   * Get customHeaders
   * @return customHeaders
   */
  @jakarta.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_CUSTOM_HEADERS, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)

  public List<CustomHeader> getCustomHeaders() {
    return customHeaders;
  }


  @JsonProperty(value = JSON_PROPERTY_CUSTOM_HEADERS, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setCustomHeaders(@jakarta.annotation.Nullable List<CustomHeader> customHeaders) {
    this.customHeaders = customHeaders;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    WebhookConfig webhookConfig = (WebhookConfig) o;
    return Objects.equals(this.url, webhookConfig.url) &&
        Objects.equals(this.events, webhookConfig.events) &&
        Objects.equals(this.isActive, webhookConfig.isActive) &&
        Objects.equals(this.hmac, webhookConfig.hmac) &&
        Objects.equals(this.retries, webhookConfig.retries) &&
        Objects.equals(this.customHeaders, webhookConfig.customHeaders);
  }

  @Override
  public int hashCode() {
    return Objects.hash(url, events, isActive, hmac, retries, customHeaders);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class WebhookConfig {\n");
    sb.append("    url: ").append(toIndentedString(url)).append("\n");
    sb.append("    events: ").append(toIndentedString(events)).append("\n");
    sb.append("    isActive: ").append(toIndentedString(isActive)).append("\n");
    sb.append("    hmac: ").append(toIndentedString(hmac)).append("\n");
    sb.append("    retries: ").append(toIndentedString(retries)).append("\n");
    sb.append("    customHeaders: ").append(toIndentedString(customHeaders)).append("\n");
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

