package io.wawpkit.session.client;

import java.net.URI;
import java.util.Locale;

/**
 * The Wawp API version a client talks to. It decides which create is sent: v2's
 * {@code POST /session/create}, or v1's documented {@code POST /createSession?name=...} (the spec's
 * {@code x-wawp-api-versions}). Every other operation has the same path on both.
 */
public enum ApiVersion {
  /** The legacy WordPress namespace ({@link WawpClient#V1}). */
  V1,
  /** The current API ({@link WawpClient#V2}), the default. */
  V2;

  /**
   * The version a base URL names by its last path segment: {@code .../v1} (as in
   * {@code /wp-json/awp/v1}) is v1, anything else v2. A base URL that does not end so (a proxy
   * with its own prefix) needs {@link WawpClient.Builder#apiVersion(ApiVersion)}.
   */
  public static ApiVersion of(URI baseUrl) {
    String path = baseUrl.getPath() == null ? "" : baseUrl.getPath().toLowerCase(Locale.ROOT);
    return path.replaceAll("/+$", "").endsWith("/v1") ? V1 : V2;
  }
}
