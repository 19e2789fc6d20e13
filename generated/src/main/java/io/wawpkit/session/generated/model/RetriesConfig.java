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
 * How failed deliveries are retried.
 */
@JsonPropertyOrder({
  RetriesConfig.JSON_PROPERTY_DELAY_SECONDS,
  RetriesConfig.JSON_PROPERTY_ATTEMPTS,
  RetriesConfig.JSON_PROPERTY_POLICY
})
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public class RetriesConfig {
  public static final String JSON_PROPERTY_DELAY_SECONDS = "delaySeconds";
  @jakarta.annotation.Nullable
  private Integer delaySeconds;

  public static final String JSON_PROPERTY_ATTEMPTS = "attempts";
  @jakarta.annotation.Nullable
  private Integer attempts;

  public static final String JSON_PROPERTY_POLICY = "policy";
  @jakarta.annotation.Nullable
  private String policy;

  public RetriesConfig() {
  }

  public RetriesConfig delaySeconds(@jakarta.annotation.Nullable Integer delaySeconds) {
    
    this.delaySeconds = delaySeconds;
    return this;
  }

  /**
   * Get delaySeconds
   * minimum: 0
   * @return delaySeconds
   */
  @jakarta.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_DELAY_SECONDS, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)

  public Integer getDelaySeconds() {
    return delaySeconds;
  }


  @JsonProperty(value = JSON_PROPERTY_DELAY_SECONDS, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setDelaySeconds(@jakarta.annotation.Nullable Integer delaySeconds) {
    this.delaySeconds = delaySeconds;
  }


  public RetriesConfig attempts(@jakarta.annotation.Nullable Integer attempts) {
    
    this.attempts = attempts;
    return this;
  }

  /**
   * Get attempts
   * minimum: 0
   * @return attempts
   */
  @jakarta.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_ATTEMPTS, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)

  public Integer getAttempts() {
    return attempts;
  }


  @JsonProperty(value = JSON_PROPERTY_ATTEMPTS, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setAttempts(@jakarta.annotation.Nullable Integer attempts) {
    this.attempts = attempts;
  }


  public RetriesConfig policy(@jakarta.annotation.Nullable String policy) {
    
    this.policy = policy;
    return this;
  }

  /**
   * Get policy
   * @return policy
   */
  @jakarta.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_POLICY, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)

  public String getPolicy() {
    return policy;
  }


  @JsonProperty(value = JSON_PROPERTY_POLICY, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setPolicy(@jakarta.annotation.Nullable String policy) {
    this.policy = policy;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    RetriesConfig retriesConfig = (RetriesConfig) o;
    return Objects.equals(this.delaySeconds, retriesConfig.delaySeconds) &&
        Objects.equals(this.attempts, retriesConfig.attempts) &&
        Objects.equals(this.policy, retriesConfig.policy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(delaySeconds, attempts, policy);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class RetriesConfig {\n");
    sb.append("    delaySeconds: ").append(toIndentedString(delaySeconds)).append("\n");
    sb.append("    attempts: ").append(toIndentedString(attempts)).append("\n");
    sb.append("    policy: ").append(toIndentedString(policy)).append("\n");
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

