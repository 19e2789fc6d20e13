package io.wawpkit.session.client;

import io.wawpkit.session.client.auth.CredentialForm;
import io.wawpkit.session.client.lifecycle.StatusPolling;
import io.wawpkit.session.client.retry.RetryPolicy;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/** A scripted HTTP server on 127.0.0.1 and a client pointed at it, for one test. */
final class LocalApi implements AutoCloseable {
  static final String TOKEN = "tok_live_9f86d081884c7d659a2feaa0c55ad015";
  static final String INSTANCE = "3EB0BCB2E3D4";
  static final String INFO_WORKING =
      "{\"name\":\"wawp-84729105\",\"status\":\"WORKING\",\"config\":{\"webhooks\":{},\"proxy\":null},"
          + "\"me\":{\"id\":\"201012345678@c.us\",\"pushName\":\"John Doe\"}}";

  final MockWebServer server = new MockWebServer();
  final List<String> log = new CopyOnWriteArrayList<>();

  LocalApi() throws IOException {
    server.start(java.net.InetAddress.getLoopbackAddress(), 0);
  }

  String baseUrl() {
    return server.url("/v2").toString();
  }

  WawpClient.Builder clientBuilder() {
    return WawpClient.builder()
        .baseUrl(baseUrl())
        .accessToken(TOKEN)
        .connectTimeout(Duration.ofSeconds(2))
        .readTimeout(Duration.ofSeconds(2))
        .retryPolicy(RetryPolicy.builder().backoff(Duration.ofMillis(10), Duration.ofMillis(50)).build())
        .polling(StatusPolling.of(Duration.ofMillis(5), Duration.ofMillis(20)))
        .logger(log::add, HttpLogLevel.FULL);
  }

  WawpClient client() {
    return clientBuilder().build();
  }

  WawpClient client(CredentialForm form) {
    return clientBuilder().credentialForm(form).build();
  }

  LocalApi json(int status, String body) {
    server.enqueue(new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body));
    return this;
  }

  LocalApi respond(MockResponse response) {
    server.enqueue(response);
    return this;
  }

  RecordedRequest take() throws InterruptedException {
    RecordedRequest r = server.takeRequest(2, TimeUnit.SECONDS);
    if (r == null) {
      throw new AssertionError("no request reached the server");
    }
    return r;
  }

  int requests() {
    return server.getRequestCount();
  }

  @Override
  public void close() throws IOException {
    server.shutdown();
  }
}
