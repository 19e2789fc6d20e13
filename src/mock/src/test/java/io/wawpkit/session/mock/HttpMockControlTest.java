package io.wawpkit.session.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wawpkit.session.mock.control.MockControl;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What only the HTTP client of the control API does: find it, carry the token, say clearly what went wrong. */
class HttpMockControlTest {
  private static final String TOKEN = "s3cret-control";
  private static WawpMock guarded;

  @BeforeAll
  static void start() {
    guarded = WawpMock.builder().controlToken(TOKEN).start();
  }

  @AfterAll
  static void stop() {
    guarded.close();
  }

  @Test
  void carriesTheControlToken() {
    MockControl control = MockControl.over(URI.create(guarded.controlUrl()), TOKEN);
    control.reset();
    assertThat(control.sessions(null)).isEmpty();
    assertThat(control.toString()).doesNotContain(TOKEN);
  }

  @Test
  void withoutTheTokenSaysWhoRefusedWhatAndWhy() {
    MockControl control = MockControl.over(URI.create(guarded.controlUrl()));
    assertThatThrownBy(control::reset).isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("the mock's control API at " + guarded.controlUrl() + " answered 401 control_token_required"
            + " to POST /reset: Send the control token")
        .hasMessageContaining("MockControl.over(url, controlToken)")
        .hasMessageNotContaining("\n");
    assertThatThrownBy(() -> MockControl.over(URI.create(guarded.controlUrl()), "wrong").faults())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("answered 401")
        .hasMessageNotContaining("MockControl.over(url, controlToken)");
  }

  @Test
  void findsTheControlApiFromTheMocksOrigin() {
    assertThat(MockControl.over(URI.create(guarded.origin()), TOKEN).faults()).isEmpty();
    assertThat(MockControl.over(URI.create(guarded.origin() + "/"), TOKEN).faults()).isEmpty();
    assertThat(MockControl.over(URI.create(guarded.controlUrl() + "/"), TOKEN).faults()).isEmpty();
  }

  @Test
  void aUrlThatIsNotTheControlApiGetsOnePreciseMessage() {
    MockControl wrong = MockControl.over(URI.create(guarded.baseUrl()), TOKEN);
    assertThatThrownBy(wrong::faults).isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("the mock's control API at " + guarded.baseUrl() + " answered 404")
        .hasMessageContaining("GET /faults")
        .hasMessageNotContaining("\n");
  }

  @Test
  void anUnreachableMockGetsOneLineNamingTheUrl() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    String url = "http://127.0.0.1:" + port + "/_mock";
    assertThatThrownBy(() -> MockControl.over(URI.create(url)).scan("ABC")).isInstanceOf(IllegalStateException.class)
        .hasMessage("cannot reach the mock's control API at " + url + " (POST /sessions/ABC/scan): "
            + "connection refused (is the mock running?)");
  }

  @Test
  void refusesWhatItCannotSendPlainly() {
    MockControl control = MockControl.over(URI.create(guarded.controlUrl()), TOKEN);
    assertThatThrownBy(() -> control.scan("a/b")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a/b");
    assertThatThrownBy(() -> control.move("ABC", "x;y")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> control.clearFault("%2e")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MockControl.over(URI.create("ftp://127.0.0.1/_mock"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MockControl.over(URI.create("http://127.0.0.1:1/_mock?token=x")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("token=x");
    assertThatThrownBy(() -> MockControl.over(URI.create("http://user:pw@127.0.0.1:1/_mock")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("pw");
    assertThatThrownBy(() -> MockControl.over(URI.create(guarded.controlUrl()), " ")).isInstanceOf(IllegalArgumentException.class);
  }
}
