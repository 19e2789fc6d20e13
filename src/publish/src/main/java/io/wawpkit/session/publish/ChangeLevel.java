package io.wawpkit.session.publish;

/**
 * How much a change of the spec matters to its consumers, which is also the version part it must
 * raise at least: none, patch (descriptions), minor (compatible) or major (incompatible).
 */
public enum ChangeLevel {
  NONE,
  PATCH,
  MINOR,
  MAJOR;

  /** The greater of two levels. */
  public ChangeLevel max(ChangeLevel other) {
    return compareTo(other) >= 0 ? this : other;
  }
}
