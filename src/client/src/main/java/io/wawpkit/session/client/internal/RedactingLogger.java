package io.wawpkit.session.client.internal;

import io.wawpkit.session.common.Redactor;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Feign's request/response logger with every line passed through a {@link Redactor} before it
 * reaches the sink: Feign prints URLs (with the query token), headers (with the bearer token) and
 * bodies (where v1 echoes the token back).
 */
public final class RedactingLogger extends feign.Logger {
  private final Redactor redactor;
  private final Consumer<String> sink;
  private final BooleanSupplier enabled;

  /** Lines are formatted and redacted only while {@code enabled} says the sink keeps them. */
  public RedactingLogger(Redactor redactor, Consumer<String> sink, BooleanSupplier enabled) {
    this.redactor = redactor;
    this.sink = sink;
    this.enabled = enabled;
  }

  @Override
  protected void log(String configKey, String format, Object... args) {
    if (!enabled.getAsBoolean()) {
      return;
    }
    sink.accept(redactor.redact(methodTag(configKey) + String.format(format, args)));
  }
}
