package io.wawpkit.session.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Client;
import feign.Feign;
import feign.Retryer;
import feign.hc5.ApacheHttp5Client;
import feign.http2client.Http2Client;
import feign.okhttp.OkHttpClient;
import feign.jackson.JacksonEncoder;
import io.wawpkit.session.client.HttpLogLevel;
import io.wawpkit.session.client.WawpClient;
import io.wawpkit.session.client.WawpInstance;
import io.wawpkit.session.generated.ApiResponseDecoder;
import io.wawpkit.session.generated.api.InfoApi;
import io.wawpkit.session.generated.model.SessionInfo;
import io.wawpkit.session.generated.model.SessionStatus;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One call, several ways, against the same local server answering the documented info body (the
 * bare JDK server in its own process, so the allocation figures are the caller's alone):
 * raw {@code java.net.http.HttpClient} + one shared ObjectMapper, the full client (default
 * settings, and with HTTP logging off), and bare Feign over each transport it offers: feign-hc5
 * (the client's), feign-okhttp, feign-java11 (the JDK HttpClient) and feign-core's HttpURLConnection.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ClientCallBenchmark {
  static final String URL_PROPERTY = "bench.url";
  private static final String TOKEN = Launch.PAID_TOKEN;
  private static final String ID = Launch.DOC_INSTANCE;

  private String base;
  private HttpClient raw;
  private ObjectMapper mapper;
  private WawpClient client;
  private WawpInstance instance;
  private WawpClient quietClient;
  private WawpInstance quietInstance;
  private InfoApi feignHc5;
  private InfoApi feignOkHttp;
  private InfoApi feignJava11;
  private InfoApi feignUrlConnection;

  @Setup
  public void setup() {
    base = System.getProperty(URL_PROPERTY);
    if (base == null) {
      throw new IllegalStateException("-D" + URL_PROPERTY + "=http://127.0.0.1:PORT/v2 is required");
    }
    // As a careful user would write it: one HttpClient, one ObjectMapper, unknown fields tolerated.
    raw = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    client = WawpClient.builder().baseUrl(base).accessToken(TOKEN).build();
    instance = client.instance(ID);
    quietClient = WawpClient.builder().baseUrl(base).accessToken(TOKEN).logger(line -> { }, HttpLogLevel.NONE).build();
    quietInstance = quietClient.instance(ID);
    feignHc5 = bareFeign(new ApacheHttp5Client());
    feignOkHttp = bareFeign(new OkHttpClient());
    feignJava11 = bareFeign(new Http2Client(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()));
    feignUrlConnection = bareFeign(new Client.Default(null, null));
    // Every way must read the same thing, or the comparison means nothing.
    for (SessionInfo info : new SessionInfo[] {rawInfo(), clientInfo(), clientInfoLogOff(), feignHc5Info(), feignOkHttpInfo(), feignJava11Info(),
        feignUrlConnectionInfo(), rawStart(), clientStart()}) {
      if (info.getStatus() != SessionStatus.WORKING || info.getMe() == null) {
        throw new IllegalStateException("unexpected answer: " + info);
      }
    }
  }

  /** The generated interface over Feign alone: the raw way's ObjectMapper, the credentials in the query. */
  private InfoApi bareFeign(Client transport) {
    return Feign.builder()
        .client(transport)
        .encoder(new JacksonEncoder(mapper))
        .decoder(new ApiResponseDecoder(mapper))
        .retryer(Retryer.NEVER_RETRY)
        .requestInterceptor(template -> template.query("access_token", TOKEN).query("instance_id", ID))
        .target(InfoApi.class, base);
  }

  @Benchmark
  public SessionInfo rawInfo() {
    return rawCall(HttpRequest.newBuilder(URI.create(base + "/session/info?access_token=" + TOKEN + "&instance_id=" + ID))
        .header("Accept", "application/json").GET().build());
  }

  @Benchmark
  public SessionInfo rawStart() {
    return rawCall(HttpRequest.newBuilder(URI.create(base + "/session/start?access_token=" + TOKEN + "&instance_id=" + ID))
        .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.noBody()).build());
  }

  @Benchmark
  public SessionInfo clientInfo() {
    return instance.info();
  }

  @Benchmark
  public SessionInfo clientStart() {
    return instance.start();
  }

  @Benchmark
  public SessionInfo clientInfoLogOff() {
    return quietInstance.info();
  }

  @Benchmark
  public SessionInfo feignHc5Info() {
    return feignHc5.getSessionInfo();
  }

  @Benchmark
  public SessionInfo feignOkHttpInfo() {
    return feignOkHttp.getSessionInfo();
  }

  @Benchmark
  public SessionInfo feignJava11Info() {
    return feignJava11.getSessionInfo();
  }

  @Benchmark
  public SessionInfo feignUrlConnectionInfo() {
    return feignUrlConnection.getSessionInfo();
  }

  private SessionInfo rawCall(HttpRequest request) {
    try {
      HttpResponse<byte[]> r = raw.send(request, HttpResponse.BodyHandlers.ofByteArray());
      if (r.statusCode() != 200) {
        throw new IllegalStateException("HTTP " + r.statusCode());
      }
      return mapper.readValue(r.body(), SessionInfo.class);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
