package io.wawpkit.session.mock;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock one second later at every reading. The mock reads its clock for an event's {@code ts}
 * while it holds the session, so with this clock the events' {@code ts} order is the order of the
 * status changes, whatever order the deliveries arrive in.
 */
final class TickingClock extends Clock {
  private final AtomicLong seconds = new AtomicLong(Instant.parse("2026-01-01T00:00:00Z").getEpochSecond());

  @Override
  public Instant instant() {
    return Instant.ofEpochSecond(seconds.incrementAndGet());
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("UTC only");
  }
}
