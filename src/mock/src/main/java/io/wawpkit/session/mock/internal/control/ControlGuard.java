package io.wawpkit.session.mock.internal.control;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Set;

/**
 * Who may use the control API (the mock README's "Security" section says why each rule exists):
 * the path written plainly, so a proxy rule on {@link ControlHandler#PREFIX} sees what the mock routes; on a
 * loopback bind only loopback {@code Host} names (DNS rebinding); the control token when one is
 * set (always beyond loopback); no browser {@code Origin}; and {@code application/json} on calls
 * that change state, which a web page cannot send without a CORS preflight the mock never grants.
 */
public final class ControlGuard {
  private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");

  /** Why a control call is refused, answered with the Error shape. */
  public record Refusal(int status, String code, String message) {}

  private final boolean loopbackBind;
  private final int port;
  private final byte[] token;

  /**
   * @param loopbackBind whether the mock listens on a loopback address only
   * @param port the port it listens on
   * @param token the control token every call must carry, or null for none
   */
  public ControlGuard(boolean loopbackBind, int port, String token) {
    this.loopbackBind = loopbackBind;
    this.port = port;
    this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
  }

  /** Null when the call may go on. {@code tempQrPage}: the page a phone opens, exempt from all but the path rule. */
  public Refusal check(HttpServerExchange ex, boolean tempQrPage) {
    String raw = rawPath(ex);
    if (!raw.equals(ex.getRequestPath())) {
      return new Refusal(400, "invalid_path", "Write control paths plainly (" + ex.getRequestPath()
          + "): no percent-escapes and no ';' parameters, so that every proxy and the mock agree on where a call goes.");
    }
    if (tempQrPage) {
      return null;
    }
    if (loopbackBind && !loopbackHost(ex)) {
      return new Refusal(403, "host_not_allowed", "The control API answers only Host localhost, 127.0.0.1 or [::1]"
          + " with port " + port + " while the mock listens on loopback (a guard against DNS rebinding).");
    }
    if (token != null && !tokenMatches(ex.getRequestHeaders().getFirst(Headers.AUTHORIZATION))) {
      return new Refusal(401, "control_token_required",
          "Send the control token the mock printed at start: Authorization: Bearer <control token>.");
    }
    if (ex.getRequestHeaders().contains(Headers.ORIGIN)) {
      return new Refusal(403, "cross_origin_refused", "The control API does not answer calls from web pages (Origin).");
    }
    if (changesState(ex) && !json(ex.getRequestHeaders().getFirst(Headers.CONTENT_TYPE))) {
      return new Refusal(415, "json_required", "Control calls that change state must send Content-Type: application/json.");
    }
    return null;
  }

  /** The path as sent, before Undertow decodes escapes and drops {@code ;} parameters. */
  private static String rawPath(HttpServerExchange ex) {
    String uri = ex.getRequestURI();
    if (ex.isHostIncludedInRequestURI()) {
      int scheme = uri.indexOf("://");
      int slash = scheme < 0 ? -1 : uri.indexOf('/', scheme + 3);
      uri = slash < 0 ? "/" : uri.substring(slash);
    }
    return uri;
  }

  private boolean loopbackHost(HttpServerExchange ex) {
    HeaderValues hosts = ex.getRequestHeaders().get(Headers.HOST);
    if (hosts == null || hosts.size() != 1 || ex.isHostIncludedInRequestURI()) {
      return false;
    }
    String host = hosts.getFirst().trim().toLowerCase(Locale.ROOT);
    int colon = host.lastIndexOf(':');
    if (colon > host.lastIndexOf(']')) {
      if (!host.substring(colon + 1).equals(Integer.toString(port))) {
        return false;
      }
      host = host.substring(0, colon);
    }
    return LOOPBACK_NAMES.contains(host);
  }

  private boolean tokenMatches(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return false;
    }
    // constant time: the token is the only thing between the network and the control API
    return MessageDigest.isEqual(token, authorization.substring(7).trim().getBytes(StandardCharsets.UTF_8));
  }

  private static boolean changesState(HttpServerExchange ex) {
    return !Methods.GET.equals(ex.getRequestMethod()) && !Methods.HEAD.equals(ex.getRequestMethod());
  }

  private static boolean json(String contentType) {
    if (contentType == null) {
      return false;
    }
    int semi = contentType.indexOf(';');
    String type = (semi < 0 ? contentType : contentType.substring(0, semi)).trim();
    return type.equalsIgnoreCase("application/json");
  }
}
