package io.wawpkit.session.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/** One wording for "no answer came", whichever HTTP client failed and however it wrapped the cause. */
class ConnectionProblemsTest {

  @Test
  void anUnknownHostIsNamedSoEvenInsideAConnectException() {
    ConnectException unresolved = new ConnectException();
    unresolved.initCause(new UnresolvedAddressException()); // how java.net.http reports it
    assertThat(ConnectionProblems.describe(unresolved)).isEqualTo("unknown host");
    assertThat(ConnectionProblems.describe(new UnknownHostException("x.invalid"))).isEqualTo("unknown host");
    assertThat(ConnectionProblems.describe(new IOException(new UnknownHostException("x.invalid")))).isEqualTo("unknown host");
  }

  @Test
  void timeOutsOfEitherClientAreTimedOut() {
    assertThat(ConnectionProblems.describe(new SocketTimeoutException("Read timed out"))).isEqualTo("timed out");
    assertThat(ConnectionProblems.describe(new HttpTimeoutException("request timed out"))).isEqualTo("timed out");
    // a connect time-out is a time-out, though its cause may be a ConnectException
    HttpConnectTimeoutException connect = new HttpConnectTimeoutException("slow");
    connect.initCause(new ConnectException("slow"));
    assertThat(ConnectionProblems.describe(connect)).isEqualTo("timed out");
    assertThat(ConnectionProblems.describe(new java.io.InterruptedIOException("connect timed out"))).isEqualTo("timed out");
  }

  @Test
  void refusedAndResetAreWhatTheySay() {
    assertThat(ConnectionProblems.describe(new ConnectException("Connection refused"))).isEqualTo("connection refused");
    assertThat(ConnectionProblems.describe(new IOException(new ConnectException("Connection refused")))).isEqualTo("connection refused");
    assertThat(ConnectionProblems.describe(new SocketException("Connection reset"))).isEqualTo("connection reset");
    assertThat(ConnectionProblems.describe(new SocketException("Connection reset by peer"))).isEqualTo("connection reset");
  }

  @Test
  void anythingElseIsTheInnermostCausesType() {
    assertThat(ConnectionProblems.named(new SSLHandshakeException("bad certificate"))).isEmpty();
    assertThat(ConnectionProblems.describe(new IOException(new IllegalStateException()))).isEqualTo("IllegalStateException");
    assertThat(ConnectionProblems.describe(new SocketException("Broken pipe"))).isEqualTo("SocketException");
  }

  @Test
  void aCauseChainThatLoopsEnds() {
    IOException a = new IOException("a");
    IOException b = new IOException("b", a);
    a.initCause(b);
    assertThat(ConnectionProblems.describe(a)).isEqualTo("IOException");
  }
}
