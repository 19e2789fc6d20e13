package io.wawpkit.session.conformance.engine;

/** The outcome of one check. */
public enum Outcome {
  /** The API did what the contract says. */
  PASS,
  /** The API departed from the contract. */
  FAIL,
  /** Allowed, but worth a look (an undocumented extra field, a refusal where the model keeps the state). */
  WARN,
  /** Not checked, with the reason (the target cannot reach the state, an option is missing). */
  SKIP
}
