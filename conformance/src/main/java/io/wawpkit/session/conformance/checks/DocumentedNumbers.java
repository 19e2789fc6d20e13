package io.wawpkit.session.conformance.checks;

import io.wawpkit.session.conformance.engine.Answer;
import io.wawpkit.session.conformance.engine.Context;
import io.wawpkit.session.spec.Evidence;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The numbers the docs state, held to what the API answers: a new temporary link is "valid 30
 * minutes" (documented: the spec's {@code temp-link-lifetime}), so the expiry it answers is about
 * that long after it was made. When it was made is known two ways, neither exact: by this
 * machine's clock (the two machines' clocks may differ) and by the answer's {@code Date} header
 * (whole seconds, and a server may cache it: Undertow's goes stale in a process that has stopped a
 * server); the expiry passes when it is within the tolerance by either. A link that lasts minutes
 * instead of half an hour fails by both. The expiry's field, {@code expires_at}, is the contract's
 * name (a position): an answer without it warns instead of failing, since the lifetime cannot be read.
 */
final class DocumentedNumbers {
  /** The expiry's member in a new link ({@code NewTempLink}): the contract's name. */
  static final String EXPIRY = "expires_at";
  /** How far off the expiry may be from the documented lifetime after either time the link was made. */
  static final Duration TOLERANCE = Duration.ofMinutes(2);

  private DocumentedNumbers() {}

  /** Makes a link and checks that it expires the documented time after it was made. */
  static void tempLinkLifetime(Context ctx, String id, String token) {
    Duration lifetime = ctx.spec().tempLinkLifetime();
    Evidence documented = ctx.rule("temp-link-lifetime");
    Evidence named = ctx.marks().property("/components/schemas/NewTempLink", EXPIRY).orElseThrow();
    String name = "a new temp link expires " + Context.inWords(lifetime) + " after it is made";
    Instant sent = Instant.now();
    Answer a = ctx.api().call("createTempLink").instance(id).token(token).send();
    Instant received = Instant.now();
    if (a.status() != 200) {
      ctx.results().skip(documented, ConsistencyChecks.GROUP, "createTempLink", name,
          "createTempLink answered HTTP " + a.status() + ": no link to time");
      return;
    }
    String expiry = a.text(EXPIRY);
    Instant expires;
    try {
      expires = expiry == null ? null : OffsetDateTime.parse(expiry).toInstant();
    } catch (DateTimeParseException e) {
      expires = null;
    }
    if (expires == null) {
      // The docs give the lifetime but name no field: without the contract's, it cannot be read.
      ctx.results().depart(named, ConsistencyChecks.GROUP, "createTempLink", name,
          "'" + EXPIRY + "' (the contract's name) an ISO-8601 time " + Context.inWords(lifetime) + " after the link was made",
          expiry == null ? "no '" + EXPIRY + "': the link's lifetime cannot be read" : "'" + EXPIRY + "' is " + expiry
              + ", no ISO-8601 time", a.exchange());
      return;
    }
    Instant here = sent.plus(Duration.between(sent, received).dividedBy(2));
    Instant there = serverTime(a);
    Duration afterHere = Duration.between(here, expires);
    Duration afterThere = there == null ? null : Duration.between(there, expires);
    boolean ok = near(afterHere, lifetime) || (afterThere != null && near(afterThere, lifetime));
    ctx.results().check(ok, documented, ConsistencyChecks.GROUP, "createTempLink", name,
        "'" + EXPIRY + "' " + Context.inWords(lifetime) + " after the link was made, give or take "
            + Context.inWords(TOLERANCE) + ", by this machine's clock or by the answer's Date header",
        EXPIRY + " " + expiry + ": " + inWords(afterHere) + " after the link was made by this machine's clock ("
            + here.truncatedTo(ChronoUnit.SECONDS) + ")"
            + (there == null ? "; the answer has no Date header" : ", " + inWords(afterThere) + " by its Date header (" + there + ")"),
        a.exchange());
  }

  private static boolean near(Duration after, Duration lifetime) {
    return after.minus(lifetime).abs().compareTo(TOLERANCE) <= 0;
  }

  /** The server's time of the answer (its Date header), or null when it has none that reads. */
  private static Instant serverTime(Answer a) {
    String date = a.header("Date");
    if (date == null) {
      return null;
    }
    try {
      return ZonedDateTime.parse(date.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** A signed duration in minutes and seconds, such as {@code 29 min 58 s} or {@code -3 min 0 s}. */
  private static String inWords(Duration d) {
    long s = d.getSeconds();
    return (s < 0 ? "-" : "") + Math.abs(s) / 60 + " min " + Math.abs(s) % 60 + " s";
  }
}
