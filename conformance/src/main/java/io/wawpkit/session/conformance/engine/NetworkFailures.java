package io.wawpkit.session.conformance.engine;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;

/** Why no answer came, in words: the first cause that says more wins. */
public final class NetworkFailures {
  private NetworkFailures() {}

  /**
   * "unknown host", "connection refused", "timed out", or the failure's type. java.net.http reports
   * a name that does not resolve as a ConnectException caused by UnresolvedAddressException, so the
   * whole cause chain is looked at before calling anything "connection refused".
   */
  public static String describe(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
        return "unknown host";
      }
    }
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof HttpTimeoutException || t instanceof SocketTimeoutException) {
        return "timed out";
      }
      if (t instanceof ConnectException) {
        return "connection refused";
      }
    }
    Throwable root = failure;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName();
  }
}
