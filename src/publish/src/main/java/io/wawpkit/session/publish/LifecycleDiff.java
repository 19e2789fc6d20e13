package io.wawpkit.session.publish;

import io.wawpkit.session.spec.LifecycleModel;
import io.wawpkit.session.spec.Move;
import io.wawpkit.session.spec.Transition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Compares two lifecycle models ({@code x-wawp-lifecycle}), which openapi-diff ignores. Clients
 * and the mock act on the model, so anything they relied on that is removed or changed is
 * incompatible; anything added (a status, a transition from it, an action, a move, a carried
 * field) is a compatible change.
 */
final class LifecycleDiff {
  static final String SOURCE = "lifecycle";

  private final List<Finding> findings = new ArrayList<>();

  private LifecycleDiff() {}

  static List<Finding> compare(LifecycleModel released, LifecycleModel current) {
    LifecycleDiff diff = new LifecycleDiff();
    diff.states(released, current);
    diff.actions(released, current);
    diff.moves(released, current);
    diff.carries(released, current);
    return List.copyOf(diff.findings);
  }

  private void states(LifecycleModel released, LifecycleModel current) {
    for (String s : released.states()) {
      if (!current.isKnownStatus(s)) {
        incompatible("status " + s + " removed");
      }
    }
    for (String s : current.states()) {
      if (!released.isKnownStatus(s)) {
        compatible("status " + s + " added");
      }
    }
    if (!released.initial().equals(current.initial())) {
      incompatible("initial status changed from " + released.initial() + " to " + current.initial());
    }
    if (!released.terminal().equals(current.terminal())) {
      incompatible("terminal marker changed from " + released.terminal() + " to " + current.terminal());
    }
  }

  private void actions(LifecycleModel released, LifecycleModel current) {
    for (String action : released.actions()) {
      if (!current.actions().contains(action)) {
        incompatible("action " + action + " removed");
        continue;
      }
      for (String from : released.states()) {
        Optional<Transition> was = released.transition(action, from);
        Optional<Transition> now = current.transition(action, from);
        if (was.isPresent() && now.isEmpty()) {
          incompatible(action + " from " + from + " removed");
        } else if (was.isPresent() && !was.equals(now)) {
          incompatible(action + " from " + from + " changed: " + describe(was.get()) + " -> " + describe(now.get()));
        }
      }
      for (String from : current.states()) {
        if (released.transition(action, from).isEmpty() && current.transition(action, from).isPresent()) {
          compatible(action + " from " + from + " added");
        }
      }
    }
    for (String action : current.actions()) {
      if (!released.actions().contains(action)) {
        compatible("action " + action + " added");
      }
    }
  }

  private void moves(LifecycleModel released, LifecycleModel current) {
    for (Move was : released.moves()) {
      Optional<Move> now = current.move(was.name());
      if (now.isEmpty()) {
        incompatible("move " + was.name() + " removed");
      } else if (!was.equals(now.get())) {
        incompatible("move " + was.name() + " changed: " + was + " -> " + now.get());
      }
    }
    for (Move now : current.moves()) {
      if (released.move(now.name()).isEmpty()) {
        compatible("move " + now.name() + " added");
      }
    }
  }

  private void carries(LifecycleModel released, LifecycleModel current) {
    for (String state : released.states()) {
      if (!current.isKnownStatus(state)) {
        continue;
      }
      Set<String> removed = new HashSet<>(released.carries(state));
      removed.removeAll(current.carries(state));
      Set<String> added = new HashSet<>(current.carries(state));
      added.removeAll(released.carries(state));
      if (!removed.isEmpty()) {
        incompatible(state + " no longer carries " + removed);
      }
      if (!added.isEmpty()) {
        compatible(state + " now carries " + added);
      }
    }
  }

  private static String describe(Transition t) {
    return "to " + t.to() + ", login " + t.login().name().toLowerCase(java.util.Locale.ROOT);
  }

  private void incompatible(String what) {
    findings.add(new Finding(ChangeLevel.MAJOR, SOURCE, what));
  }

  private void compatible(String what) {
    findings.add(new Finding(ChangeLevel.MINOR, SOURCE, what));
  }
}
