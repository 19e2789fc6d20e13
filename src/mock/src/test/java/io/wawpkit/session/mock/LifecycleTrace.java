package io.wawpkit.session.mock;

import io.wawpkit.session.spec.LifecycleModel;
import io.wawpkit.session.spec.LoginEffect;
import io.wawpkit.session.spec.Move;
import io.wawpkit.session.spec.Transition;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks an observed sequence of status changes against a lifecycle model: each change must be an
 * action's or a move's, from a (status, saved login) state the changes before it can have led to.
 * Actions that keep the status happen unseen (logout while STOPPED drops the login), so they are
 * followed silently; that is why the saved login is tracked as a set of possibilities.
 */
final class LifecycleTrace {
  private record State(String status, boolean savedLogin) {}

  private LifecycleTrace() {}

  /** Fails with the first change that the model does not allow after the ones before it. */
  static void assertAllowed(LifecycleModel model, String initial, List<String> changes) {
    Set<State> possible = unseen(model, Set.of(new State(initial, false)));
    String previous = initial;
    for (int i = 0; i < changes.size(); i++) {
      String next = changes.get(i);
      Set<State> after = new HashSet<>();
      for (State s : possible) {
        after.addAll(changesTo(model, s, next));
      }
      if (after.isEmpty()) {
        throw new AssertionError("change " + (i + 1) + " of " + changes.size() + ", " + previous + " -> " + next
            + ", is no action or move of the model (possible before it: " + possible + "); changes: " + changes);
      }
      possible = unseen(model, after);
      previous = next;
    }
  }

  /** The states a status change to {@code next} can lead to from {@code s}. */
  private static Set<State> changesTo(LifecycleModel model, State s, String next) {
    Set<State> out = new HashSet<>();
    if (next.equals(s.status())) {
      return out; // an event is sent only when the status changes
    }
    for (String action : model.actions()) {
      Transition t = model.transition(action, s.status()).orElseThrow();
      if (t.to().equals(next)) {
        out.add(new State(next, login(t.login(), s.savedLogin())));
      }
    }
    for (Move m : model.moves()) {
      if (m.to().equals(next) && m.appliesTo(s.status(), s.savedLogin())) {
        out.add(new State(next, login(m.login(), s.savedLogin())));
      }
    }
    return out;
  }

  /** Adds the states reachable by actions that keep the status (and so send no event). */
  private static Set<State> unseen(LifecycleModel model, Set<State> start) {
    Set<State> all = new HashSet<>(start);
    Deque<State> todo = new ArrayDeque<>(start);
    while (!todo.isEmpty()) {
      State s = todo.pop();
      for (String action : model.actions()) {
        Transition t = model.transition(action, s.status()).orElseThrow();
        State quiet = new State(s.status(), login(t.login(), s.savedLogin()));
        if (t.to().equals(s.status()) && all.add(quiet)) {
          todo.push(quiet);
        }
      }
    }
    return all;
  }

  private static boolean login(LoginEffect effect, boolean saved) {
    return switch (effect) {
      case KEEP -> saved;
      case SAVE -> true;
      case DROP, NONE -> false;
    };
  }
}
