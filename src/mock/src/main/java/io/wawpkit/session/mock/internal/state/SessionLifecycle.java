package io.wawpkit.session.mock.internal.state;

import io.wawpkit.session.spec.LifecycleModel;
import io.wawpkit.session.spec.LoginEffect;
import io.wawpkit.session.spec.Move;
import io.wawpkit.session.spec.Transition;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Executes the spec's lifecycle model on sessions: actions as the model's transitions, timed moves
 * (the engine booting, the simulated person scanning) evaluated lazily whenever a session is
 * touched, and made to happen on time by one shared scheduler so that webhooks fire even when
 * nobody reads. No thread or timer per session: a pending move is one entry in the scheduler's
 * queue. Every method expects the caller to hold the session's monitor unless it says otherwise.
 */
public final class SessionLifecycle {
  /** Bound on moves applied in one go, so that a mutated model with a loop of timers cannot spin. */
  private static final int MAX_MOVES_PER_TOUCH = 16;

  private final LifecycleModel model;
  private final Duration bootDuration;
  private final Duration autoScanAfter;
  private final ScheduledExecutorService scheduler;
  private final StatusListener listener;
  private final LongSupplier nanoTime;

  public SessionLifecycle(
      LifecycleModel model,
      Duration bootDuration,
      Duration autoScanAfter,
      ScheduledExecutorService scheduler,
      StatusListener listener,
      LongSupplier nanoTime) {
    this.model = model;
    this.bootDuration = bootDuration;
    this.autoScanAfter = autoScanAfter;
    this.scheduler = scheduler;
    this.listener = listener;
    this.nanoTime = nanoTime;
  }

  public LifecycleModel model() {
    return model;
  }

  /** The status of a new session (the model's default). */
  public String initialStatus() {
    return model.initial();
  }

  /** The status of a session right after a given create operation. */
  public String initialStatus(String createOperationId) {
    return model.initialAfter(createOperationId);
  }

  /**
   * Performs a lifecycle action on a session as the model says.
   *
   * @return the transition; when it leads to the model's terminal marker the session is marked
   *     deleted and the caller removes it
   * @throws IllegalStateException when the model does not say where the action leads
   */
  public Transition act(Session s, String action) {
    advance(s);
    String from = s.status();
    Transition t = model.transition(action, from)
        .orElseThrow(() -> new IllegalStateException("the lifecycle model has no '" + action + "' from " + from));
    applyLogin(s, t.login());
    if (t.to().equals(model.terminal())) {
      s.markDeleted();
      listener.stateChanged();
      return t;
    }
    if (s.status(t.to(), nanoTime.getAsLong())) {
      listener.statusChanged(s, from);
      scheduleNext(s);
    }
    listener.stateChanged();
    return t;
  }

  /** The move of a trigger (person, service) that could happen now, if any. */
  public Optional<Move> pendingMove(Session s, Move.Trigger trigger) {
    advance(s);
    return model.pendingMove(s.status(), s.savedLogin(), trigger);
  }

  /** Makes a move happen now if it applies (control API: scan, fail). Returns whether it did. */
  public boolean move(Session s, Move move) {
    advance(s);
    if (!move.appliesTo(s.status(), s.savedLogin())) {
      return false;
    }
    applyMove(s, move, nanoTime.getAsLong(), Session.LoginWay.QR);
    return true;
  }

  /**
   * A person types a pairing code into WhatsApp: when it is the session's code, still valid, the
   * person's move of the model happens (as a scan: WORKING, the login saved). Returns whether it did.
   */
  public boolean enterPairingCode(Session s, String typed) {
    advance(s);
    Session.PairingCode code = s.pairingCode();
    Optional<Move> person = model.pendingMove(s.status(), s.savedLogin(), Move.Trigger.PERSON);
    if (code == null || !code.activeAt(nanoTime.getAsLong()) || !code.matches(typed) || person.isEmpty()) {
      return false;
    }
    applyMove(s, person.get(), nanoTime.getAsLong(), Session.LoginWay.PAIRING_CODE);
    return true;
  }

  /** Applies every timed move that is due by now, each at the moment it fell due. */
  public void advance(Session s) {
    if (s.deleted()) {
      return;
    }
    boolean moved = false;
    for (int i = 0; i < MAX_MOVES_PER_TOUCH; i++) {
      Due due = nextDue(s);
      if (due == null || due.atNanos - nanoTime.getAsLong() > 0) {
        break;
      }
      // the simulated person types the pairing code when one was asked for, else scans the QR
      Session.PairingCode code = s.pairingCode();
      applyMove(s, due.move, due.atNanos,
          code != null && code.activeAt(due.atNanos) ? Session.LoginWay.PAIRING_CODE : Session.LoginWay.QR);
      moved = true;
    }
    if (moved) {
      scheduleNext(s);
    }
  }

  /** Registers the session's next timed move, if any, with the shared scheduler. */
  public void scheduleNext(Session s) {
    Due due = nextDue(s);
    if (due == null) {
      return;
    }
    long delay = Math.max(0, due.atNanos - nanoTime.getAsLong());
    scheduler.schedule(() -> touch(s), delay, TimeUnit.NANOSECONDS);
  }

  /** Takes the session's monitor and applies what is due (called by the scheduler). */
  public void touch(Session s) {
    synchronized (s) {
      advance(s);
    }
  }

  private void applyMove(Session s, Move move, long atNanos, Session.LoginWay way) {
    String from = s.status();
    if (move.trigger() == Move.Trigger.PERSON) {
      s.lastLogin(way);
    }
    applyLogin(s, move.login());
    if (s.status(move.to(), atNanos)) {
      listener.statusChanged(s, from);
    }
    listener.stateChanged();
  }

  private Due nextDue(Session s) {
    Due best = null;
    Optional<Move> timer = model.pendingMove(s.status(), s.savedLogin(), Move.Trigger.TIMER);
    if (timer.isPresent()) {
      best = new Due(timer.get(), s.statusSinceNanos() + bootDuration.toNanos());
    }
    if (autoScanAfter != null) {
      Optional<Move> person = model.pendingMove(s.status(), s.savedLogin(), Move.Trigger.PERSON);
      if (person.isPresent()) {
        long at = s.statusSinceNanos() + autoScanAfter.toNanos();
        if (best == null || at - best.atNanos < 0) {
          best = new Due(person.get(), at);
        }
      }
    }
    return best;
  }

  private static void applyLogin(Session s, LoginEffect effect) {
    switch (effect) {
      case KEEP -> { }
      case SAVE -> s.savedLogin(true);
      case DROP, NONE -> s.savedLogin(false);
    }
  }

  private record Due(Move move, long atNanos) {}
}
