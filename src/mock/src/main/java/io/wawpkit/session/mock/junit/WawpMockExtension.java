package io.wawpkit.session.mock.junit;

import io.wawpkit.session.mock.WawpMock;
import io.wawpkit.session.mock.control.MockControl;
import io.wawpkit.session.mock.internal.state.DemoAccounts;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs a Wawp mock on a free 127.0.0.1 port for a test class:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final WawpMockExtension WAWP = WawpMockExtension.fast();
 *
 * @Test
 * void reachesWorking() {
 *   var client = myClient(WAWP.baseUrl(), WAWP.paidToken());
 *   ...
 *   WAWP.control().scan(instanceId);
 * }
 * }</pre>
 *
 * <p>In a static field the mock lives for the whole class; in an instance field, for each test.
 * Test methods may also declare a {@link WawpMock} or {@link MockControl} parameter.
 */
public final class WawpMockExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {
  private final WawpMock.Builder builder;
  private boolean resetEachTest;
  private WawpMock mock;
  private boolean startedPerTest;

  private WawpMockExtension(WawpMock.Builder builder) {
    this.builder = builder;
  }

  /** A mock with the real timings (STARTING lasts 2 s, nobody scans). */
  public static WawpMockExtension create() {
    return new WawpMockExtension(WawpMock.builder());
  }

  /** A mock with test timings: STARTING lasts 50 ms, a simulated person scans after 100 ms. */
  public static WawpMockExtension fast() {
    return with(b -> b.startingDuration(Duration.ofMillis(50)).autoScanAfter(Duration.ofMillis(100))
        .webhookRetryDelay(Duration.ofMillis(50)));
  }

  /** A mock configured by the given code. */
  public static WawpMockExtension with(Consumer<WawpMock.Builder> configure) {
    WawpMock.Builder b = WawpMock.builder();
    configure.accept(b);
    return new WawpMockExtension(b);
  }

  /** Forgets every session, fault and plan change before each test. */
  public WawpMockExtension resetEachTest() {
    this.resetEachTest = true;
    return this;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    if (mock == null) {
      mock = builder.start();
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (mock == null) {
      mock = builder.start();
      startedPerTest = true;
    } else if (resetEachTest) {
      mock.control().reset();
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (startedPerTest) {
      stop();
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    stop();
  }

  private void stop() {
    if (mock != null) {
      mock.close();
      mock = null;
      startedPerTest = false;
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == WawpMock.class || type == MockControl.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == WawpMock.class ? mock() : control();
  }

  /** The running mock. */
  public WawpMock mock() {
    if (mock == null) {
      throw new IllegalStateException("the mock runs only while a test of the class runs");
    }
    return mock;
  }

  /** The v2 base URL, such as {@code http://127.0.0.1:54321/v2}. */
  public String baseUrl() {
    return mock().baseUrl();
  }

  /** The v1 base URL, such as {@code http://127.0.0.1:54321/wp-json/awp/v1} (null when turned off). */
  public String v1BaseUrl() {
    return mock().v1BaseUrl();
  }

  /** The control methods (scan, fail, plans, faults, reset...). */
  public MockControl control() {
    return mock().control();
  }

  /** The token of an account. */
  public String token(String accountId) {
    return mock().token(accountId);
  }

  /** The token of the paid demo account. */
  public String paidToken() {
    return token(DemoAccounts.PAID);
  }

  /** The token of the free demo account. */
  public String freeToken() {
    return token(DemoAccounts.FREE);
  }
}
