package io.wawpkit.session.publish;

import com.fasterxml.jackson.databind.JsonNode;
import io.wawpkit.session.spec.LifecycleModel;
import io.wawpkit.session.spec.SpecException;
import io.wawpkit.session.spec.WawpSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The breaking-change guard: compares the current spec bundle with the last released one and
 * demands the version bump the change needs (major for incompatible, minor for compatible, patch
 * for prose only, none for no change), plus a changelog entry for the current version.
 */
public final class ReleaseGuard {

  /**
   * The guard's verdict.
   *
   * @param released the released version
   * @param current the current version
   * @param required the least version part the changes require raising
   * @param raised the version part the current version raised
   * @param findings every difference found, most severe first
   */
  public record Verdict(SemVer released, SemVer current, ChangeLevel required, ChangeLevel raised, List<Finding> findings) {
    public boolean passes() {
      return raised.compareTo(required) >= 0;
    }

    /** A report for the build log. */
    public String report() {
      String head = passes()
          ? "spec " + current + " against released " + released + ": changes need " + required + ", version raised " + raised + ": OK"
          : "spec " + current + " against released " + released + ": the changes need a " + required
              + " version bump but the version raised " + raised + " (" + suggestion() + ")";
      return findings.isEmpty()
          ? head + "; no changes"
          : head + "\n" + findings.stream().map(f -> "  - " + f).collect(Collectors.joining("\n"));
    }

    private String suggestion() {
      return "raise info.version to at least " + switch (required) {
        case MAJOR -> (released.major() + 1) + ".0.0";
        case MINOR -> released.major() + "." + (released.minor() + 1) + ".0";
        case PATCH, NONE -> released.major() + "." + released.minor() + "." + (released.patch() + 1);
      } + ", add its section to openapi/CHANGELOG.md and keep the root pom's version equal";
    }
  }

  private ReleaseGuard() {}

  /** Compares two spec texts (YAML or JSON). */
  public static Verdict check(String releasedText, String currentText) {
    JsonNode released = SpecBundler.parse(releasedText);
    JsonNode current = SpecBundler.parse(currentText);
    SemVer releasedVersion = SemVer.parse(released.path("info").path("version").asText());
    SemVer currentVersion = SemVer.parse(current.path("info").path("version").asText());
    ChangeLevel raised = currentVersion.raisedOver(releasedVersion);

    List<Finding> findings = new ArrayList<>(ApiDiff.compare(releasedText, currentText));
    findings.addAll(LifecycleDiff.compare(lifecycle(releasedText, "released"), lifecycle(currentText, "current")));
    findings.addAll(DocumentDiff.compare(released, current));
    findings.sort((a, b) -> b.level().compareTo(a.level()));
    ChangeLevel required = findings.stream().map(Finding::level).reduce(ChangeLevel.NONE, ChangeLevel::max);
    return new Verdict(releasedVersion, currentVersion, required, raised, List.copyOf(findings));
  }

  private static LifecycleModel lifecycle(String spec, String which) {
    try {
      return WawpSpec.parse(spec).lifecycle();
    } catch (SpecException e) {
      throw new IllegalStateException("the " + which + " spec's lifecycle model is invalid: " + e.getMessage(), e);
    }
  }

  /** {@code ReleaseGuard <released.yaml> <current bundle> <CHANGELOG.md>}: fails the build on a wrong bump. */
  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      throw new IllegalArgumentException("usage: ReleaseGuard <released spec> <current spec> <changelog>");
    }
    Path released = Path.of(args[0]);
    if (!Files.isRegularFile(released)) {
      throw new IllegalStateException("no released spec at " + released + ": run scripts/release once to record one");
    }
    Verdict verdict = check(Files.readString(released), Files.readString(Path.of(args[1])));
    if (!verdict.passes()) {
      throw new IllegalStateException("breaking-change guard: " + verdict.report());
    }
    if (!Changelog.read(Path.of(args[2])).hasEntry(verdict.current())) {
      throw new IllegalStateException("breaking-change guard: " + args[2] + " has no '## " + verdict.current() + "' section");
    }
    System.out.println("[publish] breaking-change guard: " + verdict.report());
  }
}
