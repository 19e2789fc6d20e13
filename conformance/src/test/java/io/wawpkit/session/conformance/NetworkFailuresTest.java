package io.wawpkit.session.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.wawpkit.session.conformance.engine.NetworkFailures;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import org.junit.jupiter.api.Test;

/** An unreachable target is described as what it is, not always as "connection refused". */
class NetworkFailuresTest {
  @Test
  void anUnknownHostIsNotConnectionRefused() {
    // what java.net.http throws for a name that does not resolve
    ConnectException unresolved = new ConnectException();
    unresolved.initCause(new UnresolvedAddressException());
    assertThat(NetworkFailures.describe(unresolved)).isEqualTo("unknown host");
    assertThat(NetworkFailures.describe(new IOException(new UnknownHostException("x.invalid")))).isEqualTo("unknown host");
  }

  @Test
  void refusedAndTimedOutStayWhatTheyAre() {
    assertThat(NetworkFailures.describe(new ConnectException("Connection refused"))).isEqualTo("connection refused");
    assertThat(NetworkFailures.describe(new HttpConnectTimeoutException("slow"))).isEqualTo("timed out");
    assertThat(NetworkFailures.describe(new IOException(new IllegalStateException()))).isEqualTo("IllegalStateException");
  }
}
