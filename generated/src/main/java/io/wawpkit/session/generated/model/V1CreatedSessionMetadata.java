/*
 * Wawp session (instance) API
 *
 * Generated from openapi/wawp-session.yaml by OpenAPI Generator (https://openapi-generator.tech).
 * Do not edit by hand: scripts/generate rewrites it. The header names neither the spec's version
 * nor its description, so editing those regenerates nothing.
 */


package io.wawpkit.session.generated.model;

import java.util.Map;
import java.util.HashMap;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
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
 * The v1 metadata of a new session (&#x60;user_id&#x60;, &#x60;display_name&#x60;, &#x60;user_email&#x60;, &#x60;access_token&#x60;, &#x60;instance_id&#x60;); &#x60;instance_id&#x60; is the new session&#39;s id.
 */
@JsonPropertyOrder({
  V1CreatedSessionMetadata.JSON_PROPERTY_USER_ID,
  V1CreatedSessionMetadata.JSON_PROPERTY_DISPLAY_NAME,
  V1CreatedSessionMetadata.JSON_PROPERTY_USER_EMAIL,
  V1CreatedSessionMetadata.JSON_PROPERTY_ACCESS_TOKEN,
  V1CreatedSessionMetadata.JSON_PROPERTY_INSTANCE_ID
})
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public class V1CreatedSessionMetadata {
  public static final String JSON_PROPERTY_USER_ID = "user_id";
  @jakarta.annotation.Nullable
  private String userId;

  public static final String JSON_PROPERTY_DISPLAY_NAME = "display_name";
  @jakarta.annotation.Nullable
  private String displayName;

  public static final String JSON_PROPERTY_USER_EMAIL = "user_email";
  @jakarta.annotation.Nullable
  private String userEmail;

  public static final String JSON_PROPERTY_ACCESS_TOKEN = "access_token";
  @jakarta.annotation.Nullable
  private String accessToken;

  public static final String JSON_PROPERTY_INSTANCE_ID = "instance_id";
  @jakarta.annotation.Nonnull
  private String instanceId;

  public V1CreatedSessionMetadata() {
  }

  public V1CreatedSessionMetadata userId(@jakarta.annotation.Nullable String userId) {
    
    this.userId = userId;
    return this;
  }

  /**
   * Get userId
   * @return userId
   */
  @jakarta.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_USER_ID, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)

  public String getUserId() {
    return userId;
  }


  @JsonProperty(value = JSON_PROPERTY_USER_ID, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setUserId(@jakarta.annotation.Nullable String userId) {
    this.userId = userId;
  }


  public V1CreatedSessionMetadata displayName(@jakarta.annotation.Nullable String displayName) {
    
    this.displayName = displayName;
    return this;
  }

  /**
   * Get displayName
   * @return displayName
   */
  @jakarta.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_DISPLAY_NAME, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)

  public String getDisplayName() {
    return displayName;
  }


  @JsonProperty(value = JSON_PROPERTY_DISPLAY_NAME, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setDisplayName(@jakarta.annotation.Nullable String displayName) {
    this.displayName = displayName;
  }


  public V1CreatedSessionMetadata userEmail(@jakarta.annotation.Nullable String userEmail) {
    
    this.userEmail = userEmail;
    return this;
  }

  /**
   * Get userEmail
   * @return userEmail
   */
  @jakarta.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_USER_EMAIL, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)

  public String getUserEmail() {
    return userEmail;
  }


  @JsonProperty(value = JSON_PROPERTY_USER_EMAIL, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setUserEmail(@jakarta.annotation.Nullable String userEmail) {
    this.userEmail = userEmail;
  }


  public V1CreatedSessionMetadata accessToken(@jakarta.annotation.Nullable String accessToken) {
    
    this.accessToken = accessToken;
    return this;
  }

  /**
   * The token, echoed back by v1. A secret.
   * @return accessToken
   */
  @jakarta.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_ACCESS_TOKEN, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)

  public String getAccessToken() {
    return accessToken;
  }


  @JsonProperty(value = JSON_PROPERTY_ACCESS_TOKEN, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setAccessToken(@jakarta.annotation.Nullable String accessToken) {
    this.accessToken = accessToken;
  }


  public V1CreatedSessionMetadata instanceId(@jakarta.annotation.Nonnull String instanceId) {
    
    this.instanceId = instanceId;
    return this;
  }

  /**
   * The session&#39;s id. v2 issues 12-character alphanumeric ids (&#x60;3EB0BCB2E3D4&#x60;); older examples use other lengths (&#x60;123456789&#x60;), so the contract accepts 1 to 64 characters.
   * @return instanceId
   */
  @jakarta.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_INSTANCE_ID, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)

  public String getInstanceId() {
    return instanceId;
  }


  @JsonProperty(value = JSON_PROPERTY_INSTANCE_ID, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setInstanceId(@jakarta.annotation.Nonnull String instanceId) {
    this.instanceId = instanceId;
  }

  /**
   * A container for additional, undeclared properties.
   * This is a holder for any undeclared properties as specified with
   * the 'additionalProperties' keyword in the OAS document.
   */
  private Map<String, Object> additionalProperties;

  /**
   * Set the additional (undeclared) property with the specified name and value.
   * If the property does not already exist, create it otherwise replace it.
   * @param key the name of the property
   * @param value the value of the property
   * @return self reference
   */
  @JsonAnySetter
  public V1CreatedSessionMetadata putAdditionalProperty(String key, Object value) {
    if (this.additionalProperties == null) {
        this.additionalProperties = new HashMap<String, Object>();
    }
    this.additionalProperties.put(key, value);
    return this;
  }

  /**
   * Return the additional (undeclared) properties.
   * @return the additional (undeclared) properties
   */
  @JsonAnyGetter
  public Map<String, Object> getAdditionalProperties() {
    return additionalProperties;
  }

  /**
   * Return the additional (undeclared) property with the specified name.
   * @param key the name of the property
   * @return the additional (undeclared) property with the specified name
   */
  public Object getAdditionalProperty(String key) {
    if (this.additionalProperties == null) {
        return null;
    }
    return this.additionalProperties.get(key);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    V1CreatedSessionMetadata v1CreatedSessionMetadata = (V1CreatedSessionMetadata) o;
    return Objects.equals(this.userId, v1CreatedSessionMetadata.userId) &&
        Objects.equals(this.displayName, v1CreatedSessionMetadata.displayName) &&
        Objects.equals(this.userEmail, v1CreatedSessionMetadata.userEmail) &&
        Objects.equals(this.accessToken, v1CreatedSessionMetadata.accessToken) &&
        Objects.equals(this.instanceId, v1CreatedSessionMetadata.instanceId) &&
        Objects.equals(this.additionalProperties, v1CreatedSessionMetadata.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(userId, displayName, userEmail, accessToken, instanceId, additionalProperties);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class V1CreatedSessionMetadata {\n");
    sb.append("    userId: ").append(toIndentedString(userId)).append("\n");
    sb.append("    displayName: ").append(toIndentedString(displayName)).append("\n");
    sb.append("    userEmail: ").append(toIndentedString(userEmail)).append("\n");
    sb.append("    accessToken: ").append("*").append("\n");
    sb.append("    instanceId: ").append(toIndentedString(instanceId)).append("\n");
    sb.append("    additionalProperties: ").append(toIndentedString(additionalProperties)).append("\n");
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

