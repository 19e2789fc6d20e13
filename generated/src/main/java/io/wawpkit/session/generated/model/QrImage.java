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
 * The QR as an image, a &#x60;data:image/png;base64,&#x60; URL in its single &#x60;qr&#x60; field.
 */
@JsonPropertyOrder({
  QrImage.JSON_PROPERTY_QR
})
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public class QrImage {
  public static final String JSON_PROPERTY_QR = "qr";
  @jakarta.annotation.Nonnull
  private String qr;

  public QrImage() {
  }

  public QrImage qr(@jakarta.annotation.Nonnull String qr) {
    
    this.qr = qr;
    return this;
  }

  /**
   * The PNG of the QR as a data URL.
   * @return qr
   */
  @jakarta.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_QR, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)

  public String getQr() {
    return qr;
  }


  @JsonProperty(value = JSON_PROPERTY_QR, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setQr(@jakarta.annotation.Nonnull String qr) {
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
    QrImage qrImage = (QrImage) o;
    return Objects.equals(this.qr, qrImage.qr);
  }

  @Override
  public int hashCode() {
    return Objects.hash(qr);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class QrImage {\n");
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

