package io.wawpkit.session.spec;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The session lifecycle as the spec's {@code x-wawp-lifecycle} extension states it: the statuses,
 * where each action leads from each status, the asynchronous moves and what each status carries.
 *
 * <p>The mock executes it and the conformance suite derives its lifecycle checks from it, so
 * neither restates a transition by hand. {@link #parse} refuses an incomplete model: every action
 * must say where it leads from every status.
 */
public final class LifecycleModel {
  /** The action that creates a session (it has no "from" status). */
  public static final String CREATE = "create";

  private final List<String> states;
  private final String initial;
  private final String terminal;
  /** Create operations that leave a new session elsewhere than {@link #initial} (v1 create starts it). */
  private final Map<String, Transition> createdBy;
  private final Map<String, Set<String>> carries;
  private final Map<String, Map<String, Transition>> actions;
  private final List<Move> moves;
  private final int qrRotationSecondsMin;
  private final int qrRotationSecondsMax;
  /** Operations served only in some statuses (servedIn.operations), by operationId. */
  private final Map<String, Set<String>> servedIn;
  /** What such an operation answers in any other status (servedIn.otherwise), or null without any. */
  private final String otherwise;

  private LifecycleModel(
      List<String> states,
      String initial,
      String terminal,
      Map<String, Transition> createdBy,
      Map<String, Set<String>> carries,
      Map<String, Map<String, Transition>> actions,
      List<Move> moves,
      int qrRotationSecondsMin,
      int qrRotationSecondsMax,
      Map<String, Set<String>> servedIn,
      String otherwise) {
    this.states = List.copyOf(states);
    this.initial = initial;
    this.terminal = terminal;
    this.createdBy = Map.copyOf(createdBy);
    this.carries = Map.copyOf(carries);
    this.actions = Map.copyOf(actions);
    this.moves = List.copyOf(moves);
    this.qrRotationSecondsMin = qrRotationSecondsMin;
    this.qrRotationSecondsMax = qrRotationSecondsMax;
    Map<String, Set<String>> served = new LinkedHashMap<>();
    servedIn.forEach((op, statuses) -> served.put(op, Set.copyOf(statuses)));
    this.servedIn = java.util.Collections.unmodifiableMap(served);
    this.otherwise = otherwise;
  }

  /** The lifecycle statuses, in the model's order. */
  public List<String> states() {
    return states;
  }

  /** The status of a session right after create, unless its create operation says otherwise. */
  public String initial() {
    return initial;
  }

  /**
   * The status of a session right after a given create operation: its own entry under
   * {@code actions.create.operations}, else {@link #initial()}.
   */
  public String initialAfter(String createOperationId) {
    Transition t = createOperationId == null ? null : createdBy.get(createOperationId);
    return t == null ? initial : t.to();
  }

  /** The create operations the model names with a status of their own. */
  public Set<String> createOperationsWithOwnStatus() {
    return createdBy.keySet();
  }

  /** The marker a deleted session's answer carries (not a status). */
  public String terminal() {
    return terminal;
  }

  /** The session-info fields a status carries non-null (qr in SCAN_QR_CODE, me in WORKING). */
  public Set<String> carries(String status) {
    // immutable maps and lists throw on null lookups: a status missing from an answer is unknown
    return status == null ? Set.of() : carries.getOrDefault(status, Set.of());
  }

  /** Every field that some status carries. */
  public Set<String> carriedFields() {
    Set<String> all = new LinkedHashSet<>();
    carries.values().forEach(all::addAll);
    return all;
  }

  /** The actions that change the lifecycle from a status (start, stop, restart, logout, delete). */
  public Set<String> actions() {
    return actions.keySet();
  }

  /** Where an action leads from a status; empty for an unknown action or status. */
  public Optional<Transition> transition(String action, String from) {
    if (action == null || from == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(actions.getOrDefault(action, Map.of()).get(from));
  }

  /**
   * Whether an action deletes the session: it leads to the {@link #terminal()} marker (delete).
   * False for an unknown action and for an operation's {@code read} or {@code settings}.
   */
  public boolean deletes(String action) {
    return action != null && actions.getOrDefault(action, Map.of()).values().stream().anyMatch(t -> t.to().equals(terminal));
  }

  /** The asynchronous moves, in the model's order. */
  public List<Move> moves() {
    return moves;
  }

  /** The asynchronous moves that can start from a status. */
  public List<Move> movesFrom(String status) {
    return moves.stream().filter(m -> m.from().contains(status)).toList();
  }

  /** The first move of the given trigger that applies now, if any. */
  public Optional<Move> pendingMove(String status, boolean hasSavedLogin, Move.Trigger trigger) {
    return moves.stream()
        .filter(m -> m.trigger() == trigger && m.appliesTo(status, hasSavedLogin))
        .findFirst();
  }

  /**
   * Every move of the given trigger that applies now, in the model's order (the service may fail
   * a session in two ways: keeping or dropping its saved login).
   */
  public List<Move> pendingMoves(String status, boolean hasSavedLogin, Move.Trigger trigger) {
    return moves.stream()
        .filter(m -> m.trigger() == trigger && m.appliesTo(status, hasSavedLogin))
        .toList();
  }

  /** A move by name. */
  public Optional<Move> move(String name) {
    return moves.stream().filter(m -> m.name().equals(name)).findFirst();
  }

  /**
   * Whether a status is one of the model's statuses (an unknown one is an API's own invention, or
   * one the docs say may appear). Every query here takes any text: an unknown status has no
   * transitions, moves or carried fields, and never throws.
   */
  public boolean isKnownStatus(String status) {
    return status != null && states.contains(status);
  }

  /**
   * The operations that answer only in some statuses ({@code servedIn.operations}: the login
   * operations), each with those statuses, in the model's order. Every other operation answers in
   * every status.
   */
  public Map<String, Set<String>> servedIn() {
    return servedIn;
  }

  /** The statuses in which an operation answers, when it answers only in some (empty: in every status). */
  public Optional<Set<String>> servedIn(String operationId) {
    return Optional.ofNullable(operationId == null ? null : servedIn.get(operationId));
  }

  /** Whether an operation answers in a status (its {@link #servedIn(String)}, else always; an unknown status serves no bound operation). */
  public boolean serves(String operationId, String status) {
    Set<String> statuses = operationId == null ? null : servedIn.get(operationId);
    return statuses == null || (status != null && statuses.contains(status));
  }

  /**
   * What an operation answers in a status that does not serve it ({@code servedIn.otherwise}): a
   * reference to a response component ({@code #/components/responses/WrongStatus}); null when no
   * operation is bound to statuses.
   */
  public String otherwiseResponse() {
    return otherwise;
  }

  /** The name of the {@link #otherwiseResponse()} component ({@code WrongStatus}), or null. */
  public String otherwiseResponseName() {
    return otherwise == null ? null : otherwise.substring(otherwise.lastIndexOf('/') + 1);
  }

  public int qrRotationSecondsMin() {
    return qrRotationSecondsMin;
  }

  public int qrRotationSecondsMax() {
    return qrRotationSecondsMax;
  }

  /**
   * Reads the model from the {@code x-wawp-lifecycle} extension as a YAML/JSON tree of maps and
   * lists.
   *
   * @throws SpecException when the model is incomplete or names an unknown status
   */
  public static LifecycleModel parse(Map<?, ?> raw) {
    if (raw == null) {
      throw new SpecException("the spec has no x-wawp-lifecycle extension");
    }
    List<String> states = strings(raw.get("states"), "x-wawp-lifecycle.states");
    if (states.isEmpty()) {
      throw new SpecException("x-wawp-lifecycle.states is empty");
    }
    String terminal = text(raw.get("terminal"), "x-wawp-lifecycle.terminal");
    Set<String> targets = new LinkedHashSet<>(states);
    targets.add(terminal);

    Map<String, Set<String>> carries = new LinkedHashMap<>();
    Map<?, ?> rawCarries = map(raw.get("carries"), "x-wawp-lifecycle.carries");
    for (Map.Entry<?, ?> e : rawCarries.entrySet()) {
      String state = requireState(e.getKey(), states, "x-wawp-lifecycle.carries");
      carries.put(state, new LinkedHashSet<>(strings(e.getValue(), "x-wawp-lifecycle.carries." + state)));
    }

    Map<String, Map<String, Transition>> actions = new LinkedHashMap<>();
    Map<String, Transition> createdBy = new LinkedHashMap<>();
    Map<?, ?> rawActions = map(raw.get("actions"), "x-wawp-lifecycle.actions");
    String initial = text(raw.get("initial"), "x-wawp-lifecycle.initial");
    requireState(initial, states, "x-wawp-lifecycle.initial");
    for (Map.Entry<?, ?> e : rawActions.entrySet()) {
      String action = e.getKey().toString();
      String where = "x-wawp-lifecycle.actions." + action;
      Map<?, ?> body = map(e.getValue(), where);
      if (CREATE.equals(action)) {
        String to = text(body.get("to"), where + ".to");
        if (!to.equals(initial)) {
          throw new SpecException(where + ".to is " + to + " but initial is " + initial);
        }
        createdBy.putAll(createOperations(body.get("operations"), states, where + ".operations"));
        continue;
      }
      Map<?, ?> from = map(body.get("from"), where + ".from");
      Map<String, Transition> byState = new LinkedHashMap<>();
      for (Map.Entry<?, ?> f : from.entrySet()) {
        String state = requireState(f.getKey(), states, where + ".from");
        Map<?, ?> t = map(f.getValue(), where + ".from." + state);
        String to = text(t.get("to"), where + ".from." + state + ".to");
        if (!targets.contains(to)) {
          throw new SpecException(where + ".from." + state + ".to: unknown status '" + to + "'");
        }
        byState.put(state, new Transition(to, LoginEffect.parse(t.get("login"), where)));
      }
      List<String> missing = states.stream().filter(s -> !byState.containsKey(s)).toList();
      if (!missing.isEmpty()) {
        throw new SpecException(where + " does not say where it leads from " + missing);
      }
      actions.put(action, byState);
    }

    List<Move> moves = new ArrayList<>();
    Object rawMoves = raw.get("moves");
    if (rawMoves instanceof Collection<?> list) {
      for (Object o : list) {
        Map<?, ?> m = map(o, "x-wawp-lifecycle.moves[]");
        String name = text(m.get("name"), "x-wawp-lifecycle.moves[].name");
        String where = "x-wawp-lifecycle.moves." + name;
        Set<String> from = new LinkedHashSet<>();
        for (String s : strings(m.get("from"), where + ".from")) {
          from.add(requireState(s, states, where + ".from"));
        }
        String to = requireState(m.get("to"), states, where + ".to");
        Move.When when = enumValue(Move.When.class, m.get("when"), where + ".when");
        Move.Trigger trigger = enumValue(Move.Trigger.class, m.get("trigger"), where + ".trigger");
        moves.add(new Move(name, from, to, when, trigger, LoginEffect.parse(m.get("login"), where)));
      }
    }
    int qrMin = 20;
    int qrMax = 40;
    if (raw.get("qrRotation") instanceof Map<?, ?> qr) {
      qrMin = ((Number) qr.get("secondsMin")).intValue();
      qrMax = ((Number) qr.get("secondsMax")).intValue();
    }
    Map<String, Set<String>> servedIn = new LinkedHashMap<>();
    String otherwise = null;
    if (raw.get("servedIn") != null) {
      String where = "x-wawp-lifecycle.servedIn";
      Map<?, ?> served = map(raw.get("servedIn"), where);
      for (Map.Entry<?, ?> e : map(served.get("operations"), where + ".operations").entrySet()) {
        Set<String> statuses = new LinkedHashSet<>();
        for (String st : strings(e.getValue(), where + ".operations." + e.getKey())) {
          statuses.add(requireState(st, states, where + ".operations." + e.getKey()));
        }
        if (statuses.isEmpty()) {
          throw new SpecException(where + ".operations." + e.getKey() + " names no status");
        }
        servedIn.put(e.getKey().toString(), statuses);
      }
      otherwise = text(served.get("otherwise"), where + ".otherwise");
      if (!otherwise.startsWith("#/components/responses/")) {
        throw new SpecException(where + ".otherwise must reference a response component, not " + otherwise);
      }
    }
    return new LifecycleModel(states, initial, terminal, createdBy, carries, actions, moves, qrMin, qrMax, servedIn,
        otherwise);
  }

  /** {@code actions.create.operations}: operationId -> {to, login} (none when absent). */
  private static Map<String, Transition> createOperations(Object value, List<String> states, String where) {
    Map<String, Transition> byOperation = new LinkedHashMap<>();
    if (value == null) {
      return byOperation;
    }
    for (Map.Entry<?, ?> e : map(value, where).entrySet()) {
      String at = where + "." + e.getKey();
      Map<?, ?> t = map(e.getValue(), at);
      String to = requireState(t.get("to"), states, at + ".to");
      byOperation.put(e.getKey().toString(), new Transition(to, LoginEffect.parse(t.get("login"), at)));
    }
    return byOperation;
  }

  private static String requireState(Object value, List<String> states, String where) {
    String s = String.valueOf(value);
    if (!states.contains(s)) {
      throw new SpecException(where + ": unknown status '" + s + "'");
    }
    return s;
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, Object value, String where) {
    String name = text(value, where).toUpperCase(Locale.ROOT).replace('-', '_');
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      throw new SpecException(where + ": unknown value '" + value + "'");
    }
  }

  private static String text(Object value, String where) {
    if (value == null || value.toString().isBlank()) {
      throw new SpecException(where + " is missing");
    }
    return value.toString();
  }

  private static Map<?, ?> map(Object value, String where) {
    if (value instanceof Map<?, ?> m) {
      return m;
    }
    throw new SpecException(where + " must be a mapping");
  }

  private static List<String> strings(Object value, String where) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof Collection<?> c) {
      return c.stream().map(String::valueOf).toList();
    }
    if (value instanceof String s) {
      return List.of(s);
    }
    throw new SpecException(where + " must be a list");
  }
}
