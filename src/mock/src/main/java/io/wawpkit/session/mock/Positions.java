package io.wawpkit.session.mock;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which side the mock takes where Wawp's docs are silent or contradict themselves. {@link #STRICT}
 * (the default) holds the spec's positions; {@link #LENIENT} takes the other defensible side at
 * every one of the {@link Departure}s, so that a conformance tool can be shown to fail an API only
 * where it breaks the docs, and merely warn where it departs from a position.
 */
public enum Positions {
  /** The spec's positions everywhere. */
  STRICT(EnumSet.noneOf(Departure.class)),
  /** The other defensible side at every departure. */
  LENIENT(EnumSet.allOf(Departure.class));

  private final Set<Departure> departures;

  Positions(Set<Departure> departures) {
    this.departures = departures;
  }

  /** Whether this side departs from that position of the spec. */
  public boolean departsFrom(Departure departure) {
    return departures.contains(departure);
  }

  /** The departures this side takes (none for {@link #STRICT}). */
  public Set<Departure> departures() {
    return departures.isEmpty() ? EnumSet.noneOf(Departure.class) : EnumSet.copyOf(departures);
  }

  /** A position of the spec, and what the lenient mock does instead. */
  public enum Departure {
    CREDENTIALS_IN_A_BODY(
        "credentials in a body are not credentials (the spec's position 1)",
        "reads access_token and instance_id from a JSON or form body too: some parameter tables list them as body fields"),
    FORM_BODY_PARAMETERS(
        "policy_slug and webhooks travel in the query string or a JSON body (position 10)",
        "reads them from a form body too, as a WordPress REST server does"),
    THE_BODY_WINS(
        "the query string wins over a body (position 11)",
        "a body wins over the query string: WordPress REST reads a JSON body, then a form body, then the query"),
    EMPTY_LIST_AS_OBJECT(
        "the mock prints an empty webhook list as []",
        "prints it as {}, as Wawp's own examples print config.webhooks (a PHP empty array)"),
    ENGINE_AS_EMPTY_ARRAY(
        "the mock prints engine as WAHA's object",
        "prints [] while the session is not running (a PHP empty array, as the v1 answers print it)"),
    EXTRA_FIELDS(
        "answers carry the fields the schemas name",
        "session info also carries server_name (the docs tell clients to store it)"),
    UNSTATED_CONSTRAINTS(
        "requests must meet the lengths, patterns, ranges, formats and list sizes the spec sets where the docs state none",
        "does not enforce them: only types, required members and documented values are checked"),
    UNDOCUMENTED_METHOD_AS_404(
        "an undocumented method on a documented path answers 405 with Allow",
        "answers 404 rest_no_route, as WordPress REST answers a method no route serves");

    private final String position;
    private final String instead;

    Departure(String position, String instead) {
      this.position = position;
      this.instead = instead;
    }

    /** The spec's position departed from. */
    public String position() {
      return position;
    }

    /** What the lenient mock does instead. */
    public String instead() {
      return instead;
    }
  }
}
