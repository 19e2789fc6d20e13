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
import io.wawpkit.session.generated.model.SessionConfig;
import io.wawpkit.session.generated.model.SessionMe;
import io.wawpkit.session.generated.model.SessionStatus;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * The session object (WAHA&#39;s &#x60;SessionInfo&#x60;). &#x60;qr&#x60; is present while SCAN_QR_CODE and &#x60;me&#x60; while WORKING (see &#x60;x-wawp-lifecycle.carries&#x60;). Extra fields may appear at any time.
 */
@JsonPropertyOrder({
  SessionInfo.JSON_PROPERTY_NAME,
  SessionInfo.JSON_PROPERTY_STATUS,
  SessionInfo.JSON_PROPERTY_INSTANCE_ID,
  SessionInfo.JSON_PROPERTY_CONFIG,
  SessionInfo.JSON_PROPERTY_ME,
  SessionInfo.JSON_PROPERTY_ENGINE,
  SessionInfo.JSON_PROPERTY_QR
})
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public class SessionInfo {
  public static final String JSON_PROPERTY_NAME = "name";
  @jakarta.annotation.Nonnull
  private String name;

  public static final String JSON_PROPERTY_STATUS = "status";
  @jakarta.annotation.Nonnull
  private SessionStatus status;

  public static final String JSON_PROPERTY_INSTANCE_ID = "instance_id";
  @jakarta.annotation.Nullable
  private String instanceId;

  public static final String JSON_PROPERTY_CONFIG = "config";
  @jakarta.annotation.Nullable
  private SessionConfig config;

  public static final String JSON_PROPERTY_ME = "me";
  @jakarta.annotation.Nullable
  private SessionMe me;

  public static final String JSON_PROPERTY_ENGINE = "engine";
  @jakarta.annotation.Nullable
  private com.fasterxml.jackson.databind.JsonNode engine;

  public static final String JSON_PROPERTY_QR = "qr";
  @jakarta.annotation.Nullable
  private String qr;

  public SessionInfo() {
  }

  public SessionInfo name(@jakarta.annotation.Nonnull String name) {
    
    this.name = name;
    return this;
  }

  /**
   * The session&#39;s name (the docs also call it &#x60;session_name&#x60;).
   * @return name
   */
  @jakarta.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_NAME, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)

  public String getName() {
    return name;
  }


  @JsonProperty(value = JSON_PROPERTY_NAME, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setName(@jakarta.annotation.Nonnull String name) {
    this.name = name;
  }


  public SessionInfo status(@jakarta.annotation.Nonnull SessionStatus status) {
    
    this.status = status;
    return this;
  }

  /**
   * Get status
   * @return status
   */
  @jakarta.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_STATUS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)

  public SessionStatus getStatus() {
    return status;
  }


  @JsonProperty(value = JSON_PROPERTY_STATUS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setStatus(@jakarta.annotation.Nonnull SessionStatus status) {
    this.status = status;
  }


  public SessionInfo instanceId(@jakarta.annotation.Nullable String instanceId) {
    
    this.instanceId = instanceId;
    return this;
  }

  /**
   * The session&#39;s id. v2 issues 12-character alphanumeric ids (&#x60;3EB0BCB2E3D4&#x60;); older examples use other lengths (&#x60;123456789&#x60;), so the contract accepts 1 to 64 characters.
   * @return instanceId
   */
  @jakarta.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_INSTANCE_ID, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)

  public String getInstanceId() {
    return instanceId;
  }


  @JsonProperty(value = JSON_PROPERTY_INSTANCE_ID, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setInstanceId(@jakarta.annotation.Nullable String instanceId) {
    this.instanceId = instanceId;
  }


  public SessionInfo config(@jakarta.annotation.Nullable SessionConfig config) {
    
    this.config = config;
    return this;
  }

  /**
   * Get config
   * @return config
   */
  @jakarta.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_CONFIG, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)

  public SessionConfig getConfig() {
    return config;
  }


  @JsonProperty(value = JSON_PROPERTY_CONFIG, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setConfig(@jakarta.annotation.Nullable SessionConfig config) {
    this.config = config;
  }


  public SessionInfo me(@jakarta.annotation.Nullable SessionMe me) {
    
    this.me = me;
    return this;
  }

  /**
   * Get me
   * @return me
   */
  @jakarta.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_ME, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)

  public SessionMe getMe() {
    return me;
  }


  @JsonProperty(value = JSON_PROPERTY_ME, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setMe(@jakarta.annotation.Nullable SessionMe me) {
    this.me = me;
  }


  public SessionInfo engine(@jakarta.annotation.Nullable com.fasterxml.jackson.databind.JsonNode engine) {
    
    this.engine = engine;
    return this;
  }

  /**
   * Get engine
   * @return engine
   */
  @jakarta.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_ENGINE, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)

  public com.fasterxml.jackson.databind.JsonNode getEngine() {
    return engine;
  }


  @JsonProperty(value = JSON_PROPERTY_ENGINE, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setEngine(@jakarta.annotation.Nullable com.fasterxml.jackson.databind.JsonNode engine) {
    this.engine = engine;
  }


  public SessionInfo qr(@jakarta.annotation.Nullable String qr) {
    
    this.qr = qr;
    return this;
  }

  /**
   * The current QR as a PNG, either a &#x60;data:image/png;base64,&#x60; URL or bare base64. Only while SCAN_QR_CODE; it rotates every 20 to 40 seconds. The docs&#39; own example elides the data with &#x60;...&#x60;, which the pattern tolerates.
   * @return qr
   */
  @jakarta.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_QR, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)

  public String getQr() {
    return qr;
  }


  @JsonProperty(value = JSON_PROPERTY_QR, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setQr(@jakarta.annotation.Nullable String qr) {
    this.qr = qr;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    SessionInfo sessionInfo = (SessionInfo) o;
    return Objects.equals(this.name, sessionInfo.name) &&
        Objects.equals(this.status, sessionInfo.status) &&
        Objects.equals(this.instanceId, sessionInfo.instanceId) &&
        Objects.equals(this.config, sessionInfo.config) &&
        Objects.equals(this.me, sessionInfo.me) &&
        Objects.equals(this.engine, sessionInfo.engine) &&
        Objects.equals(this.qr, sessionInfo.qr);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, status, instanceId, config, me, engine, qr);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class SessionInfo {\n");
    sb.append("    name: ").append(toIndentedString(name)).append("\n");
    sb.append("    status: ").append(toIndentedString(status)).append("\n");
    sb.append("    instanceId: ").append(toIndentedString(instanceId)).append("\n");
    sb.append("    config: ").append(toIndentedString(config)).append("\n");
    sb.append("    me: ").append(toIndentedString(me)).append("\n");
    sb.append("    engine: ").append(toIndentedString(engine)).append("\n");
    sb.append("    qr: ").append(toIndentedString(qr)).append("\n");
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

