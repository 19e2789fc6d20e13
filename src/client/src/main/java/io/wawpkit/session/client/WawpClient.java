package io.wawpkit.session.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Feign;
import feign.Request;
import feign.Retryer;
import feign.hc5.ApacheHttp5Client;
import feign.jackson.JacksonEncoder;
import io.wawpkit.session.client.auth.CredentialForm;
import io.wawpkit.session.client.internal.CredentialsInterceptor;
import io.wawpkit.session.client.internal.RedactingLogger;
import io.wawpkit.session.client.internal.SafeRetries;
import io.wawpkit.session.client.internal.WawpErrorDecoder;
import io.wawpkit.session.client.internal.WawpJson;
import io.wawpkit.session.client.lifecycle.StatusPolling;
import io.wawpkit.session.client.retry.RetryPolicy;
import io.wawpkit.session.common.Redactor;
import io.wawpkit.session.generated.ApiResponseDecoder;
import io.wawpkit.session.generated.api.LifecycleApi;
import io.wawpkit.session.generated.model.CreateSessionResult;
import io.wawpkit.session.generated.model.SessionStatus;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point of the Wawp session API: create sessions, and reach every operation of one
 * session through {@link #instance(String)}. Thread-safe; close it when done.
 *
 * <pre>{@code
 * try (WawpClient wawp = WawpClient.builder().accessToken(token).build()) {
 *   WawpInstance session = wawp.instance("3EB0BCB2E3D4");
 *   SessionInfo info = session.info();
 * }
 * }</pre>
 */
public final class WawpClient implements AutoCloseable {
  /** The v2 server, the default base URL. */
  public static final String V2 = "https://api.wawp.net/v2";

  /** The legacy v1 server (WordPress REST namespace). */
  public static final String V1 = "https://wawp.net/wp-json/awp/v1";

  /** Connections kept open to the API host; as many calls can be under way at once. */
  private static final int MAX_CONNECTIONS = 64;

  private static final Logger HTTP_LOG = LoggerFactory.getLogger("io.wawpkit.session.client.http");

  private final URI baseUrl;
  private final String accessToken;
  private final CredentialForm credentialForm;
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final HttpLogLevel logLevel;
  private final Consumer<String> logSink;
  private final BooleanSupplier logEnabled;
  private final StatusPolling polling;
  private final ObjectMapper json;
  private final Redactor redactor;
  private final CloseableHttpClient http;
  private final GuardedApis guard;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final ApiVersion apiVersion;
  private final SessionCreation creation;

  private WawpClient(Builder b) {
    this.baseUrl = b.baseUrl;
    this.accessToken = b.accessToken;
    this.credentialForm = b.credentialForm;
    this.connectTimeout = b.connectTimeout;
    this.readTimeout = b.readTimeout;
    this.logLevel = b.logLevel;
    this.logSink = b.logSink;
    this.logEnabled = b.logEnabled;
    this.polling = b.polling;
    this.json = WawpJson.mapper();
    this.redactor = Redactor.masking(accessToken);
    this.http = HttpClients.custom()
        .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
            .setMaxConnPerRoute(MAX_CONNECTIONS)
            .setMaxConnTotal(MAX_CONNECTIONS)
            .build())
        // Retries are the client's own, by the spec's safe-to-repeat marks: HttpClient 5 would
        // otherwise repeat 429/503 and idempotent methods by itself (GET start among them).
        .disableAutomaticRetries()
        .disableRedirectHandling()
        .disableCookieManagement()
        .build();
    this.guard = new GuardedApis(new SafeRetries(b.retryPolicy), redactor, baseUrl, this::ensureOpen);
    this.apiVersion = b.apiVersion != null ? b.apiVersion : ApiVersion.of(baseUrl);
    this.creation = new SessionCreation(api(LifecycleApi.class, null), apiVersion);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Creates a session (instance) and answers its id in {@code getInstanceId()} on either version.
   * On v2 it is STOPPED: start it next, or use {@link #createAndStart(Duration)}. On v1 it is the
   * documented {@code createSession}, with a made-up name, and the session is already STARTING.
   * Never retried automatically (a retry could create two).
   */
  public CreateSessionResult create() {
    ensureOpen();
    return creation.create();
  }

  /**
   * Creates a session with a name of the caller's (v1's documented create takes one).
   *
   * @throws UnsupportedOperationException on v2, whose create takes no name
   */
  public CreateSessionResult create(String name) {
    ensureOpen();
    return creation.create(name);
  }

  /**
   * Creates a session, starts it unless create already did (v1 answers STARTING), and waits until
   * it shows a QR or is WORKING.
   */
  public StartedSession createAndStart(Duration timeout) {
    CreateSessionResult created = create();
    WawpInstance session = instance(created.getInstanceId());
    if (created.getStatus() == null || created.getStatus() == SessionStatus.STOPPED) {
      session.start();
    }
    return new StartedSession(session, session.awaitRunning(timeout));
  }

  /** The handle of one session; cheap to keep, safe to share between threads. */
  public WawpInstance instance(String instanceId) {
    ensureOpen();
    if (instanceId == null || instanceId.isBlank()) {
      throw new IllegalArgumentException("an instance id is required");
    }
    return new WawpInstance(this, instanceId);
  }

  /** A generated interface with this client's credentials for one instance (null for create), guarded. */
  <T> T api(Class<T> type, String instanceId) {
    T target = Feign.builder()
        .client(new ApacheHttp5Client(http))
        .encoder(new JacksonEncoder(json))
        .decoder(new ApiResponseDecoder(json))
        .errorDecoder(new WawpErrorDecoder(json, redactor))
        .retryer(Retryer.NEVER_RETRY)
        .logger(new RedactingLogger(redactor, logSink, logEnabled))
        .logLevel(logLevel.feignLevel)
        .options(new Request.Options(
            connectTimeout.toMillis(), TimeUnit.MILLISECONDS, readTimeout.toMillis(), TimeUnit.MILLISECONDS, false))
        .requestInterceptor(new CredentialsInterceptor(accessToken, instanceId, credentialForm))
        .target(type, baseUrl.toString());
    return guard.guard(type, target);
  }

  StatusPolling polling() {
    return polling;
  }

  ObjectMapper json() {
    return json;
  }

  void ensureOpen() {
    if (closed.get()) {
      throw new IllegalStateException("this WawpClient is closed");
    }
  }

  public URI baseUrl() {
    return baseUrl;
  }

  public CredentialForm credentialForm() {
    return credentialForm;
  }

  /** The API version: set on the builder, or read from the base URL ({@link ApiVersion#of}). */
  public ApiVersion apiVersion() {
    return apiVersion;
  }

  /** Closes the client: later calls fail. In-flight calls finish. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      http.close(CloseMode.GRACEFUL); // frees the pooled connections
    }
  }

  @Override
  public String toString() {
    return "WawpClient{baseUrl=" + baseUrl + ", apiVersion=" + apiVersion + ", credentialForm=" + credentialForm + ", accessToken=****}";
  }

  /** Builds a {@link WawpClient}; only the access token is required. */
  public static final class Builder {
    private URI baseUrl = URI.create(V2);
    private String accessToken;
    private CredentialForm credentialForm = CredentialForm.QUERY;
    private ApiVersion apiVersion;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(30);
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private HttpLogLevel logLevel = HttpLogLevel.BASIC;
    private Consumer<String> logSink = HTTP_LOG::debug;
    // The default sink formats nothing while its logger is below debug: that costs a call ~0.1 ms.
    private BooleanSupplier logEnabled = HTTP_LOG::isDebugEnabled;
    private StatusPolling polling = StatusPolling.defaults();

    private Builder() {}

    /** The API's base URL with its version prefix ({@link #V2} by default, {@link #V1}, or a mock's). */
    public Builder baseUrl(String baseUrl) {
      Objects.requireNonNull(baseUrl, "baseUrl");
      URI uri;
      try {
        uri = URI.create(baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("not a URL: " + baseUrl);
      }
      if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
          || uri.getHost() == null) {
        throw new IllegalArgumentException("the base URL must be an http or https URL, was: " + baseUrl);
      }
      if (uri.getRawQuery() != null) {
        throw new IllegalArgumentException("the base URL must not carry a query (credentials go in the builder)");
      }
      this.baseUrl = uri;
      return this;
    }

    /**
     * The API version, when the base URL does not tell it: by default a base URL ending in
     * {@code /v1} (as {@link #V1} does) is v1 and any other v2. It decides which create is sent.
     */
    public Builder apiVersion(ApiVersion apiVersion) {
      this.apiVersion = Objects.requireNonNull(apiVersion, "apiVersion");
      return this;
    }

    /** The account's API token (required). Never logged. */
    public Builder accessToken(String accessToken) {
      this.accessToken = accessToken;
      return this;
    }

    /** Query parameters (default, as the docs show) or headers (keeps the token out of URLs). */
    public Builder credentialForm(CredentialForm credentialForm) {
      this.credentialForm = Objects.requireNonNull(credentialForm, "credentialForm");
      return this;
    }

    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = positive(connectTimeout, "connectTimeout");
      return this;
    }

    public Builder readTimeout(Duration readTimeout) {
      this.readTimeout = positive(readTimeout, "readTimeout");
      return this;
    }

    /** Retries for the operations the spec marks safe to repeat ({@link RetryPolicy#defaults()}). */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
      return this;
    }

    /** Where HTTP log lines go (SLF4J logger {@code io.wawpkit.session.client.http} at debug by default). */
    public Builder logger(Consumer<String> sink, HttpLogLevel level) {
      this.logSink = Objects.requireNonNull(sink, "sink");
      this.logLevel = Objects.requireNonNull(level, "level");
      this.logEnabled = () -> true;
      return this;
    }

    /** How the lifecycle helpers poll session info while waiting. */
    public Builder polling(StatusPolling polling) {
      this.polling = Objects.requireNonNull(polling, "polling");
      return this;
    }

    public WawpClient build() {
      if (accessToken == null || accessToken.isBlank()) {
        throw new IllegalStateException("an access token is required: WawpClient.builder().accessToken(...)");
      }
      if (accessToken.chars().anyMatch(Character::isWhitespace)) {
        throw new IllegalStateException("the access token contains white space; check how it was read");
      }
      return new WawpClient(this);
    }

    private static Duration positive(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, was " + d);
      }
      return d;
    }
  }
}
