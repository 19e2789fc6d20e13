package io.wawpkit.session.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wawpkit.session.client.errors.NotFoundException;
import io.wawpkit.session.client.lifecycle.LifecycleTimeoutException;
import io.wawpkit.session.client.lifecycle.SessionFailedException;
import io.wawpkit.session.client.lifecycle.StatusPolling;
import io.wawpkit.session.generated.model.SessionInfo;
import io.wawpkit.session.generated.model.SessionStatus;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * {@link WawpInstance#awaitLogin}, the QR flow and its pairing-code twin, against a scripted server
 * (issue 15): one call back per new QR or code, fail-fast on FAILED and 404, the timeout naming the
 * last status, and nothing asked of a session already WORKING.
 */
class AwaitLoginTest {
  private static final String WRONG_STATUS = "{\"code\":\"invalid_session\",\"message\":\"The session is WORKING; this operation"
      + " answers only while SCAN_QR_CODE.\",\"data\":{\"status\":422,\"session_status\":\"WORKING\",\"expected\":[\"SCAN_QR_CODE\"]}}";

  /** A session's info in a status, with info's {@code qr} when not null. */
  static String info(String status, String qr) {
    if (status.equals("WORKING")) {
      return LocalApi.INFO_WORKING;
    }
    return "{\"name\":\"wawp-1\",\"status\":\"" + status + "\"" + (qr == null ? "" : ",\"qr\":\"" + qr + "\"") + "}";
  }

  static String rawQr(String value, Instant expiry) {
    String decoded = "{\"value\":\"" + value + "\",\"expiry\":" + expiry.toEpochMilli() + "}";
    return "{\"mimetype\":\"application/json\",\"data\":\""
        + Base64.getEncoder().encodeToString(decoded.getBytes(StandardCharsets.UTF_8)) + "\"}";
  }

  private static MockResponse json(int status, String body) {
    return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
  }

  /**
   * Answers info from a script (the last line repeats) and the other paths from a function of the
   * current script line: a session whose QR is whatever the line says.
   */
  static final class Script extends Dispatcher {
    final List<String[]> lines = new ArrayList<>(); // {status, qr}
    final AtomicInteger infoReads = new AtomicInteger();
    final List<String> otherPaths = new CopyOnWriteArrayList<>();
    final AtomicReference<Function<String[], MockResponse>> other = new AtomicReference<>(line -> json(404, "{}"));

    Script then(String status, String qr) {
      lines.add(new String[] {status, qr});
      return this;
    }

    String[] current() {
      return lines.get(Math.min(Math.max(infoReads.get() - 1, 0), lines.size() - 1));
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      if (request.getPath().startsWith("/v2/session/info")) {
        int n = infoReads.incrementAndGet();
        String[] line = lines.get(Math.min(n - 1, lines.size() - 1));
        return line[0].equals("404") ? json(404, "{\"code\":\"invalid_instance\",\"message\":\"Instance not found.\"}")
            : json(200, info(line[0], line[1]));
      }
      otherPaths.add(request.getPath());
      return other.get().apply(current());
    }
  }

  private static final Instant LATER = Instant.now().plus(Duration.ofHours(1));

  @Test
  void callsBackOncePerNewQrUntilWorking() throws Exception {
    try (LocalApi api = new LocalApi(); WawpClient wawp = api.client()) {
      Script script = new Script().then("STARTING", null).then("STARTING", null)
          .then("SCAN_QR_CODE", "A").then("SCAN_QR_CODE", "A").then("SCAN_QR_CODE", "B").then("SCAN_QR_CODE", "B")
          .then("SCAN_QR_CODE", "B").then("WORKING", null);
      script.other.set(line -> json(200, rawQr("2@" + line[1], LATER)));
      api.server.setDispatcher(script);
      List<String> shown = new ArrayList<>();
      SessionInfo working = wawp.instance(LocalApi.INSTANCE).awaitLogin(Duration.ofSeconds(5), qr -> shown.add(qr.value()));
      assertThat(working.getStatus()).isEqualTo(SessionStatus.WORKING);
      assertThat(working.getMe().getPushName()).isEqualTo("John Doe");
      assertThat(shown).containsExactly("2@A", "2@B");
      // read when SCAN_QR_CODE began and when info's qr changed; not on every poll
      assertThat(script.otherPaths).hasSize(2).allSatisfy(p -> assertThat(p).startsWith("/v2/auth/qr?").contains("format=raw"));
    }
  }

  @Test
  void readsTheQrAgainWhenItExpiresAndTimesOutNamingTheLastStatus() throws Exception {
    try (LocalApi api = new LocalApi();
        WawpClient wawp = api.clientBuilder().polling(StatusPolling.of(Duration.ofSeconds(10), Duration.ofSeconds(10))).build()) {
      // info never shows the rotation (no qr in it): only the first QR's expiry brings the second read
      Script script = new Script().then("SCAN_QR_CODE", null);
      AtomicInteger reads = new AtomicInteger();
      Instant soon = Instant.now().plusMillis(300);
      script.other.set(line -> reads.incrementAndGet() == 1 ? json(200, rawQr("2@first", soon)) : json(200, rawQr("2@second", LATER)));
      api.server.setDispatcher(script);
      List<LoginQr> shown = new CopyOnWriteArrayList<>();
      long started = System.nanoTime();
      assertThatThrownBy(() -> wawp.instance(LocalApi.INSTANCE).awaitLogin(Duration.ofMillis(1500), shown::add))
          .isInstanceOfSatisfying(LifecycleTimeoutException.class, e -> {
            assertThat(e.lastStatus()).isEqualTo(SessionStatus.SCAN_QR_CODE);
            assertThat(e).hasMessageContaining("WORKING").hasMessageContaining("it is SCAN_QR_CODE");
          });
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
      assertThat(shown).extracting(LoginQr::value).containsExactly("2@first", "2@second");
      assertThat(shown.get(0).expiry()).isEqualTo(Instant.ofEpochMilli(soon.toEpochMilli()));
      assertThat(script.infoReads.get()).isEqualTo(3); // at 0, just after the first QR's expiry, at the timeout
    }
  }

  @Test
  void aSessionAlreadyWorkingReturnsAtOnceWithoutACallBack() throws Exception {
    try (LocalApi api = new LocalApi(); WawpClient wawp = api.client()) {
      Script script = new Script().then("WORKING", null);
      api.server.setDispatcher(script);
      List<Object> calls = new ArrayList<>();
      WawpInstance session = wawp.instance(LocalApi.INSTANCE);
      assertThat(session.awaitLogin(Duration.ofSeconds(5), calls::add).getStatus()).isEqualTo(SessionStatus.WORKING);
      assertThat(session.awaitLogin(Duration.ofSeconds(5), "15551234567", calls::add).getStatus()).isEqualTo(SessionStatus.WORKING);
      assertThat(calls).isEmpty();
      assertThat(script.otherPaths).isEmpty();
      assertThat(api.requests()).isEqualTo(2);
    }
  }

  @Test
  void failsFastOnFailed() throws Exception {
    try (LocalApi api = new LocalApi(); WawpClient wawp = api.client()) {
      Script script = new Script().then("SCAN_QR_CODE", "A").then("FAILED", null).then("WORKING", null);
      script.other.set(line -> json(200, rawQr("2@" + line[1], LATER)));
      api.server.setDispatcher(script);
      List<LoginQr> shown = new ArrayList<>();
      assertThatThrownBy(() -> wawp.instance(LocalApi.INSTANCE).awaitLogin(Duration.ofSeconds(5), shown::add))
          .isInstanceOf(SessionFailedException.class)
          .hasMessageContaining("FAILED");
      assertThat(shown).hasSize(1);
      assertThat(script.infoReads.get()).isEqualTo(2);
    }
  }

  @Test
  void failsFastWhenTheSessionIsGone() throws Exception {
    try (LocalApi api = new LocalApi(); WawpClient wawp = api.client()) {
      Script script = new Script().then("STARTING", null).then("404", null).then("WORKING", null);
      api.server.setDispatcher(script);
      assertThatThrownBy(() -> wawp.instance(LocalApi.INSTANCE).awaitLogin(Duration.ofSeconds(5), qr -> {}))
          .isInstanceOf(NotFoundException.class);
      assertThat(script.infoReads.get()).isEqualTo(2);

      // gone between the info read and the QR read: the QR's 404 ends the wait too
      Script gone = new Script().then("SCAN_QR_CODE", "A").then("WORKING", null);
      gone.other.set(line -> json(404, "{\"code\":\"invalid_instance\",\"message\":\"Instance not found.\"}"));
      api.server.setDispatcher(gone);
      assertThatThrownBy(() -> wawp.instance(LocalApi.INSTANCE).awaitLogin(Duration.ofSeconds(5), qr -> {}))
          .isInstanceOf(NotFoundException.class)
          .hasMessageStartingWith("getQr: HTTP 404");
      assertThat(gone.infoReads.get()).isEqualTo(1);
    }
  }

  /** The person scanned between the info read and the QR read: the refusal is waited through. */
  @Test
  void aWrongStatusBetweenTwoReadsIsWaitedThrough() throws Exception {
    try (LocalApi api = new LocalApi(); WawpClient wawp = api.client()) {
      Script script = new Script().then("SCAN_QR_CODE", "A").then("WORKING", null);
      script.other.set(line -> json(422, WRONG_STATUS));
      api.server.setDispatcher(script);
      List<LoginQr> shown = new ArrayList<>();
      assertThat(wawp.instance(LocalApi.INSTANCE).awaitLogin(Duration.ofSeconds(5), shown::add).getStatus())
          .isEqualTo(SessionStatus.WORKING);
      assertThat(shown).isEmpty();
    }
  }

  @Test
  void whatTheCallBackThrowsEndsTheWait() throws Exception {
    try (LocalApi api = new LocalApi(); WawpClient wawp = api.client()) {
      Script script = new Script().then("SCAN_QR_CODE", "A");
      script.other.set(line -> json(200, rawQr("2@A", LATER)));
      api.server.setDispatcher(script);
      assertThatThrownBy(() -> wawp.instance(LocalApi.INSTANCE).awaitLogin(Duration.ofSeconds(5), qr -> {
        throw new IllegalStateException("the window was closed");
      })).isInstanceOf(IllegalStateException.class).hasMessage("the window was closed");
      assertThat(script.infoReads.get()).isEqualTo(1);
    }
  }

  @Test
  void thePairingCodeIsAskedOnceScanQrCodeIsReachedAndCalledBackOncePerCode() throws Exception {
    try (LocalApi api = new LocalApi(); WawpClient wawp = api.client()) {
      AtomicInteger infoReads = new AtomicInteger();
      AtomicInteger scanReads = new AtomicInteger();
      AtomicInteger asked = new AtomicInteger();
      List<String> paths = new CopyOnWriteArrayList<>();
      AtomicReference<Long> scanSince = new AtomicReference<>();
      api.server.setDispatcher(new Dispatcher() {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
          if (!request.getPath().startsWith("/v2/session/info")) {
            paths.add(request.getPath());
            // the same code while it is valid (two asks), then a new one: the first expired
            return json(200, asked.incrementAndGet() <= 2 ? "{\"code\":\"ABCD-1234\"}" : "{\"code\":\"EFGH-5678\"}");
          }
          if (infoReads.incrementAndGet() <= 2) {
            return json(200, info("STARTING", null));
          }
          // SCAN_QR_CODE for a second, then the person has typed the code
          scanSince.compareAndSet(null, System.nanoTime());
          if (System.nanoTime() - scanSince.get() < Duration.ofSeconds(1).toNanos()) {
            scanReads.incrementAndGet();
            return json(200, info("SCAN_QR_CODE", null));
          }
          return json(200, info("WORKING", null));
        }
      });
      List<String> codes = new ArrayList<>();
      SessionInfo working = wawp.instance(LocalApi.INSTANCE)
          .awaitLogin(Duration.ofSeconds(5), "15551234567", codes::add, Duration.ofMillis(200));
      assertThat(working.getStatus()).isEqualTo(SessionStatus.WORKING);
      assertThat(codes).containsExactly("ABCD-1234", "EFGH-5678");
      // asked when SCAN_QR_CODE began and again every recheck (200 ms in a second), not on every poll
      assertThat(asked.get()).isBetween(3, 7).isLessThan(scanReads.get());
      assertThat(paths).allSatisfy(p -> assertThat(p).startsWith("/v2/auth/request-code?").contains("phone_number=15551234567"));
    }
  }

  @Test
  void thePairingCodeWaitFailsFastAndTimesOutLikeTheQrWait() throws Exception {
    try (LocalApi api = new LocalApi(); WawpClient wawp = api.client()) {
      Script failing = new Script().then("SCAN_QR_CODE", null).then("FAILED", null);
      failing.other.set(line -> json(200, "{\"code\":\"ABCD-1234\"}"));
      api.server.setDispatcher(failing);
      WawpInstance session = wawp.instance(LocalApi.INSTANCE);
      assertThatThrownBy(() -> session.awaitLogin(Duration.ofSeconds(5), "15551234567", code -> {}))
          .isInstanceOf(SessionFailedException.class);

      api.server.setDispatcher(new Script().then("404", null));
      assertThatThrownBy(() -> session.awaitLogin(Duration.ofSeconds(5), "15551234567", code -> {}))
          .isInstanceOf(NotFoundException.class);

      api.server.setDispatcher(new Script().then("STARTING", null));
      assertThatThrownBy(() -> session.awaitLogin(Duration.ofMillis(200), "15551234567", code -> {}))
          .isInstanceOfSatisfying(LifecycleTimeoutException.class,
              e -> assertThat(e.lastStatus()).isEqualTo(SessionStatus.STARTING));
    }
  }
}
