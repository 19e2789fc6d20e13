package io.wawpkit.session.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wawpkit.session.client.errors.NotFoundException;
import io.wawpkit.session.client.lifecycle.LifecycleTimeoutException;
import io.wawpkit.session.client.lifecycle.SessionFailedException;
import io.wawpkit.session.generated.model.SessionInfo;
import io.wawpkit.session.generated.model.SessionStatus;
import java.time.Duration;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/** The wait helper polls until the awaited status, fails fast on FAILED and 404, and times out. */
class LifecycleHelpersTest {
  static String info(String status) {
    String qr = status.equals("SCAN_QR_CODE") ? ",\"qr\":\"data:image/png;base64,iVBORw0KGgo=\"" : "";
    return "{\"name\":\"wawp-1\",\"status\":\"" + status + "\",\"instance_id\":\"3EB0BCB2E3D4\"" + qr + "}";
  }

  @Test
  void waitsThroughStartingUntilTheQr() throws Exception {
    try (LocalApi api = new LocalApi(); WawpClient client = api.client()) {
      api.json(200, info("STARTING")).json(200, info("STARTING")).json(200, info("SCAN_QR_CODE"));
      SessionInfo running = client.instance(LocalApi.INSTANCE).awaitRunning(Duration.ofSeconds(5));
      assertThat(running.getStatus()).isEqualTo(SessionStatus.SCAN_QR_CODE);
      assertThat(running.getQr()).startsWith("data:image/png;base64,");
      assertThat(api.requests()).isEqualTo(3);
    }
  }

  /** A status outside the five (the docs say new ones may appear) is waited through, not a crash. */
  @Test
  void waitsThroughAnUnknownStatus() throws Exception {
    try (LocalApi api = new LocalApi(); WawpClient client = api.client()) {
      api.json(200, info("PAIRING")).json(200, info("WORKING"));
      SessionInfo working = client.instance(LocalApi.INSTANCE).awaitStatus(Duration.ofSeconds(5), SessionStatus.WORKING);
      assertThat(working.getStatus()).isEqualTo(SessionStatus.WORKING);
      assertThat(api.requests()).isEqualTo(2);
    }
  }

  @Test
  void failsFastOnFailed() throws Exception {
    try (LocalApi api = new LocalApi(); WawpClient client = api.client()) {
      api.json(200, info("STARTING")).json(200, info("FAILED"));
      assertThatThrownBy(() -> client.instance(LocalApi.INSTANCE).awaitStatus(Duration.ofSeconds(5), SessionStatus.WORKING))
          .isInstanceOf(SessionFailedException.class)
          .hasMessageContaining("restart");
      assertThat(api.requests()).isEqualTo(2);
    }
  }

  @Test
  void failsFastWhenTheSessionIsGone() throws Exception {
    try (LocalApi api = new LocalApi(); WawpClient client = api.client()) {
      api.json(404, "{\"code\":\"invalid_instance\",\"message\":\"Instance not found.\"}");
      assertThatThrownBy(() -> client.instance(LocalApi.INSTANCE).awaitRunning(Duration.ofSeconds(5)))
          .isInstanceOf(NotFoundException.class);
    }
  }

  @Test
  void timesOutWithTheLastStatus() throws Exception {
    try (LocalApi api = new LocalApi(); WawpClient client = api.client()) {
      api.server.setDispatcher(new Dispatcher() {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
          return new MockResponse().setHeader("Content-Type", "application/json").setBody(info("STARTING"));
        }
      });
      assertThatThrownBy(() -> client.instance(LocalApi.INSTANCE).awaitRunning(Duration.ofMillis(200)))
          .isInstanceOfSatisfying(LifecycleTimeoutException.class,
              e -> assertThat(e.lastStatus()).isEqualTo(SessionStatus.STARTING));
    }
  }

  @Test
  void createAndStartCreatesStartsAndWaits() throws Exception {
    try (LocalApi api = new LocalApi(); WawpClient client = api.client()) {
      api.json(200, "{\"instance_id\":\"NEW123456789\",\"session_name\":\"wawp-2\",\"status\":\"STOPPED\"}")
          .json(200, info("STARTING"))
          .json(200, info("STARTING"))
          .json(200, info("SCAN_QR_CODE"));
      StartedSession started = client.createAndStart(Duration.ofSeconds(5));
      assertThat(started.instance().id()).isEqualTo("NEW123456789");
      assertThat(started.info().getStatus()).isEqualTo(SessionStatus.SCAN_QR_CODE);
      assertThat(api.take().getPath()).startsWith("/v2/session/create");
      RecordedRequest start = api.take();
      assertThat(start.getMethod()).isEqualTo("POST");
      assertThat(start.getRequestUrl().queryParameter("instance_id")).isEqualTo("NEW123456789");
    }
  }

  @Test
  void stopAndResumeStopsStartsAndWaitsForTheSavedLogin() throws Exception {
    try (LocalApi api = new LocalApi(); WawpClient client = api.client()) {
      api.json(200, info("STOPPED"))
          .json(200, info("STARTING"))
          .json(200, info("STARTING"))
          .json(200, LocalApi.INFO_WORKING);
      SessionInfo resumed = client.instance(LocalApi.INSTANCE).stopAndResume(Duration.ofSeconds(5));
      assertThat(resumed.getStatus()).isEqualTo(SessionStatus.WORKING);
      assertThat(resumed.getMe().getId()).isEqualTo("201012345678@c.us");
      assertThat(api.take().getPath()).startsWith("/v2/session/stop");
      assertThat(api.take().getPath()).startsWith("/v2/session/start");
      assertThat(api.take().getPath()).startsWith("/v2/session/info");
    }
  }

  @Test
  void logoutAndRescanStartsAStoppedSession() throws Exception {
    try (LocalApi api = new LocalApi(); WawpClient client = api.client()) {
      api.json(200, "{\"name\":\"wawp-1\",\"status\":\"STOPPED\",\"instance_id\":\"3EB0BCB2E3D4\"}")
          .json(200, info("STOPPED"))
          .json(200, info("STARTING"))
          .json(200, info("SCAN_QR_CODE"));
      assertThat(client.instance(LocalApi.INSTANCE).logoutAndRescan(Duration.ofSeconds(5)).getStatus())
          .isEqualTo(SessionStatus.SCAN_QR_CODE);
      assertThat(api.take().getPath()).startsWith("/v2/session/logout");
      api.take();
      assertThat(api.take().getPath()).startsWith("/v2/session/start");
    }
  }
}
