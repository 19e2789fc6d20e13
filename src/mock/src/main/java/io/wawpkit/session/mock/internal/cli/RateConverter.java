package io.wawpkit.session.mock.internal.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** Reads request rates such as {@code 10/s} or {@code 600/m} as requests per second. */
public final class RateConverter implements CommandLine.ITypeConverter<Double> {
  private static final Pattern FORMAT = Pattern.compile("(\\d+(?:\\.\\d+)?)(?:/(s|m))?");

  @Override
  public Double convert(String value) {
    Matcher m = FORMAT.matcher(value.trim());
    if (!m.matches()) {
      throw new CommandLine.TypeConversionException("'" + value + "' is not a rate (use e.g. 10/s or 600/m)");
    }
    double n = Double.parseDouble(m.group(1));
    return "m".equals(m.group(2)) ? n / 60 : n;
  }
}
