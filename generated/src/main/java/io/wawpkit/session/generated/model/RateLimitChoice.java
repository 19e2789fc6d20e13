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
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * The policy to choose.
 */
@JsonPropertyOrder({
  RateLimitChoice.JSON_PROPERTY_POLICY_SLUG
})
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public class RateLimitChoice {
  public static final String JSON_PROPERTY_POLICY_SLUG = "policy_slug";
  @jakarta.annotation.Nonnull
  private String policySlug;

  public RateLimitChoice() {
  }

  public RateLimitChoice policySlug(@jakarta.annotation.Nonnull String policySlug) {
    
    this.policySlug = policySlug;
    return this;
  }

  /**
   * A policy&#39;s slug. The free ones are &#x60;strict&#x60; and &#x60;standard_policy&#x60; (the prose calls the latter \&quot;standard\&quot;; the slug is what the API uses).
   * @return policySlug
   */
  @jakarta.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_POLICY_SLUG, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)

  public String getPolicySlug() {
    return policySlug;
  }


  @JsonProperty(value = JSON_PROPERTY_POLICY_SLUG, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setPolicySlug(@jakarta.annotation.Nonnull String policySlug) {
    this.policySlug = policySlug;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    RateLimitChoice rateLimitChoice = (RateLimitChoice) o;
    return Objects.equals(this.policySlug, rateLimitChoice.policySlug);
  }

  @Override
  public int hashCode() {
    return Objects.hash(policySlug);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class RateLimitChoice {\n");
    sb.append("    policySlug: ").append(toIndentedString(policySlug)).append("\n");
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

