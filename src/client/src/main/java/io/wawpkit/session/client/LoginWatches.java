package io.wawpkit.session.client;

import io.wawpkit.session.client.errors.MalformedResponseException;
import io.wawpkit.session.client.errors.WrongSessionStatusException;
import io.wawpkit.session.client.internal.StatusWaiter;
import io.wawpkit.session.generated.model.SessionInfo;
import io.wawpkit.session.generated.model.SessionStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the login waits ({@link WawpInstance#awaitLogin}) do on each info read while the session is
 * not yet WORKING: the status waiter polls, these read the QR or the pairing code.
 */
final class LoginWatches {
  /**
   * How long after a QR's expiry it is read again: a moment after the rotation, so that the read
   * finds the new QR rather than the old one a millisecond before it goes.
   */
  static final Duration AFTER_EXPIRY = Duration.ofMillis(25);
  /** How many QR values are remembered as already shown (rotations within one wait). */
  private static final int REMEMBERED = 64;

  private LoginWatches() {}

  /**
   * While SCAN_QR_CODE: reads the raw QR when the stretch begins, when the QR read last has expired
   * (at its {@code expiry}) and when info's {@code qr} changed since that read (a rotation), and calls
   * back once per QR value it has not shown before. Asks the waiter to read info again just after the
   * QR's expiry.
   */
  static StatusWaiter.Watch qr(Supplier<LoginQr> read, Consumer<LoginQr> onNewQr) {
    Objects.requireNonNull(onNewQr, "onNewQr");
    Set<String> shown = Collections.newSetFromMap(new LinkedHashMap<>() {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
        return size() > REMEMBERED;
      }
    });
    return new StatusWaiter.Watch() {
      private LoginQr current; // the QR read last in this stretch of SCAN_QR_CODE, or null
      private String infoQr; // info's qr when it was read

      @Override
      public Duration seen(SessionInfo info) {
        if (info.getStatus() != SessionStatus.SCAN_QR_CODE) {
          current = null;
          return null;
        }
        if (current == null || current.expiredAt(Instant.now()) || !Objects.equals(info.getQr(), infoQr)) {
          LoginQr qr;
          try {
            qr = read.get();
          } catch (WrongSessionStatusException moved) {
            current = null; // the status changed since info was read: the next read tells where to
            return null;
          }
          current = qr;
          infoQr = info.getQr();
          if (shown.add(qr.value())) {
            onNewQr.accept(qr);
          }
        }
        Duration left = Duration.between(Instant.now(), current.expiry());
        // a QR read already expired (a late rotation, or clocks apart): read again at the polling pace
        return left.isNegative() || left.isZero() ? null : left.plus(AFTER_EXPIRY);
      }
    };
  }

  /**
   * While SCAN_QR_CODE: asks for the pairing code when the stretch begins and again every
   * {@code recheck} (the contract answers the same code until it is used or expires, so asking
   * again is how a client learns it expired), and calls back when the code differs from the one
   * called back last.
   */
  static StatusWaiter.Watch pairingCode(Supplier<String> request, Consumer<String> onCode, Duration recheck) {
    Objects.requireNonNull(onCode, "onCode");
    return new StatusWaiter.Watch() {
      private String shown; // the code called back last
      private long askedAt; // System.nanoTime() of the last request in this stretch
      private boolean asked; // whether a code was asked in this stretch of SCAN_QR_CODE

      @Override
      public Duration seen(SessionInfo info) {
        if (info.getStatus() != SessionStatus.SCAN_QR_CODE) {
          asked = false;
          return null;
        }
        if (!asked || System.nanoTime() - askedAt >= recheck.toNanos()) {
          String code;
          try {
            code = request.get();
          } catch (WrongSessionStatusException moved) {
            asked = false;
            return null;
          }
          if (code == null) {
            throw new MalformedResponseException("requestPairingCode", "requestPairingCode: the answer has no code");
          }
          asked = true;
          askedAt = System.nanoTime();
          if (!code.equals(shown)) {
            shown = code;
            onCode.accept(code);
          }
        }
        return recheck.minusNanos(System.nanoTime() - askedAt);
      }
    };
  }
}
