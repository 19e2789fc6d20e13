package io.wawpkit.session.conformance.engine;

/** A group of checks; each records its own results into the context. */
public interface CheckGroup {
  /** The group's name in reports (shape, errors, tenancy, lifecycle, consistency, login, credentials, repetition). */
  String name();

  /** Runs the group's checks. */
  void run(Context context);
}
