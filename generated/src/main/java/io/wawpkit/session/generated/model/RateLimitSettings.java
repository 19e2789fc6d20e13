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
import io.wawpkit.session.generated.model.RateLimitPolicy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * The sending policy settings of a session.
 */
@JsonPropertyOrder({
  RateLimitSettings.JSON_PROPERTY_CURRENT_POLICY,
  RateLimitSettings.JSON_PROPERTY_HAS_ACTIVE_PLAN,
  RateLimitSettings.JSON_PROPERTY_FREE_POLICIES,
  RateLimitSettings.JSON_PROPERTY_POLICIES
})
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public class RateLimitSettings {
  public static final String JSON_PROPERTY_CURRENT_POLICY = "current_policy";
  @jakarta.annotation.Nonnull
  private String currentPolicy;

  public static final String JSON_PROPERTY_HAS_ACTIVE_PLAN = "has_active_plan";
  @jakarta.annotation.Nonnull
  private Boolean hasActivePlan;

  public static final String JSON_PROPERTY_FREE_POLICIES = "free_policies";
  @jakarta.annotation.Nonnull
  private List<String> freePolicies = new ArrayList<>();

  public static final String JSON_PROPERTY_POLICIES = "policies";
  @jakarta.annotation.Nonnull
  private List<RateLimitPolicy> policies = new ArrayList<>();

  public RateLimitSettings() {
  }

  public RateLimitSettings currentPolicy(@jakarta.annotation.Nonnull String currentPolicy) {
    
    this.currentPolicy = currentPolicy;
    return this;
  }

  /**
   * A policy&#39;s slug. The free ones are &#x60;strict&#x60; and &#x60;standard_policy&#x60; (the prose calls the latter \&quot;standard\&quot;; the slug is what the API uses).
   * @return currentPolicy
   */
  @jakarta.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_CURRENT_POLICY, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)

  public String getCurrentPolicy() {
    return currentPolicy;
  }


  @JsonProperty(value = JSON_PROPERTY_CURRENT_POLICY, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setCurrentPolicy(@jakarta.annotation.Nonnull String currentPolicy) {
    this.currentPolicy = currentPolicy;
  }


  public RateLimitSettings hasActivePlan(@jakarta.annotation.Nonnull Boolean hasActivePlan) {
    
    this.hasActivePlan = hasActivePlan;
    return this;
  }

  /**
   * Get hasActivePlan
   * @return hasActivePlan
   */
  @jakarta.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_HAS_ACTIVE_PLAN, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)

  public Boolean getHasActivePlan() {
    return hasActivePlan;
  }


  @JsonProperty(value = JSON_PROPERTY_HAS_ACTIVE_PLAN, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setHasActivePlan(@jakarta.annotation.Nonnull Boolean hasActivePlan) {
    this.hasActivePlan = hasActivePlan;
  }


  public RateLimitSettings freePolicies(@jakarta.annotation.Nonnull List<String> freePolicies) {
    
    this.freePolicies = freePolicies;
    return this;
  }

  public RateLimitSettings addFreePoliciesItem(String freePoliciesItem) {
    if (this.freePolicies == null) {
      this.freePolicies = new ArrayList<>();
    }
    this.freePolicies.add(freePoliciesItem);
    return this;
  }

  /**
   * Get freePolicies
   * @return freePolicies
   */
  @jakarta.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_FREE_POLICIES, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)

  public List<String> getFreePolicies() {
    return freePolicies;
  }


  @JsonProperty(value = JSON_PROPERTY_FREE_POLICIES, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setFreePolicies(@jakarta.annotation.Nonnull List<String> freePolicies) {
    this.freePolicies = freePolicies;
  }


  public RateLimitSettings policies(@jakarta.annotation.Nonnull List<RateLimitPolicy> policies) {
    
    this.policies = policies;
    return this;
  }

  public RateLimitSettings addPoliciesItem(RateLimitPolicy policiesItem) {
    if (this.policies == null) {
      this.policies = new ArrayList<>();
    }
    this.policies.add(policiesItem);
    return this;
  }

  /**
   * Get policies
   * @return policies
   */
  @jakarta.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_POLICIES, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)

  public List<RateLimitPolicy> getPolicies() {
    return policies;
  }


  @JsonProperty(value = JSON_PROPERTY_POLICIES, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setPolicies(@jakarta.annotation.Nonnull List<RateLimitPolicy> policies) {
    this.policies = policies;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    RateLimitSettings rateLimitSettings = (RateLimitSettings) o;
    return Objects.equals(this.currentPolicy, rateLimitSettings.currentPolicy) &&
        Objects.equals(this.hasActivePlan, rateLimitSettings.hasActivePlan) &&
        Objects.equals(this.freePolicies, rateLimitSettings.freePolicies) &&
        Objects.equals(this.policies, rateLimitSettings.policies);
  }

  @Override
  public int hashCode() {
    return Objects.hash(currentPolicy, hasActivePlan, freePolicies, policies);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class RateLimitSettings {\n");
    sb.append("    currentPolicy: ").append(toIndentedString(currentPolicy)).append("\n");
    sb.append("    hasActivePlan: ").append(toIndentedString(hasActivePlan)).append("\n");
    sb.append("    freePolicies: ").append(toIndentedString(freePolicies)).append("\n");
    sb.append("    policies: ").append(toIndentedString(policies)).append("\n");
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

