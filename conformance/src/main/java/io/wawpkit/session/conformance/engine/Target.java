package io.wawpkit.session.conformance.engine;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * What the suite runs against and what it may do there.
 *
 * @param baseUrl the API's base URL with its version prefix
 * @param accessToken the account's token
 * @param otherAccessToken a second account's token (tenancy checks), or null
 * @param instanceId an existing instance for non-destructive checks, or null
 * @param controlUrl the mock's control API (only for this project's mock), or null
 * @param allowDestructive whether it may stop, log out, delete or reconfigure instances it did not create
 * @param awaitScan how long to wait for a person to scan a QR on a target without a control API, or null
 * @param local whether the target is on this machine (loopback): no request budget then
 * @param pairingPhone the WhatsApp number the pairing-code checks may ask a code for, or null: a
 *     target without a control API then gets no pairing request in SCAN_QR_CODE (it would reach
 *     a real phone)
 */
public record Target(
    URI baseUrl,
    String accessToken,
    String otherAccessToken,
    String instanceId,
    URI controlUrl,
    boolean allowDestructive,
    Duration awaitScan,
    boolean local,
    String pairingPhone) {

  /** A target with no pairing number. */
  public Target(URI baseUrl, String accessToken, String otherAccessToken, String instanceId, URI controlUrl,
      boolean allowDestructive, Duration awaitScan, boolean local) {
    this(baseUrl, accessToken, otherAccessToken, instanceId, controlUrl, allowDestructive, awaitScan, local, null);
  }

  /** The same target with the number the pairing-code checks may use. */
  public Target withPairingPhone(String phone) {
    return new Target(baseUrl, accessToken, otherAccessToken, instanceId, controlUrl, allowDestructive, awaitScan, local, phone);
  }

  public Optional<String> other() {
    return Optional.ofNullable(otherAccessToken);
  }

  public Optional<URI> control() {
    return Optional.ofNullable(controlUrl);
  }

  /** The path part of the base URL, such as {@code /v2}. */
  public String basePath() {
    String path = baseUrl.getPath();
    return path == null || path.equals("/") ? "" : path.replaceAll("/$", "");
  }

  /**
   * The API version the base URL names ({@code x-wawp-api-versions}): a base path ending in
   * {@code /v1} (Wawp's {@code /wp-json/awp/v1}) is v1, anything else v2.
   */
  public String apiVersion() {
    return basePath().endsWith("/v1") ? "v1" : "v2";
  }

  /** Whether a host is on this machine. */
  public static boolean isLoopback(URI url) {
    String host = url.getHost();
    return host != null && (host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1"));
  }
}
