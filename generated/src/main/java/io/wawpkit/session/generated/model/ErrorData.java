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
import io.wawpkit.session.generated.model.SessionStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * ErrorData
 */
@JsonPropertyOrder({
  ErrorData.JSON_PROPERTY_STATUS,
  ErrorData.JSON_PROPERTY_SESSION_STATUS,
  ErrorData.JSON_PROPERTY_EXPECTED
})
@JsonTypeName("Error_data")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public class ErrorData {
  public static final String JSON_PROPERTY_STATUS = "status";
  @jakarta.annotation.Nullable
  private Integer status;

  public static final String JSON_PROPERTY_SESSION_STATUS = "session_status";
  @jakarta.annotation.Nullable
  private SessionStatus sessionStatus;

  public static final String JSON_PROPERTY_EXPECTED = "expected";
  @jakarta.annotation.Nullable
  private List<SessionStatus> expected = new ArrayList<>();

  public ErrorData() {
  }

  public ErrorData status(@jakarta.annotation.Nullable Integer status) {
    
    this.status = status;
    return this;
  }

  /**
   * Get status
   * @return status
   */
  @jakarta.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_STATUS, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)

  public Integer getStatus() {
    return status;
  }


  @JsonProperty(value = JSON_PROPERTY_STATUS, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setStatus(@jakarta.annotation.Nullable Integer status) {
    this.status = status;
  }


  public ErrorData sessionStatus(@jakarta.annotation.Nullable SessionStatus sessionStatus) {
    
    this.sessionStatus = sessionStatus;
    return this;
  }

  /**
   * Get sessionStatus
   * @return sessionStatus
   */
  @jakarta.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_SESSION_STATUS, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)

  public SessionStatus getSessionStatus() {
    return sessionStatus;
  }


  @JsonProperty(value = JSON_PROPERTY_SESSION_STATUS, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setSessionStatus(@jakarta.annotation.Nullable SessionStatus sessionStatus) {
    this.sessionStatus = sessionStatus;
  }


  public ErrorData expected(@jakarta.annotation.Nullable List<SessionStatus> expected) {
    
    this.expected = expected;
    return this;
  }

  public ErrorData addExpectedItem(SessionStatus expectedItem) {
    if (this.expected == null) {
      this.expected = new ArrayList<>();
    }
    this.expected.add(expectedItem);
    return this;
  }

  /**
   * With &#x60;invalid_session&#x60; (&#x60;WrongStatus&#x60;), the statuses in which the operation answers.
   * @return expected
   */
  @jakarta.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_EXPECTED, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)

  public List<SessionStatus> getExpected() {
    return expected;
  }


  @JsonProperty(value = JSON_PROPERTY_EXPECTED, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setExpected(@jakarta.annotation.Nullable List<SessionStatus> expected) {
    this.expected = expected;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    ErrorData errorData = (ErrorData) o;
    return Objects.equals(this.status, errorData.status) &&
        Objects.equals(this.sessionStatus, errorData.sessionStatus) &&
        Objects.equals(this.expected, errorData.expected);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, sessionStatus, expected);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class ErrorData {\n");
    sb.append("    status: ").append(toIndentedString(status)).append("\n");
    sb.append("    sessionStatus: ").append(toIndentedString(sessionStatus)).append("\n");
    sb.append("    expected: ").append(toIndentedString(expected)).append("\n");
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

