package io.wawpkit.session.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One grammar for every command line's durations. */
class DurationsTest {

  @ParameterizedTest(name = "''{0}''")
  @CsvSource(delimiter = '|', value = {
    "250ms|PT0.25S",
    "30s|PT30S",
    "30 s|PT30S",
    " 2m |PT2M",
    "1h|PT1H",
    "0s|PT0S",
    "500 ms|PT0.5S",
    "PT30S|PT30S",
    "PT1M30S|PT1M30S",
    "pt2m|PT2M",
    "P1D|PT24H",
  })
  void readsEachForm(String text, String iso) {
    assertThat(Durations.parse(text)).isEqualTo(Duration.parse(iso));
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(strings = {"", " ", "soon", "30", "s", "-5s", "1.5s", "30 sec", "30S", "2 m s", "PT-5S", "P", "PT",
      "99999999999999999999s", "9999999999999999h"})
  void refusesTheRestNamingTheForms(String text) {
    assertThatThrownBy(() -> Durations.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'" + text + "' is not a duration such as 30s, 2m or 250ms (" + Durations.FORMS + ")");
  }

  @Test
  void refusesNull() {
    assertThatThrownBy(() -> Durations.parse(null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("'null' is not a duration");
  }
}
