package io.wawpkit.session.spec;

import java.util.Set;

/**
 * An asynchronous change of status that no API call makes directly.
 *
 * @param name the move's name in the model (boot, resume, scan, fail)
 * @param from the statuses it starts from
 * @param to the status it leads to
 * @param when the condition on the saved login
 * @param trigger who makes it
 * @param login what it does to the saved login
 */
public record Move(String name, Set<String> from, String to, When when, Trigger trigger, LoginEffect login) {

  /** The condition on the saved login under which a move happens. */
  public enum When {
    ALWAYS,
    SAVED_LOGIN,
    NO_SAVED_LOGIN;

    /** Whether the move may happen with or without a saved login. */
    public boolean holds(boolean hasSavedLogin) {
      return switch (this) {
        case ALWAYS -> true;
        case SAVED_LOGIN -> hasSavedLogin;
        case NO_SAVED_LOGIN -> !hasSavedLogin;
      };
    }
  }

  /** Who makes a move: the engine after a while, a person scanning, or the service failing. */
  public enum Trigger {
    TIMER,
    PERSON,
    SERVICE
  }

  /** Whether this move can happen now. */
  public boolean appliesTo(String status, boolean hasSavedLogin) {
    return status != null && from.contains(status) && when.holds(hasSavedLogin);
  }
}
