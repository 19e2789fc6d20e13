package io.wawpkit.session.mock;

import io.wawpkit.session.spec.Basis;
import java.util.EnumSet;
import java.util.List;
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

  /** The positions of the spec this side departs from (the departures whose basis is a position). */
  public List<Departure> positionsDepartedFrom() {
    return departures.stream().filter(d -> d.basis() == Basis.POSITION).toList();
  }

  /**
   * Where the lenient mock answers differently from the default one, and on what basis the default
   * one does what it does: a {@link Basis#POSITION} of the spec (the lenient side departs from it),
   * a {@link Basis#DOCUMENTED} form when the docs print both (the default mock shows one, the
   * lenient one the other), or {@link Basis#TOLERATED} drift the docs allow.
   */
  public enum Departure {
    CREDENTIALS_IN_A_BODY(Basis.POSITION,
        "credentials in a body are not credentials (the spec's position 1)",
        "reads access_token and instance_id from a JSON or form body too: some parameter tables list them as body fields"),
    FORM_BODY_PARAMETERS(Basis.POSITION,
        "policy_slug and webhooks travel in the query string or a JSON body (position 10)",
        "reads them from a form body too, as a WordPress REST server does"),
    THE_BODY_WINS(Basis.POSITION,
        "the query string wins over a body (position 11)",
        "a body wins over the query string: WordPress REST reads a JSON body, then a form body, then the query"),
    EMPTY_LIST_AS_OBJECT(Basis.DOCUMENTED,
        "the mock prints an empty webhook list as []",
        "prints it as {}, as Wawp's own examples print config.webhooks (a PHP empty array)"),
    ENGINE_AS_EMPTY_ARRAY(Basis.DOCUMENTED,
        "the mock prints engine as WAHA's object",
        "prints [] while the session is not running (a PHP empty array, as the v1 answers print it)"),
    EXTRA_FIELDS(Basis.TOLERATED,
        "answers carry the fields the schemas name",
        "session info also carries server_name (the docs tell clients to store it)"),
    UNSTATED_CONSTRAINTS(Basis.POSITION,
        "requests must meet the lengths, patterns, ranges, formats and list sizes the spec sets where the docs state none",
        "does not enforce them: only types, required members and documented values are checked"),
    UNDOCUMENTED_METHOD_AS_404(Basis.POSITION,
        "an undocumented method on a documented path answers 405 with Allow",
        "answers 404 rest_no_route, as WordPress REST answers a method no route serves");

    private final Basis basis;
    private final String position;
    private final String instead;

    Departure(Basis basis, String position, String instead) {
      this.basis = basis;
      this.position = position;
      this.instead = instead;
    }

    /** The basis of what the default mock does here (see the enum's description). */
    public Basis basis() {
      return basis;
    }

    /** What the default mock does (the spec's position, or the form it shows). */
    public String position() {
      return position;
    }

    /** What the lenient mock does instead. */
    public String instead() {
      return instead;
    }
  }
}
