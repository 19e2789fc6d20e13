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
 * How many links DELETE revoked (the contract&#39;s name; the docs name none).
 */
@JsonPropertyOrder({
  TempLinkRevocation.JSON_PROPERTY_REVOKED
})
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public class TempLinkRevocation {
  public static final String JSON_PROPERTY_REVOKED = "revoked";
  @jakarta.annotation.Nonnull
  private Integer revoked;

  public TempLinkRevocation() {
  }

  public TempLinkRevocation revoked(@jakarta.annotation.Nonnull Integer revoked) {
    
    this.revoked = revoked;
    return this;
  }

  /**
   * Get revoked
   * minimum: 0
   * @return revoked
   */
  @jakarta.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_REVOKED, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)

  public Integer getRevoked() {
    return revoked;
  }


  @JsonProperty(value = JSON_PROPERTY_REVOKED, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setRevoked(@jakarta.annotation.Nonnull Integer revoked) {
    this.revoked = revoked;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    TempLinkRevocation tempLinkRevocation = (TempLinkRevocation) o;
    return Objects.equals(this.revoked, tempLinkRevocation.revoked);
  }

  @Override
  public int hashCode() {
    return Objects.hash(revoked);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class TempLinkRevocation {\n");
    sb.append("    revoked: ").append(toIndentedString(revoked)).append("\n");
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

