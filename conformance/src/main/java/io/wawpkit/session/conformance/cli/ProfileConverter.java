package io.wawpkit.session.conformance.cli;

import io.wawpkit.session.conformance.engine.Profile;
import java.util.Locale;
import picocli.CommandLine;

/** Reads shape, lifecycle or all. */
final class ProfileConverter implements CommandLine.ITypeConverter<Profile> {
  @Override
  public Profile convert(String value) {
    try {
      return Profile.valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.TypeConversionException("'" + value + "' is not a profile: shape, lifecycle or all");
    }
  }
}
