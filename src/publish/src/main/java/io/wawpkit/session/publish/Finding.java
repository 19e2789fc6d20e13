package io.wawpkit.session.publish;

/**
 * One difference between the released spec and the current one.
 *
 * @param level the version part it requires raising at least
 * @param source which comparison found it (openapi-diff, lifecycle, document)
 * @param what a one-line description for the build log
 */
public record Finding(ChangeLevel level, String source, String what) {
  @Override
  public String toString() {
    return level + " (" + source + "): " + what;
  }
}
