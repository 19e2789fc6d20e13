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
 * A live screenshot: &#x60;data&#x60; is the Base64 of the image, &#x60;mimetype&#x60; its type (&#x60;image/png&#x60;).
 */
@JsonPropertyOrder({
  Screenshot.JSON_PROPERTY_MIMETYPE,
  Screenshot.JSON_PROPERTY_DATA
})
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public class Screenshot {
  public static final String JSON_PROPERTY_MIMETYPE = "mimetype";
  @jakarta.annotation.Nonnull
  private String mimetype;

  public static final String JSON_PROPERTY_DATA = "data";
  @jakarta.annotation.Nonnull
  private String data;

  public Screenshot() {
  }

  public Screenshot mimetype(@jakarta.annotation.Nonnull String mimetype) {
    
    this.mimetype = mimetype;
    return this;
  }

  /**
   * Get mimetype
   * @return mimetype
   */
  @jakarta.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_MIMETYPE, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)

  public String getMimetype() {
    return mimetype;
  }


  @JsonProperty(value = JSON_PROPERTY_MIMETYPE, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setMimetype(@jakarta.annotation.Nonnull String mimetype) {
    this.mimetype = mimetype;
  }


  public Screenshot data(@jakarta.annotation.Nonnull String data) {
    
    this.data = data;
    return this;
  }

  /**
   * The image, Base64.
   * @return data
   */
  @jakarta.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_DATA, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)

  public String getData() {
    return data;
  }


  @JsonProperty(value = JSON_PROPERTY_DATA, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setData(@jakarta.annotation.Nonnull String data) {
    this.data = data;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    Screenshot screenshot = (Screenshot) o;
    return Objects.equals(this.mimetype, screenshot.mimetype) &&
        Objects.equals(this.data, screenshot.data);
  }

  @Override
  public int hashCode() {
    return Objects.hash(mimetype, data);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class Screenshot {\n");
    sb.append("    mimetype: ").append(toIndentedString(mimetype)).append("\n");
    sb.append("    data: ").append(toIndentedString(data)).append("\n");
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

