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
import io.wawpkit.session.generated.model.HmacConfig;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * The system webhook, managed by Wawp. Documented: &#x60;systemConfig&#x60; holds \&quot;the core system webhook configurations (for inbox syncing, auto-responders, push notifications, etc.)\&quot;, an object, and \&quot;Include the system webhook URL inside the webhooks array during POST requests if you wish to toggle or update its event filters\&quot; (so it has a URL and event filters like a custom webhook). No page prints its members. Position: it is read as a webhook config in which every member is optional and others may follow; &#x60;hmac.key&#x60;, where present, is a secret like a custom webhook&#39;s.
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

