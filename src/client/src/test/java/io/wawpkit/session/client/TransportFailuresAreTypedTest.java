package io.wawpkit.session.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wawpkit.session.client.errors.TransportException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;

/**
 * When no answer comes, the caller gets a {@link TransportException} that says why in a few
 * words (timed out, connection refused), names the operation and host, and carries no token.
 */
class TransportFailuresAreTypedTest {
  @Test
  void aSlowAnswerTimesOut() throws Exception {
    try (LocalApi api = new LocalApi();
        WawpClient client = api.clientBuilder().readTimeout(Duration.ofMillis(200)).build()) {
      api.respond(new MockResponse().setHeadersDelay(2, TimeUnit.SECONDS).setBody("{}"));
      // restart is not safe to repeat, so the one time-out is what the caller sees.
      assertThatThrownBy(() -> client.instance(LocalApi.INSTANCE).restart())
          .isInstanceOf(TransportException.class)
          .hasMessage("restartSession: timed out (" + api.server.getHostName() + ":" + api.server.getPort() + ")");
      assertThat(api.requests()).isEqualTo(1);
    }
  }

  @Test
  void aClosedPortIsRefused() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    try (WawpClient client = WawpClient.builder()
        .baseUrl("http://127.0.0.1:" + closedPort + "/v2")
        .accessToken(LocalApi.TOKEN)
        .build()) {
      assertThatThrownBy(client::create)
          .isInstanceOf(TransportException.class)
          .hasMessage("createSession: connection refused (127.0.0.1:" + closedPort + ")");
    }
  }

  @Test
  void aClosedClientRefusesCalls() throws Exception {
    try (LocalApi api = new LocalApi()) {
      WawpClient client = api.client();
      WawpInstance session = client.instance(LocalApi.INSTANCE);
      client.close();
      assertThatThrownBy(session::info).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
      assertThat(api.requests()).isZero();
    }
  }
}
