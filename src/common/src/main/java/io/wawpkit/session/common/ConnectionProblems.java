package io.wawpkit.session.common;

import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Why no answer came, in the words every part of the toolkit uses: {@value #UNKNOWN_HOST},
 * {@value #TIMED_OUT}, {@value #REFUSED} or {@value #RESET}. The whole cause chain is read: the JDK's
 * HTTP client reports a name that does not resolve as a ConnectException caused by an
 * UnresolvedAddressException, and wraps time-outs, so the outermost exception alone would say
 * "connection refused" for an unknown host.
 */
public final class ConnectionProblems {
  /** The host name does not resolve. */
  public static final String UNKNOWN_HOST = "unknown host";
  /** Connecting or waiting for the answer took longer than allowed. */
  public static final String TIMED_OUT = "timed out";
  /** Nothing listens at the address (or a firewall said no). */
  public static final String REFUSED = "connection refused";
  /** The other side closed the connection mid-exchange. */
  public static final String RESET = "connection reset";

  private ConnectionProblems() {}

  /**
   * The words for a failure to reach a server, when it is one of the known kinds: an unknown host
   * wins over whatever wraps it; otherwise the outermost exception that is a time-out, a refused or
   * a reset connection names it.
   */
  public static Optional<String> named(Throwable failure) {
    for (Throwable t : chain(failure)) {
      if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
        return Optional.of(UNKNOWN_HOST);
      }
    }
    for (Throwable t : chain(failure)) {
      // InterruptedIOException: socket and connect time-outs alike (SocketTimeoutException, Apache
      // HttpClient's ConnectTimeoutException); HttpTimeoutException: the JDK HTTP client's.
      if (t instanceof InterruptedIOException || t instanceof HttpTimeoutException) {
        return Optional.of(TIMED_OUT);
      }
      if (t instanceof ConnectException) {
        return Optional.of(REFUSED);
      }
      if (t instanceof SocketException && t.getMessage() != null
          && t.getMessage().toLowerCase(Locale.ROOT).contains("connection reset")) {
        return Optional.of(RESET);
      }
    }
    return Optional.empty();
  }

  /** {@link #named(Throwable)}, or else the type of the innermost cause (such as {@code SSLHandshakeException}). */
  public static String describe(Throwable failure) {
    java.util.Objects.requireNonNull(failure, "failure");
    return named(failure).orElseGet(() -> {
      List<Throwable> chain = chain(failure);
      return chain.get(chain.size() - 1).getClass().getSimpleName();
    });
  }

  /** The failure and its causes, outermost first (a cause chain that loops is cut where it does). */
  private static List<Throwable> chain(Throwable failure) {
    List<Throwable> chain = new ArrayList<>();
    for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
      chain.add(t);
    }
    return chain;
  }
}
