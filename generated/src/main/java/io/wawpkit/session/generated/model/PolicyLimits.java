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
 * The limits of a policy. The docs name the keys but give no values; null means no limit.
 */
@JsonPropertyOrder({
  PolicyLimits.JSON_PROPERTY_SEND_MESSAGE_PER_MINUTE,
  PolicyLimits.JSON_PROPERTY_SEND_MESSAGE_DAILY_CAP,
  PolicyLimits.JSON_PROPERTY_ACCOUNT_PROTECTION_SECONDS,
  PolicyLimits.JSON_PROPERTY_CONCURRENT_LIMIT,
  PolicyLimits.JSON_PROPERTY_GROUP_REQ_PER_MINUTE,
  PolicyLimits.JSON_PROPERTY_GROUP_DAILY_CAP,
  PolicyLimits.JSON_PROPERTY_CHECK_REQ_PER_MINUTE,
  PolicyLimits.JSON_PROPERTY_CHECK_DAILY_CAP
})
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public class PolicyLimits {
  public static final String JSON_PROPERTY_SEND_MESSAGE_PER_MINUTE = "send_message_per_minute";
  @jakarta.annotation.Nullable
  private Integer sendMessagePerMinute;

  public static final String JSON_PROPERTY_SEND_MESSAGE_DAILY_CAP = "send_message_daily_cap";
  @jakarta.annotation.Nullable
  private Integer sendMessageDailyCap;

  public static final String JSON_PROPERTY_ACCOUNT_PROTECTION_SECONDS = "account_protection_seconds";
  @jakarta.annotation.Nullable
  private Integer accountProtectionSeconds;

  public static final String JSON_PROPERTY_CONCURRENT_LIMIT = "concurrent_limit";
  @jakarta.annotation.Nullable
  private Integer concurrentLimit;

  public static final String JSON_PROPERTY_GROUP_REQ_PER_MINUTE = "group_req_per_minute";
  @jakarta.annotation.Nullable
  private Integer groupReqPerMinute;

  public static final String JSON_PROPERTY_GROUP_DAILY_CAP = "group_daily_cap";
  @jakarta.annotation.Nullable
  private Integer groupDailyCap;

  public static final String JSON_PROPERTY_CHECK_REQ_PER_MINUTE = "check_req_per_minute";
  @jakarta.annotation.Nullable
  private Integer checkReqPerMinute;

  public static final String JSON_PROPERTY_CHECK_DAILY_CAP = "check_daily_cap";
  @jakarta.annotation.Nullable
  private Integer checkDailyCap;

  public PolicyLimits() {
  }

  public PolicyLimits sendMessagePerMinute(@jakarta.annotation.Nullable Integer sendMessagePerMinute) {
    
    this.sendMessagePerMinute = sendMessagePerMinute;
    return this;
  }

  /**
   * Get sendMessagePerMinute
   * minimum: 0
   * @return sendMessagePerMinute
   */
  @jakarta.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_SEND_MESSAGE_PER_MINUTE, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)

  public Integer getSendMessagePerMinute() {
    return sendMessagePerMinute;
  }


  @JsonProperty(value = JSON_PROPERTY_SEND_MESSAGE_PER_MINUTE, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setSendMessagePerMinute(@jakarta.annotation.Nullable Integer sendMessagePerMinute) {
    this.sendMessagePerMinute = sendMessagePerMinute;
  }


  public PolicyLimits sendMessageDailyCap(@jakarta.annotation.Nullable Integer sendMessageDailyCap) {
    
    this.sendMessageDailyCap = sendMessageDailyCap;
    return this;
  }

  /**
   * Get sendMessageDailyCap
   * minimum: 0
   * @return sendMessageDailyCap
   */
  @jakarta.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_SEND_MESSAGE_DAILY_CAP, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)

  public Integer getSendMessageDailyCap() {
    return sendMessageDailyCap;
  }


  @JsonProperty(value = JSON_PROPERTY_SEND_MESSAGE_DAILY_CAP, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setSendMessageDailyCap(@jakarta.annotation.Nullable Integer sendMessageDailyCap) {
    this.sendMessageDailyCap = sendMessageDailyCap;
  }


  public PolicyLimits accountProtectionSeconds(@jakarta.annotation.Nullable Integer accountProtectionSeconds) {
    
    this.accountProtectionSeconds = accountProtectionSeconds;
    return this;
  }

  /**
   * Get accountProtectionSeconds
   * minimum: 0
   * @return accountProtectionSeconds
   */
  @jakarta.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_ACCOUNT_PROTECTION_SECONDS, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)

  public Integer getAccountProtectionSeconds() {
    return accountProtectionSeconds;
  }


  @JsonProperty(value = JSON_PROPERTY_ACCOUNT_PROTECTION_SECONDS, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setAccountProtectionSeconds(@jakarta.annotation.Nullable Integer accountProtectionSeconds) {
    this.accountProtectionSeconds = accountProtectionSeconds;
  }


  public PolicyLimits concurrentLimit(@jakarta.annotation.Nullable Integer concurrentLimit) {
    
    this.concurrentLimit = concurrentLimit;
    return this;
  }

  /**
   * Get concurrentLimit
   * minimum: 0
   * @return concurrentLimit
   */
  @jakarta.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_CONCURRENT_LIMIT, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)

  public Integer getConcurrentLimit() {
    return concurrentLimit;
  }


  @JsonProperty(value = JSON_PROPERTY_CONCURRENT_LIMIT, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setConcurrentLimit(@jakarta.annotation.Nullable Integer concurrentLimit) {
    this.concurrentLimit = concurrentLimit;
  }


  public PolicyLimits groupReqPerMinute(@jakarta.annotation.Nullable Integer groupReqPerMinute) {
    
    this.groupReqPerMinute = groupReqPerMinute;
    return this;
  }

  /**
   * Get groupReqPerMinute
   * minimum: 0
   * @return groupReqPerMinute
   */
  @jakarta.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_GROUP_REQ_PER_MINUTE, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)

  public Integer getGroupReqPerMinute() {
    return groupReqPerMinute;
  }


  @JsonProperty(value = JSON_PROPERTY_GROUP_REQ_PER_MINUTE, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setGroupReqPerMinute(@jakarta.annotation.Nullable Integer groupReqPerMinute) {
    this.groupReqPerMinute = groupReqPerMinute;
  }


  public PolicyLimits groupDailyCap(@jakarta.annotation.Nullable Integer groupDailyCap) {
    
    this.groupDailyCap = groupDailyCap;
    return this;
  }

  /**
   * Get groupDailyCap
   * minimum: 0
   * @return groupDailyCap
   */
  @jakarta.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_GROUP_DAILY_CAP, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)

  public Integer getGroupDailyCap() {
    return groupDailyCap;
  }


  @JsonProperty(value = JSON_PROPERTY_GROUP_DAILY_CAP, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setGroupDailyCap(@jakarta.annotation.Nullable Integer groupDailyCap) {
    this.groupDailyCap = groupDailyCap;
  }


  public PolicyLimits checkReqPerMinute(@jakarta.annotation.Nullable Integer checkReqPerMinute) {
    
    this.checkReqPerMinute = checkReqPerMinute;
    return this;
  }

  /**
   * Get checkReqPerMinute
   * minimum: 0
   * @return checkReqPerMinute
   */
  @jakarta.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_CHECK_REQ_PER_MINUTE, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)

  public Integer getCheckReqPerMinute() {
    return checkReqPerMinute;
  }


  @JsonProperty(value = JSON_PROPERTY_CHECK_REQ_PER_MINUTE, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setCheckReqPerMinute(@jakarta.annotation.Nullable Integer checkReqPerMinute) {
    this.checkReqPerMinute = checkReqPerMinute;
  }


  public PolicyLimits checkDailyCap(@jakarta.annotation.Nullable Integer checkDailyCap) {
    
    this.checkDailyCap = checkDailyCap;
    return this;
  }

  /**
   * Get checkDailyCap
   * minimum: 0
   * @return checkDailyCap
   */
  @jakarta.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_CHECK_DAILY_CAP, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)

  public Integer getCheckDailyCap() {
    return checkDailyCap;
  }


  @JsonProperty(value = JSON_PROPERTY_CHECK_DAILY_CAP, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setCheckDailyCap(@jakarta.annotation.Nullable Integer checkDailyCap) {
    this.checkDailyCap = checkDailyCap;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    PolicyLimits policyLimits = (PolicyLimits) o;
    return Objects.equals(this.sendMessagePerMinute, policyLimits.sendMessagePerMinute) &&
        Objects.equals(this.sendMessageDailyCap, policyLimits.sendMessageDailyCap) &&
        Objects.equals(this.accountProtectionSeconds, policyLimits.accountProtectionSeconds) &&
        Objects.equals(this.concurrentLimit, policyLimits.concurrentLimit) &&
        Objects.equals(this.groupReqPerMinute, policyLimits.groupReqPerMinute) &&
        Objects.equals(this.groupDailyCap, policyLimits.groupDailyCap) &&
        Objects.equals(this.checkReqPerMinute, policyLimits.checkReqPerMinute) &&
        Objects.equals(this.checkDailyCap, policyLimits.checkDailyCap);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sendMessagePerMinute, sendMessageDailyCap, accountProtectionSeconds, concurrentLimit, groupReqPerMinute, groupDailyCap, checkReqPerMinute, checkDailyCap);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class PolicyLimits {\n");
    sb.append("    sendMessagePerMinute: ").append(toIndentedString(sendMessagePerMinute)).append("\n");
    sb.append("    sendMessageDailyCap: ").append(toIndentedString(sendMessageDailyCap)).append("\n");
    sb.append("    accountProtectionSeconds: ").append(toIndentedString(accountProtectionSeconds)).append("\n");
    sb.append("    concurrentLimit: ").append(toIndentedString(concurrentLimit)).append("\n");
    sb.append("    groupReqPerMinute: ").append(toIndentedString(groupReqPerMinute)).append("\n");
    sb.append("    groupDailyCap: ").append(toIndentedString(groupDailyCap)).append("\n");
    sb.append("    checkReqPerMinute: ").append(toIndentedString(checkReqPerMinute)).append("\n");
    sb.append("    checkDailyCap: ").append(toIndentedString(checkDailyCap)).append("\n");
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

