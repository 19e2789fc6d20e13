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
import io.wawpkit.session.generated.model.SessionMe;
import io.wawpkit.session.generated.model.SessionStatus;
import io.wawpkit.session.generated.model.V1CreatedSessionConfig;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * The answer of the v1 create (createSessionV1), as the v1 docs print it: a session object (&#x60;name&#x60;, &#x60;status&#x60;, &#x60;config.metadata&#x60;) with no top-level &#x60;instance_id&#x60;; the new id is only in &#x60;config.metadata.instance_id&#x60;. &#x60;config.metadata.access_token&#x60; echoes the token: a secret. Extra fields may appear.
 */
@JsonPropertyOrder({
  V1CreatedSession.JSON_PROPERTY_NAME,
  V1CreatedSession.JSON_PROPERTY_STATUS,
  V1CreatedSession.JSON_PROPERTY_CONFIG,
  V1CreatedSession.JSON_PROPERTY_ME,
  V1CreatedSession.JSON_PROPERTY_ENGINE
})
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public class V1CreatedSession {
  public static final String JSON_PROPERTY_NAME = "name";
  @jakarta.annotation.Nonnull
  private String name;

  public static final String JSON_PROPERTY_STATUS = "status";
  @jakarta.annotation.Nonnull
  private SessionStatus status;

  public static final String JSON_PROPERTY_CONFIG = "config";
  @jakarta.annotation.Nonnull
  private V1CreatedSessionConfig config;

  public static final String JSON_PROPERTY_ME = "me";
  @jakarta.annotation.Nullable
  private SessionMe me;

  public static final String JSON_PROPERTY_ENGINE = "engine";
  @jakarta.annotation.Nullable
  private com.fasterxml.jackson.databind.JsonNode engine;

  public V1CreatedSession() {
  }

  public V1CreatedSession name(@jakarta.annotation.Nonnull String name) {
    
    this.name = name;
    return this;
  }

  /**
   * Get name
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


  public V1CreatedSession status(@jakarta.annotation.Nonnull SessionStatus status) {
    
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


  public V1CreatedSession config(@jakarta.annotation.Nonnull V1CreatedSessionConfig config) {
    
    this.config = config;
    return this;
  }

  /**
   * Get config
   * @return config
   */
  @jakarta.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_CONFIG, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)

  public V1CreatedSessionConfig getConfig() {
    return config;
  }


  @JsonProperty(value = JSON_PROPERTY_CONFIG, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setConfig(@jakarta.annotation.Nonnull V1CreatedSessionConfig config) {
    this.config = config;
  }


  public V1CreatedSession me(@jakarta.annotation.Nullable SessionMe me) {
    
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


  public V1CreatedSession engine(@jakarta.annotation.Nullable com.fasterxml.jackson.databind.JsonNode engine) {
    
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


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    V1CreatedSession v1CreatedSession = (V1CreatedSession) o;
    return Objects.equals(this.name, v1CreatedSession.name) &&
        Objects.equals(this.status, v1CreatedSession.status) &&
        Objects.equals(this.config, v1CreatedSession.config) &&
        Objects.equals(this.me, v1CreatedSession.me) &&
        Objects.equals(this.engine, v1CreatedSession.engine);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, status, config, me, engine);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class V1CreatedSession {\n");
    sb.append("    name: ").append(toIndentedString(name)).append("\n");
    sb.append("    status: ").append(toIndentedString(status)).append("\n");
    sb.append("    config: ").append(toIndentedString(config)).append("\n");
    sb.append("    me: ").append(toIndentedString(me)).append("\n");
    sb.append("    engine: ").append(toIndentedString(engine)).append("\n");
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

