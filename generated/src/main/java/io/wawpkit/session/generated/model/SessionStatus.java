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
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The lifecycle status (see &#x60;x-wawp-lifecycle&#x60;). Documented: \&quot;New statuses or fields may appear at any time: a client must not break on them.\&quot; The enum lists the five the docs name; a reader must take any other value as an unknown status (this project&#39;s Java client reads it as &#x60;SessionStatus.UNKNOWN&#x60;; its mock and spec readers never fail on one).
 */
public enum SessionStatus {
  
  STOPPED("STOPPED"),
  
  STARTING("STARTING"),
  
  SCAN_QR_CODE("SCAN_QR_CODE"),
  
  WORKING("WORKING"),
  
  FAILED("FAILED"),
  
  UNKNOWN("UNKNOWN");

  private String value;

  SessionStatus(String value) {
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
  public static SessionStatus fromValue(String value) {
    for (SessionStatus b : SessionStatus.values()) {
      if (b.value.equals(value)) {
        return b;
      }
    }
    return UNKNOWN;
  }
}

