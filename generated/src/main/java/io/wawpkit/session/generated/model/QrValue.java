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
 * The decoded &#x60;data&#x60; of a raw QR (not an answer of its own: &#x60;QrRaw.data&#x60; is its Base64, see &#x60;x-wawp-base64-json&#x60;). &#x60;value&#x60; is the text the QR encodes (what a phone scans); &#x60;expiry&#x60; the Unix millisecond at which it expires, when the QR rotates (documented), in the future when read.
 */
@JsonPropertyOrder({
  QrValue.JSON_PROPERTY_VALUE,
  QrValue.JSON_PROPERTY_EXPIRY
})
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public class QrValue {
  public static final String JSON_PROPERTY_VALUE = "value";
  @jakarta.annotation.Nonnull
  private String value;

  public static final String JSON_PROPERTY_EXPIRY = "expiry";
  @jakarta.annotation.Nonnull
  private Long expiry;

  public QrValue() {
  }

  public QrValue value(@jakarta.annotation.Nonnull String value) {
    
    this.value = value;
    return this;
  }

  /**
   * The QR&#39;s text.
   * @return value
   */
  @jakarta.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_VALUE, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)

  public String getValue() {
    return value;
  }


  @JsonProperty(value = JSON_PROPERTY_VALUE, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setValue(@jakarta.annotation.Nonnull String value) {
    this.value = value;
  }


  public QrValue expiry(@jakarta.annotation.Nonnull Long expiry) {
    
    this.expiry = expiry;
    return this;
  }

  /**
   * When this QR expires, in Unix milliseconds.
   * minimum: 0
   * @return expiry
   */
  @jakarta.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_EXPIRY, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)

  public Long getExpiry() {
    return expiry;
  }


  @JsonProperty(value = JSON_PROPERTY_EXPIRY, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setExpiry(@jakarta.annotation.Nonnull Long expiry) {
    this.expiry = expiry;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    QrValue qrValue = (QrValue) o;
    return Objects.equals(this.value, qrValue.value) &&
        Objects.equals(this.expiry, qrValue.expiry);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, expiry);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class QrValue {\n");
    sb.append("    value: ").append(toIndentedString(value)).append("\n");
    sb.append("    expiry: ").append(toIndentedString(expiry)).append("\n");
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

