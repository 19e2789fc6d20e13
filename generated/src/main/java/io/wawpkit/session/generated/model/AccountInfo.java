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
 * The WhatsApp account of the session (/session/me). Outside WORKING every field is null. The docs name the phone platform without naming its key; the contract calls it &#x60;platform&#x60;.
 */
@JsonPropertyOrder({
  AccountInfo.JSON_PROPERTY_ID,
  AccountInfo.JSON_PROPERTY_PUSH_NAME,
  AccountInfo.JSON_PROPERTY_PLATFORM
})
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public class AccountInfo {
  public static final String JSON_PROPERTY_ID = "id";
  @jakarta.annotation.Nullable
  private String id;

  public static final String JSON_PROPERTY_PUSH_NAME = "pushName";
  @jakarta.annotation.Nullable
  private String pushName;

  /**
   * The phone platform.
   */
  public enum PlatformEnum {
    ANDROID(String.valueOf("android")),
    
    IOS(String.valueOf("ios")),
    
    WEB(String.valueOf("web")),
    
    UNKNOWN_DEFAULT_OPEN_API(String.valueOf("unknown_default_open_api"));

    private String value;

    PlatformEnum(String value) {
      this.value = value;
    }

    @JsonValue
    public String getValue() {
      return value;
    }

    @Override
    public String toString() {
      return String.valueOf(value);
    }

    @JsonCreator
    public static PlatformEnum fromValue(String value) {
      for (PlatformEnum b : PlatformEnum.values()) {
        if (b.value.equals(value)) {
          return b;
        }
      }
      return null;
    }
  }

  public static final String JSON_PROPERTY_PLATFORM = "platform";
  @jakarta.annotation.Nullable
  private PlatformEnum platform;

  public AccountInfo() {
  }

  public AccountInfo id(@jakarta.annotation.Nullable String id) {
    
    this.id = id;
    return this;
  }

  /**
   * The account&#39;s JID, or null outside WORKING.
   * @return id
   */
  @jakarta.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_ID, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)

  public String getId() {
    return id;
  }


  @JsonProperty(value = JSON_PROPERTY_ID, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setId(@jakarta.annotation.Nullable String id) {
    this.id = id;
  }


  public AccountInfo pushName(@jakarta.annotation.Nullable String pushName) {
    
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


  public AccountInfo platform(@jakarta.annotation.Nullable PlatformEnum platform) {
    
    this.platform = platform;
    return this;
  }

  /**
   * The phone platform.
   * @return platform
   */
  @jakarta.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_PLATFORM, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)

  public PlatformEnum getPlatform() {
    return platform;
  }


  @JsonProperty(value = JSON_PROPERTY_PLATFORM, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setPlatform(@jakarta.annotation.Nullable PlatformEnum platform) {
    this.platform = platform;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    AccountInfo accountInfo = (AccountInfo) o;
    return Objects.equals(this.id, accountInfo.id) &&
        Objects.equals(this.pushName, accountInfo.pushName) &&
        Objects.equals(this.platform, accountInfo.platform);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, pushName, platform);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class AccountInfo {\n");
    sb.append("    id: ").append(toIndentedString(id)).append("\n");
    sb.append("    pushName: ").append(toIndentedString(pushName)).append("\n");
    sb.append("    platform: ").append(toIndentedString(platform)).append("\n");
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

