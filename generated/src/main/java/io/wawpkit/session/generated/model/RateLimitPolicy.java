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
import io.wawpkit.session.generated.model.PolicyLimits;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * One sending policy; &#x60;available&#x60; says whether this account may choose it.
 */
@JsonPropertyOrder({
  RateLimitPolicy.JSON_PROPERTY_SLUG,
  RateLimitPolicy.JSON_PROPERTY_NAME,
  RateLimitPolicy.JSON_PROPERTY_DESCRIPTION,
  RateLimitPolicy.JSON_PROPERTY_AVAILABLE,
  RateLimitPolicy.JSON_PROPERTY_LIMITS
})
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public class RateLimitPolicy {
  public static final String JSON_PROPERTY_SLUG = "slug";
  @jakarta.annotation.Nonnull
  private String slug;

  public static final String JSON_PROPERTY_NAME = "name";
  @jakarta.annotation.Nullable
  private String name;

  public static final String JSON_PROPERTY_DESCRIPTION = "description";
  @jakarta.annotation.Nullable
  private String description;

  public static final String JSON_PROPERTY_AVAILABLE = "available";
  @jakarta.annotation.Nonnull
  private Boolean available;

  public static final String JSON_PROPERTY_LIMITS = "limits";
  @jakarta.annotation.Nonnull
  private PolicyLimits limits;

  public RateLimitPolicy() {
  }

  public RateLimitPolicy slug(@jakarta.annotation.Nonnull String slug) {
    
    this.slug = slug;
    return this;
  }

  /**
   * A policy&#39;s slug. The free ones are &#x60;strict&#x60; and &#x60;standard_policy&#x60; (the prose calls the latter \&quot;standard\&quot;; the slug is what the API uses).
   * @return slug
   */
  @jakarta.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_SLUG, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)

  public String getSlug() {
    return slug;
  }


  @JsonProperty(value = JSON_PROPERTY_SLUG, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setSlug(@jakarta.annotation.Nonnull String slug) {
    this.slug = slug;
  }


  public RateLimitPolicy name(@jakarta.annotation.Nullable String name) {
    
    this.name = name;
    return this;
  }

  /**
   * Get name
   * @return name
   */
  @jakarta.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_NAME, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)

  public String getName() {
    return name;
  }


  @JsonProperty(value = JSON_PROPERTY_NAME, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setName(@jakarta.annotation.Nullable String name) {
    this.name = name;
  }


  public RateLimitPolicy description(@jakarta.annotation.Nullable String description) {
    
    this.description = description;
    return this;
  }

  /**
   * Get description
   * @return description
   */
  @jakarta.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_DESCRIPTION, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)

  public String getDescription() {
    return description;
  }


  @JsonProperty(value = JSON_PROPERTY_DESCRIPTION, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setDescription(@jakarta.annotation.Nullable String description) {
    this.description = description;
  }


  public RateLimitPolicy available(@jakarta.annotation.Nonnull Boolean available) {
    
    this.available = available;
    return this;
  }

  /**
   * Get available
   * @return available
   */
  @jakarta.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_AVAILABLE, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)

  public Boolean getAvailable() {
    return available;
  }


  @JsonProperty(value = JSON_PROPERTY_AVAILABLE, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setAvailable(@jakarta.annotation.Nonnull Boolean available) {
    this.available = available;
  }


  public RateLimitPolicy limits(@jakarta.annotation.Nonnull PolicyLimits limits) {
    
    this.limits = limits;
    return this;
  }

  /**
   * Get limits
   * @return limits
   */
  @jakarta.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_LIMITS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)

  public PolicyLimits getLimits() {
    return limits;
  }


  @JsonProperty(value = JSON_PROPERTY_LIMITS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setLimits(@jakarta.annotation.Nonnull PolicyLimits limits) {
    this.limits = limits;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    RateLimitPolicy rateLimitPolicy = (RateLimitPolicy) o;
    return Objects.equals(this.slug, rateLimitPolicy.slug) &&
        Objects.equals(this.name, rateLimitPolicy.name) &&
        Objects.equals(this.description, rateLimitPolicy.description) &&
        Objects.equals(this.available, rateLimitPolicy.available) &&
        Objects.equals(this.limits, rateLimitPolicy.limits);
  }

  @Override
  public int hashCode() {
    return Objects.hash(slug, name, description, available, limits);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class RateLimitPolicy {\n");
    sb.append("    slug: ").append(toIndentedString(slug)).append("\n");
    sb.append("    name: ").append(toIndentedString(name)).append("\n");
    sb.append("    description: ").append(toIndentedString(description)).append("\n");
    sb.append("    available: ").append(toIndentedString(available)).append("\n");
    sb.append("    limits: ").append(toIndentedString(limits)).append("\n");
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

