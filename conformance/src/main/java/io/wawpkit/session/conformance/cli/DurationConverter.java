package io.wawpkit.session.conformance.cli;

import io.wawpkit.session.common.Durations;
import java.time.Duration;
import picocli.CommandLine;

/** {@code --await-scan}, {@code --transition-timeout}, {@code --max-time} and {@code --request-timeout}: 30s, 30 s, 2m, PT30S, ... ({@link Durations}). */
final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
  @Override
  public Duration convert(String value) {
    return Durations.parse(value, CommandLine.TypeConversionException::new);
  }
}
