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
import io.wawpkit.session.generated.model.QrImage;
import io.wawpkit.session.generated.model.QrRaw;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * v1&#39;s getQr answer: &#x60;QrRaw&#x60; with &#x60;format&#x3D;raw&#x60;, &#x60;QrImage&#x60; otherwise (the query parameter &#x60;format&#x60; selects the branch: &#x60;x-wawp-selects&#x60;). Each requires a member the other lacks, so a body matches exactly one.
 */
@JsonPropertyOrder({
  V1Qr.JSON_PROPERTY_MIMETYPE,
  V1Qr.JSON_PROPERTY_DATA,
  V1Qr.JSON_PROPERTY_QR
})
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public class V1Qr {
  public static final String JSON_PROPERTY_MIMETYPE = "mimetype";
  @jakarta.annotation.Nonnull
  private String mimetype;

  public static final String JSON_PROPERTY_DATA = "data";
  @jakarta.annotation.Nonnull
  private String data;

  public static final String JSON_PROPERTY_QR = "qr";
  @jakarta.annotation.Nonnull
  private String qr;

  public V1Qr() {
  }

  public V1Qr mimetype(@jakarta.annotation.Nonnull String mimetype) {
    
    this.mimetype = mimetype;
    return this;
  }

  /**
   * What &#x60;data&#x60; holds, typically &#x60;application/json&#x60;.
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


  public V1Qr data(@jakarta.annotation.Nonnull String data) {
    
    this.data = data;
    return this;
  }

  /**
   * The Base64 of a JSON &#x60;QrValue&#x60; (&#x60;{value, expiry}&#x60;).
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


  public V1Qr qr(@jakarta.annotation.Nonnull String qr) {
    
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
    V1Qr v1Qr = (V1Qr) o;
    return Objects.equals(this.mimetype, v1Qr.mimetype) &&
        Objects.equals(this.data, v1Qr.data) &&
        Objects.equals(this.qr, v1Qr.qr);
  }

  @Override
  public int hashCode() {
    return Objects.hash(mimetype, data, qr);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class V1Qr {\n");
    sb.append("    mimetype: ").append(toIndentedString(mimetype)).append("\n");
    sb.append("    data: ").append(toIndentedString(data)).append("\n");
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

