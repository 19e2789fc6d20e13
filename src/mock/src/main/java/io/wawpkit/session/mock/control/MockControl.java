package io.wawpkit.session.mock.control;

import io.wawpkit.session.spec.LoginEffect;
import java.net.URI;
import java.util.List;

/**
 * What only a person or the service could do, for tests: scan the QR or type the pairing code, make a session fail, apply
 * any move of the model, change an account's plan, inject faults, list sessions, webhook
 * deliveries and answered requests, reset, create many sessions at once.
 *
 * <p>Two implementations behave the same: the mock's own, in its process
 * ({@code WawpMock.control()}, {@code WawpMockExtension.control()}), and a client of the control
 * API over HTTP for a mock in another process ({@link #over(URI)}). Both refuse a request that
 * cannot be done (an unknown operation, a count out of range) with an
 * {@link IllegalArgumentException}; the HTTP client throws an {@link IllegalStateException} when
 * the control API cannot be reached or refuses the call (such as a missing control token).
 */
public interface MockControl {
  /** The most sessions one bulk create makes: what the benchmarks use, and far within a 256 MB heap. */
  int MAX_BULK = 100_000;

  /** The outcome of a move: done, not possible in the session's status, no such session, or no such move. */
  enum MoveResult { APPLIED, NOT_APPLICABLE, UNKNOWN_SESSION, UNKNOWN_MOVE }

  /**
   * A client of the control API of a mock on a loopback address, which needs no control token.
   *
   * @param controlUrl the control API's URL as the mock tells it ({@code WawpMock.controlUrl()},
   *     such as {@code http://127.0.0.1:8089/_mock}), or the mock's origin ({@code http://127.0.0.1:8089}),
   *     to which the control API's path is added
   */
  static MockControl over(URI controlUrl) {
    return over(controlUrl, null);
  }

  /**
   * A client of the control API of a mock that needs a control token (one listening beyond loopback,
   * or started with {@code --control-token}).
   *
   * @param controlUrl as for {@link #over(URI)}
   * @param controlToken the token each call carries ({@code Authorization: Bearer}), or null for none
   */
  static MockControl over(URI controlUrl, String controlToken) {
    return new HttpMockControl(controlUrl, controlToken);
  }

  /** A person scans the QR: the model's person-triggered move (SCAN_QR_CODE -> WORKING). */
  MoveResult scan(String instanceId);

  /**
   * A person types a pairing code into WhatsApp: when it is the code request-code gave the session
   * (still valid; letters in any case, with or without the dash), the model's person-triggered move
   * happens as after a scan (SCAN_QR_CODE -> WORKING, the login saved). {@code NOT_APPLICABLE} for
   * another code, an expired one, or a session not in SCAN_QR_CODE.
   */
  MoveResult enterPairingCode(String instanceId, String code);

  /** The service breaks the session: the model's first service-triggered move (-> FAILED, login kept). */
  MoveResult fail(String instanceId);

  /**
   * The service breaks the session, keeping ({@code KEEP}) or dropping ({@code DROP}) its saved
   * login: the model's service move with that effect (the docs allow either, see {@code unlink}).
   *
   * @throws IllegalArgumentException for any other effect
   */
  MoveResult fail(String instanceId, LoginEffect login);

  /** Applies a move of the model by name (such as {@code boot}, {@code scan}, {@code fail}, {@code unlink}). */
  MoveResult move(String instanceId, String moveName);

  /** The status of a session (timed moves applied), or null when there is none. */
  String status(String instanceId);

  /** Every account, in the order of the configuration. */
  List<AccountSummary> accounts();

  /** Changes an account's plan; false when there is no such account. */
  boolean setPlan(String accountId, Plan plan);

  /**
   * Injects a fault into an operation, replacing the one it had.
   *
   * @throws IllegalArgumentException when the operation is neither an operationId of the spec nor {@code *}
   */
  void injectFault(Fault fault);

  /** The faults in force, with the times they have left. */
  List<Fault> faults();

  /** Clears every fault. */
  void clearFaults();

  /** Clears an operation's fault (or {@code *}'s); false when it had none. */
  boolean clearFault(String operation);

  /** Every session (or one account's, with null: all), sorted by account then id. */
  List<SessionSummary> sessions(String accountId);

  /** The latest webhook delivery attempts (bounded), oldest first. */
  List<Delivery> deliveries();

  /** The last requests the API answered, oldest first, secrets masked. */
  List<JournalEntry> requests();

  /** Empties the request journal. */
  void clearRequests();

  /** Forgets every session, fault, rate-limit bucket, delivery and journaled request; plans go back to their configured ones. */
  void reset();

  /**
   * Creates up to {@code count} sessions for an account at once (benchmarks), optionally
   * performing a lifecycle action of the model on each (such as {@code start}); stops early at the
   * account's quota. All or nothing otherwise: if anything fails half-way, the sessions it made
   * are removed again.
   *
   * @param thenAction an action of the lifecycle model, or null for none
   * @return the ids of the sessions made
   * @throws IllegalArgumentException when the count is not 1..{@link #MAX_BULK}, the account or the action unknown
   */
  List<String> bulkCreate(String accountId, int count, String thenAction);
}
