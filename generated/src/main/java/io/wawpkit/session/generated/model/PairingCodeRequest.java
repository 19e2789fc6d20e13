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
 * The phone number to link (the body form of the &#x60;phone_number&#x60; query parameter).
 */
@JsonPropertyOrder({
  PairingCodeRequest.JSON_PROPERTY_PHONE_NUMBER
})
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public class PairingCodeRequest {
  public static final String JSON_PROPERTY_PHONE_NUMBER = "phone_number";
  @jakarta.annotation.Nonnull
  private String phoneNumber;

  public PairingCodeRequest() {
  }

  public PairingCodeRequest phoneNumber(@jakarta.annotation.Nonnull String phoneNumber) {
    
    this.phoneNumber = phoneNumber;
    return this;
  }

  /**
   * A phone number in international form, digits only: the country code, then the number, no &#x60;+&#x60;, spaces or dashes (&#x60;15551234567&#x60;).
   * @return phoneNumber
   */
  @jakarta.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_PHONE_NUMBER, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)

  public String getPhoneNumber() {
    return phoneNumber;
  }


  @JsonProperty(value = JSON_PROPERTY_PHONE_NUMBER, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setPhoneNumber(@jakarta.annotation.Nonnull String phoneNumber) {
    this.phoneNumber = phoneNumber;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    PairingCodeRequest pairingCodeRequest = (PairingCodeRequest) o;
    return Objects.equals(this.phoneNumber, pairingCodeRequest.phoneNumber);
  }

  @Override
  public int hashCode() {
    return Objects.hash(phoneNumber);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class PairingCodeRequest {\n");
    sb.append("    phoneNumber: ").append(toIndentedString(phoneNumber)).append("\n");
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

