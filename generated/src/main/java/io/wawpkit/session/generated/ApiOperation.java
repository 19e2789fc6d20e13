package io.wawpkit.session.generated;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every operation of the spec with its vendor marks ({@code x-wawp-action},
 * {@code x-wawp-safe-to-repeat}, {@code x-wawp-plan}), generated from the spec. Do not edit.
 */
public enum ApiOperation {

  GET_SESSION_INFO("getSessionInfo", "GET", "/session/info", "read", true, false),

  GET_SESSION_INFO_BY_POST("getSessionInfoByPost", "POST", "/session/info", "read", true, false),

  GET_SESSION_ME("getSessionMe", "GET", "/session/me", "read", true, false),

  CREATE_SESSION("createSession", "POST", "/session/create", "create", false, false),

  CREATE_SESSION_V1("createSessionV1", "POST", "/createSession", "create", false, false),

  DELETE_SESSION("deleteSession", "DELETE", "/session/delete", "delete", false, false),

  LOGOUT_SESSION("logoutSession", "POST", "/session/logout", "logout", false, false),

  LOGOUT_SESSION_BY_GET("logoutSessionByGet", "GET", "/session/logout", "logout", false, false),

  RESTART_SESSION("restartSession", "POST", "/session/restart", "restart", false, false),

  RESTART_SESSION_BY_GET("restartSessionByGet", "GET", "/session/restart", "restart", false, false),

  START_SESSION("startSession", "POST", "/session/start", "start", false, false),

  START_SESSION_BY_GET("startSessionByGet", "GET", "/session/start", "start", false, false),

  STOP_SESSION("stopSession", "POST", "/session/stop", "stop", true, false),

  STOP_SESSION_BY_GET("stopSessionByGet", "GET", "/session/stop", "stop", true, false),

  GET_QR("getQr", "GET", "/auth/qr", "read", true, false),

  GET_QR_BY_POST("getQrByPost", "POST", "/auth/qr", "read", true, false),

  GET_QR_IMAGE("getQrImage", "GET", "/auth/qr-image", "read", true, false),

  GET_QR_IMAGE_BY_POST("getQrImageByPost", "POST", "/auth/qr-image", "read", true, false),

  GET_QR_V1("getQrV1", "GET", "/getQr", "read", true, false),

  GET_SCREENSHOT("getScreenshot", "GET", "/auth/screenshot", "read", true, false),

  GET_SCREENSHOT_V1("getScreenshotV1", "GET", "/getScreenshot", "read", true, false),

  REQUEST_PAIRING_CODE("requestPairingCode", "POST", "/auth/request-code", "settings", true, false),

  REQUEST_PAIRING_CODE_V1("requestPairingCodeV1", "POST", "/requestCode", "settings", true, false),

  GET_RATE_LIMIT("getRateLimit", "GET", "/session/rate-limit", "read", true, false),

  SET_RATE_LIMIT("setRateLimit", "PATCH", "/session/rate-limit", "settings", true, false),

  CREATE_TEMP_LINK("createTempLink", "POST", "/session/temp-link", "settings", false, false),

  GET_TEMP_LINK("getTempLink", "GET", "/session/temp-link", "read", true, false),

  REVOKE_TEMP_LINKS("revokeTempLinks", "DELETE", "/session/temp-link", "settings", true, false),

  GET_WEBHOOKS("getWebhooks", "GET", "/session/webhook", "read", true, true),

  SET_WEBHOOKS("setWebhooks", "POST", "/session/webhook", "settings", true, true),

  ;

  private static final Map<String, ApiOperation> BY_ID =
      Arrays.stream(values()).collect(Collectors.toMap(ApiOperation::operationId, Function.identity()));

  private final String operationId;
  private final String httpMethod;
  private final String path;
  private final String action;
  private final boolean safeToRepeat;
  private final boolean paidOnly;

  ApiOperation(String operationId, String httpMethod, String path, String action, boolean safeToRepeat, boolean paidOnly) {
    this.operationId = operationId;
    this.httpMethod = httpMethod;
    this.path = path;
    this.action = action;
    this.safeToRepeat = safeToRepeat;
    this.paidOnly = paidOnly;
  }

  /** The operation with this id (the generated interfaces' method names are the ids). */
  public static Optional<ApiOperation> byOperationId(String operationId) {
    return Optional.ofNullable(BY_ID.get(operationId));
  }

  /** The spec's operationId. */
  public String operationId() {
    return operationId;
  }

  /** The HTTP method. */
  public String httpMethod() {
    return httpMethod;
  }

  /** The path relative to the server URL. */
  public String path() {
    return path;
  }

  /** The lifecycle action ({@code x-wawp-action}). */
  public String action() {
    return action;
  }

  /** Whether sending the request twice has the effect of sending it once ({@code x-wawp-safe-to-repeat}). */
  public boolean safeToRepeat() {
    return safeToRepeat;
  }

  /** Whether free accounts get 403 subscription_required ({@code x-wawp-plan: paid}). */
  public boolean paidOnly() {
    return paidOnly;
  }
}
