package io.wawpkit.session.common;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one way the command lines read a duration: a whole number and a unit ({@code 250ms},
 * {@code 30s}, {@code 2m}, {@code 1h}; a space before the unit is fine: {@code 30 s}), or ISO-8601
 * ({@code PT30S}, {@code PT1M30S}). Never negative.
 */
public final class Durations {
  /** The forms, as a message names them. */
  public static final String FORMS =
      "a whole number with ms, s, m or h (250ms, 30s, 30 s, 2m, 1h), or ISO-8601 such as PT30S";

  private static final Pattern NUMBER_AND_UNIT = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");

  private Durations() {}

  /**
   * The duration a text names.
   *
   * @throws IllegalArgumentException naming the text and the accepted forms when it is none of them
   */
  public static Duration parse(String text) {
    return parse(text, IllegalArgumentException::new);
  }

  /**
   * The duration a text names, or the exception {@code refusal} makes of the message that names the
   * text and the accepted forms (a command line's own type, such as picocli's conversion error).
   */
  public static <E extends RuntimeException> Duration parse(String text, Function<String, E> refusal) {
    String value = text == null ? "" : text.strip();
    Matcher m = NUMBER_AND_UNIT.matcher(value);
    try {
      if (m.matches()) {
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
          case "ms" -> Duration.ofMillis(n);
          case "s" -> Duration.ofSeconds(n);
          case "m" -> Duration.ofMinutes(n);
          default -> Duration.ofHours(n);
        };
      }
      if (value.length() > 1 && (value.charAt(0) == 'P' || value.charAt(0) == 'p')) {
        Duration iso = Duration.parse(value);
        if (!iso.isNegative()) {
          return iso;
        }
      }
    } catch (NumberFormatException | ArithmeticException | DateTimeParseException tooLargeOrMalformed) {
      // said below, with the forms
    }
    throw refusal.apply("'" + text + "' is not a duration such as 30s, 2m or 250ms (" + FORMS + ")");
  }
}
