package io.wawpkit.session.conformance.cli;

import io.wawpkit.session.mock.Positions;
import java.util.Locale;
import picocli.CommandLine;

/** Reads strict or lenient: the side the embedded mock takes where the docs are silent. */
final class PositionsConverter implements CommandLine.ITypeConverter<Positions> {
  @Override
  public Positions convert(String value) {
    try {
      return Positions.valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.TypeConversionException("'" + value + "' is not a side: strict or lenient");
    }
  }
}
