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
import io.wawpkit.session.generated.model.SessionStatus;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * The answer of create (no body is documented). The docs say it returns the new &#x60;instance_id&#x60; and the session&#39;s name (which they call &#x60;session_name&#x60;), and to store &#x60;instance_id&#x60; and &#x60;server_name&#x60;.
 */
@JsonPropertyOrder({
  CreateSessionResult.JSON_PROPERTY_INSTANCE_ID,
  CreateSessionResult.JSON_PROPERTY_SESSION_NAME,
  CreateSessionResult.JSON_PROPERTY_SERVER_NAME,
  CreateSessionResult.JSON_PROPERTY_STATUS
})
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public class CreateSessionResult {
  public static final String JSON_PROPERTY_INSTANCE_ID = "instance_id";
  @jakarta.annotation.Nonnull
  private String instanceId;

  public static final String JSON_PROPERTY_SESSION_NAME = "session_name";
  @jakarta.annotation.Nullable
  private String sessionName;

  public static final String JSON_PROPERTY_SERVER_NAME = "server_name";
  @jakarta.annotation.Nullable
  private String serverName;

  public static final String JSON_PROPERTY_STATUS = "status";
  @jakarta.annotation.Nullable
  private SessionStatus status;

  public CreateSessionResult() {
  }

  public CreateSessionResult instanceId(@jakarta.annotation.Nonnull String instanceId) {
    
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


  public CreateSessionResult sessionName(@jakarta.annotation.Nullable String sessionName) {
    
    this.sessionName = sessionName;
    return this;
  }

  /**
   * Get sessionName
   * @return sessionName
   */
  @jakarta.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_SESSION_NAME, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)

  public String getSessionName() {
    return sessionName;
  }


  @JsonProperty(value = JSON_PROPERTY_SESSION_NAME, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setSessionName(@jakarta.annotation.Nullable String sessionName) {
    this.sessionName = sessionName;
  }


  public CreateSessionResult serverName(@jakarta.annotation.Nullable String serverName) {
    
    this.serverName = serverName;
    return this;
  }

  /**
   * Get serverName
   * @return serverName
   */
  @jakarta.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_SERVER_NAME, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)

  public String getServerName() {
    return serverName;
  }


  @JsonProperty(value = JSON_PROPERTY_SERVER_NAME, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setServerName(@jakarta.annotation.Nullable String serverName) {
    this.serverName = serverName;
  }


  public CreateSessionResult status(@jakarta.annotation.Nullable SessionStatus status) {
    
    this.status = status;
    return this;
  }

  /**
   * Get status
   * @return status
   */
  @jakarta.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_STATUS, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)

  public SessionStatus getStatus() {
    return status;
  }


  @JsonProperty(value = JSON_PROPERTY_STATUS, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setStatus(@jakarta.annotation.Nullable SessionStatus status) {
    this.status = status;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    CreateSessionResult createSessionResult = (CreateSessionResult) o;
    return Objects.equals(this.instanceId, createSessionResult.instanceId) &&
        Objects.equals(this.sessionName, createSessionResult.sessionName) &&
        Objects.equals(this.serverName, createSessionResult.serverName) &&
        Objects.equals(this.status, createSessionResult.status);
  }

  @Override
  public int hashCode() {
    return Objects.hash(instanceId, sessionName, serverName, status);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class CreateSessionResult {\n");
    sb.append("    instanceId: ").append(toIndentedString(instanceId)).append("\n");
    sb.append("    sessionName: ").append(toIndentedString(sessionName)).append("\n");
    sb.append("    serverName: ").append(toIndentedString(serverName)).append("\n");
    sb.append("    status: ").append(toIndentedString(status)).append("\n");
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

