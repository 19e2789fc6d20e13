package io.wawpkit.session.mock.internal.cli;

import io.wawpkit.session.common.Durations;
import java.time.Duration;
import picocli.CommandLine;

/** The mock's options read durations by the toolkit's one grammar ({@link Durations}). */
public final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
  @Override
  public Duration convert(String value) {
    return Durations.parse(value, CommandLine.TypeConversionException::new);
  }
}
