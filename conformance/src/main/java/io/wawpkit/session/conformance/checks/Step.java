package io.wawpkit.session.conformance.checks;

import io.wawpkit.session.spec.Move;

/**
 * One edge of the lifecycle graph: an API action, or an asynchronous move.
 *
 * @param action the action's name, or null for a move
 * @param move the move, or null for an action
 * @param from where it starts
 * @param to where the model says it leads
 */
record Step(String action, Move move, Node from, Node to) {
  boolean isAction() {
    return action != null;
  }

  String label() {
    return isAction() ? action + " from " + from : move.name() + " (" + move.trigger().name().toLowerCase() + ") from " + from;
  }
}
