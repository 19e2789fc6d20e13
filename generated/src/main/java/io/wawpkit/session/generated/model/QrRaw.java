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
 * The QR, raw (&#x60;/auth/qr&#x60;, and v1&#39;s &#x60;getQr?format&#x3D;raw&#x60;). &#x60;mimetype&#x60; says what &#x60;data&#x60; holds (\&quot;typically application/json\&quot;); &#x60;data&#x60; is the Base64 of a JSON &#x60;QrValue&#x60; (&#x60;x-wawp-base64-json&#x60;): decode it, then read &#x60;value&#x60; (the QR&#39;s text) and &#x60;expiry&#x60;.
 */
@JsonPropertyOrder({
  QrRaw.JSON_PROPERTY_MIMETYPE,
  QrRaw.JSON_PROPERTY_DATA
})
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public class QrRaw {
  public static final String JSON_PROPERTY_MIMETYPE = "mimetype";
  @jakarta.annotation.Nonnull
  private String mimetype;

  public static final String JSON_PROPERTY_DATA = "data";
  @jakarta.annotation.Nonnull
  private String data;

  public QrRaw() {
  }

  public QrRaw mimetype(@jakarta.annotation.Nonnull String mimetype) {
    
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


  public QrRaw data(@jakarta.annotation.Nonnull String data) {
    
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


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    QrRaw qrRaw = (QrRaw) o;
    return Objects.equals(this.mimetype, qrRaw.mimetype) &&
        Objects.equals(this.data, qrRaw.data);
  }

  @Override
  public int hashCode() {
    return Objects.hash(mimetype, data);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class QrRaw {\n");
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

