package io.wawpkit.session.publish;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A {@code MAJOR.MINOR.PATCH} version, as the spec's {@code info.version} carries it. */
public record SemVer(int major, int minor, int patch) implements Comparable<SemVer> {
  private static final Pattern FORM = Pattern.compile("(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)");

  public static SemVer parse(String text) {
    Matcher m = FORM.matcher(text == null ? "" : text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("'" + text + "' is not a MAJOR.MINOR.PATCH version");
    }
    return new SemVer(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
  }

  /**
   * Which part this version raised over an older one.
   *
   * @throws IllegalArgumentException when this version is lower than the older one
   */
  public ChangeLevel raisedOver(SemVer older) {
    if (compareTo(older) < 0) {
      throw new IllegalArgumentException("version " + this + " is lower than the released " + older);
    }
    if (major != older.major) {
      return ChangeLevel.MAJOR;
    }
    if (minor != older.minor) {
      return ChangeLevel.MINOR;
    }
    return patch != older.patch ? ChangeLevel.PATCH : ChangeLevel.NONE;
  }

  @Override
  public int compareTo(SemVer o) {
    int c = Integer.compare(major, o.major);
    if (c == 0) {
      c = Integer.compare(minor, o.minor);
    }
    return c != 0 ? c : Integer.compare(patch, o.patch);
  }

  @Override
  public String toString() {
    return major + "." + minor + "." + patch;
  }
}
