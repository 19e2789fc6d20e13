package io.wawpkit.session.conformance.checks;

import io.wawpkit.session.spec.LifecycleModel;
import io.wawpkit.session.spec.LoginEffect;
import io.wawpkit.session.spec.Move;
import io.wawpkit.session.spec.Transition;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The lifecycle model as a graph of (status, saved login) nodes, so that checks and the paths to
 * reach them are derived from the spec rather than written down. Which moves a target can make
 * happen decides which nodes are reachable there.
 */
final class LifecycleGraph {
  private final LifecycleModel model;
  private final Set<Move.Trigger> triggers;
  private final String initial;

  /**
   * @param model the spec's model
   * @param triggers the move triggers the suite can bring about on this target (timer always;
   *     person and service only through the mock's control API or a person scanning)
   * @param initial the status the target's create leaves a session in (v2 STOPPED, v1 STARTING)
   */
  LifecycleGraph(LifecycleModel model, Set<Move.Trigger> triggers, String initial) {
    this.model = model;
    this.triggers = triggers;
    this.initial = initial;
  }

  Node start() {
    return new Node(initial, false);
  }

  boolean isTerminal(Node node) {
    return node.status().equals(model.terminal());
  }

  /** Whether the node moves on by itself (a timer move is pending): act on it right after arriving. */
  boolean isTransient(Node node) {
    return model.pendingMove(node.status(), node.login(), Move.Trigger.TIMER).isPresent();
  }

  /** The edge an action takes from a node. */
  Step action(Node from, String action) {
    Transition t = model.transition(action, from.status()).orElseThrow();
    return new Step(action, null, from, new Node(t.to(), apply(from.login(), t.login())));
  }

  /** The edges the suite can take from a node. */
  List<Step> steps(Node from) {
    List<Step> out = new ArrayList<>();
    if (isTerminal(from)) {
      return out;
    }
    for (String action : model.actions()) {
      Step s = action(from, action);
      if (!isTerminal(s.to())) {
        out.add(s);
      }
    }
    for (Move.Trigger trigger : triggers) {
      // every move that applies: the service may fail a session keeping its login (fail) or not (unlink)
      model.pendingMoves(from.status(), from.login(), trigger)
          .forEach(m -> out.add(new Step(null, m, from, new Node(m.to(), apply(from.login(), m.login())))));
    }
    return out;
  }

  /** Every node reachable from a new session. */
  Set<Node> reachable() {
    Set<Node> seen = new LinkedHashSet<>();
    Deque<Node> queue = new ArrayDeque<>(List.of(start()));
    while (!queue.isEmpty()) {
      Node n = queue.poll();
      if (seen.add(n)) {
        steps(n).forEach(s -> queue.add(s.to()));
      }
    }
    return seen;
  }

  /**
   * The shortest path from a node to another on which no transient node is left waiting, except
   * by its timer move; empty when unreachable.
   */
  Optional<List<Step>> path(Node from, Node to) {
    return path(from, to, s -> true);
  }

  /** {@link #path(Node, Node)} over the steps that are {@code usable} only (not blocked on this target). */
  Optional<List<Step>> path(Node from, Node to, Predicate<Step> usable) {
    if (from.equals(to)) {
      return Optional.of(List.of());
    }
    Map<Node, Step> via = new HashMap<>();
    Deque<Node> queue = new ArrayDeque<>(List.of(from));
    Set<Node> seen = new LinkedHashSet<>(List.of(from));
    while (!queue.isEmpty()) {
      Node n = queue.poll();
      for (Step s : steps(n)) {
        if (!usable.test(s)) {
          continue;
        }
        // From a transient node only an immediate action or its own timer move can follow;
        // both are edges here, so any edge is fine.
        if (seen.add(s.to())) {
          via.put(s.to(), s);
          if (s.to().equals(to)) {
            List<Step> path = new ArrayList<>();
            for (Node at = to; !at.equals(from); at = via.get(at).from()) {
              path.add(0, via.get(at));
            }
            return Optional.of(path);
          }
          queue.add(s.to());
        }
      }
    }
    return Optional.empty();
  }

  static boolean apply(boolean login, LoginEffect effect) {
    return switch (effect) {
      case KEEP -> login;
      case DROP, NONE -> false;
      case SAVE -> true;
    };
  }
}
