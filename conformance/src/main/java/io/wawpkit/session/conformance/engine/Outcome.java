package io.wawpkit.session.conformance.engine;

/** The outcome of one check, graded by the basis of the rule it rests on. */
public enum Outcome {
  /** The API did what the contract says. */
  PASS,
  /** The API departed from a documented rule (or from a position, under --strict). */
  FAIL,
  /** The API departed from a position the contract takes where the docs are silent. */
  WARN,
  /** A drift the docs explicitly allow (a field the schema does not name): worth a note, never a failure. */
  NOTICE,
  /** Not checked, with the reason (the target cannot reach the state, an option is missing). */
  SKIP
}
