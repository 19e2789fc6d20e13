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
 * The logged-in account, present while WORKING.
 */
@JsonPropertyOrder({
  SessionMe.JSON_PROPERTY_ID,
  SessionMe.JSON_PROPERTY_PUSH_NAME,
  SessionMe.JSON_PROPERTY_LID
})
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public class SessionMe {
  public static final String JSON_PROPERTY_ID = "id";
  @jakarta.annotation.Nonnull
  private String id;

  public static final String JSON_PROPERTY_PUSH_NAME = "pushName";
  @jakarta.annotation.Nullable
  private String pushName;

  public static final String JSON_PROPERTY_LID = "lid";
  @jakarta.annotation.Nullable
  private String lid;

  public SessionMe() {
  }

  public SessionMe id(@jakarta.annotation.Nonnull String id) {
    
    this.id = id;
    return this;
  }

  /**
   * A WhatsApp id of a person, such as &#x60;15551234567@c.us&#x60;.
   * @return id
   */
  @jakarta.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_ID, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)

  public String getId() {
    return id;
  }


  @JsonProperty(value = JSON_PROPERTY_ID, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setId(@jakarta.annotation.Nonnull String id) {
    this.id = id;
  }


  public SessionMe pushName(@jakarta.annotation.Nullable String pushName) {
    
    this.pushName = pushName;
    return this;
  }

  /**
   * Get pushName
   * @return pushName
   */
  @jakarta.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_PUSH_NAME, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)

  public String getPushName() {
    return pushName;
  }


  @JsonProperty(value = JSON_PROPERTY_PUSH_NAME, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setPushName(@jakarta.annotation.Nullable String pushName) {
    this.pushName = pushName;
  }


  public SessionMe lid(@jakarta.annotation.Nullable String lid) {
    
    this.lid = lid;
    return this;
  }

  /**
   * The account&#39;s linked id, sometimes present.
   * @return lid
   */
  @jakarta.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_LID, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)

  public String getLid() {
    return lid;
  }


  @JsonProperty(value = JSON_PROPERTY_LID, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setLid(@jakarta.annotation.Nullable String lid) {
    this.lid = lid;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    SessionMe sessionMe = (SessionMe) o;
    return Objects.equals(this.id, sessionMe.id) &&
        Objects.equals(this.pushName, sessionMe.pushName) &&
        Objects.equals(this.lid, sessionMe.lid);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, pushName, lid);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class SessionMe {\n");
    sb.append("    id: ").append(toIndentedString(id)).append("\n");
    sb.append("    pushName: ").append(toIndentedString(pushName)).append("\n");
    sb.append("    lid: ").append(toIndentedString(lid)).append("\n");
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

