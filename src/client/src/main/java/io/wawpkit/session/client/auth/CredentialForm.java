package io.wawpkit.session.client.auth;

/** How a request carries the access token and the instance id: the spec's two complete forms. */
public enum CredentialForm {
  /**
   * Query parameters {@code access_token} and {@code instance_id}: the form every doc page shows
   * and the default. The token then sits in URLs, which proxies and servers may log.
   */
  QUERY,
  /**
   * {@code Authorization: Bearer <token>} with {@code X-Instance-ID}, as Wawp's own SDKs send:
   * keeps the token out of URLs and proxy logs.
   */
  HEADERS
}
