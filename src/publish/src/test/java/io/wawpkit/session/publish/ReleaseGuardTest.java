package io.wawpkit.session.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wawpkit.session.spec.Extensions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each outcome of the guard on small variants of the released spec, built here by editing its
 * tree: the variant gets the change and a version, and the guard decides.
 */
class ReleaseGuardTest {
  private static final JsonNode RELEASED = SpecBundler.read(Published.ROOT.resolve("openapi/released/wawp-session.yaml"));
  private static final String RELEASED_TEXT = SpecBundler.toYaml(RELEASED);
  /** Where the lifecycle model sits in the document (the variants edit its raw tree). */
  private static final String LIFECYCLE = "/" + Extensions.LIFECYCLE;

  private static ReleaseGuard.Verdict check(String version, Consumer<ObjectNode> change) {
    ObjectNode variant = RELEASED.deepCopy();
    change.accept(variant);
    ((ObjectNode) variant.get("info")).put("version", version);
    return ReleaseGuard.check(RELEASED_TEXT, SpecBundler.toYaml(variant));
  }

  private static String releasedVersion() {
    return RELEASED.at("/info/version").asText();
  }

  private static String bump(ChangeLevel level) {
    SemVer v = SemVer.parse(releasedVersion());
    return switch (level) {
      case MAJOR -> new SemVer(v.major() + 1, 0, 0).toString();
      case MINOR -> new SemVer(v.major(), v.minor() + 1, 0).toString();
      case PATCH -> new SemVer(v.major(), v.minor(), v.patch() + 1).toString();
      case NONE -> v.toString();
    };
  }

  /** What openapi-diff alone made of a variant (the other comparisons cannot mask it). */
  private static List<Finding> openapiDiff(ReleaseGuard.Verdict verdict) {
    return verdict.findings().stream().filter(f -> f.source().equals(ApiDiff.SOURCE)).toList();
  }

  // --- the changes ---------------------------------------------------------------------------

  private static void removeAnOperation(ObjectNode spec) {
    ((ObjectNode) spec.at("/paths/~1session~1me")).remove("get");
  }

  private static void addAnOptionalResponseField(ObjectNode spec) {
    ((ObjectNode) spec.at("/components/schemas/TempLinkRevocation/properties"))
        .putObject("revoked_at").put("type", "string").put("format", "date-time");
  }

  private static void changeAResponseFieldType(ObjectNode spec) {
    ((ObjectNode) spec.at("/components/schemas/TempLinkRevocation/properties/revoked")).removeAll().put("type", "string");
  }

  private static void rewordADescription(ObjectNode spec) {
    ((ObjectNode) spec.at("/paths/~1session~1me/get")).put("description", "The account of the session, reworded.");
  }

  private static void changeALifecycleTransition(ObjectNode spec) {
    ((ObjectNode) spec.at(LIFECYCLE + "/actions/logout/from/WORKING")).put("to", "STOPPED");
  }

  private static void removeALifecycleMove(ObjectNode spec) {
    ArrayNode moves = (ArrayNode) spec.at(LIFECYCLE + "/moves");
    for (int i = 0; i < moves.size(); i++) {
      if (moves.get(i).path("name").asText().equals("resume")) {
        moves.remove(i);
        return;
      }
    }
    throw new AssertionError("the released lifecycle has no move 'resume'");
  }

  /** FAILED goes from the states, from every action's table and with the move that led to it. */
  private static void removeALifecycleStatus(ObjectNode spec) {
    ObjectNode lifecycle = (ObjectNode) spec.get(Extensions.LIFECYCLE);
    ArrayNode states = (ArrayNode) lifecycle.get("states");
    for (int i = 0; i < states.size(); i++) {
      if (states.get(i).asText().equals("FAILED")) {
        states.remove(i);
      }
    }
    ((ObjectNode) lifecycle.get("carries")).remove("FAILED");
    lifecycle.get("actions").forEach(action -> {
      if (action.has("from")) {
        ((ObjectNode) action.get("from")).remove("FAILED");
      }
    });
    ArrayNode moves = (ArrayNode) lifecycle.get("moves");
    for (int i = moves.size() - 1; i >= 0; i--) {
      if (moves.get(i).path("to").asText().equals("FAILED")) {
        moves.remove(i);
      }
    }
  }

  /** The model no longer says what restart does (the operations stay: openapi-diff sees nothing). */
  private static void removeALifecycleAction(ObjectNode spec) {
    assertThat(spec.at(LIFECYCLE + "/actions/restart").isObject()).as("the released model has restart").isTrue();
    ((ObjectNode) spec.at(LIFECYCLE + "/actions")).remove("restart");
  }

  private static void addALifecycleStatus(ObjectNode spec) {
    ObjectNode lifecycle = (ObjectNode) spec.get(Extensions.LIFECYCLE);
    ((ArrayNode) lifecycle.get("states")).add("PAUSED");
    ((ObjectNode) lifecycle.get("carries")).putArray("PAUSED");
    lifecycle.get("actions").properties().forEach(action -> {
      if (action.getValue().has("from")) {
        ((ObjectNode) action.getValue().get("from")).putObject("PAUSED").put("to", "STOPPED").put("login", "keep");
      }
    });
  }

  // --- the outcomes --------------------------------------------------------------------------

  @Test
  void noChangeNeedsNoBump() {
    ReleaseGuard.Verdict v = check(bump(ChangeLevel.NONE), spec -> {});
    assertThat(v.required()).isEqualTo(ChangeLevel.NONE);
    assertThat(v.findings()).isEmpty();
    assertThat(v.passes()).isTrue();
  }

  @Test
  void anIncompatibleChangeFailsWithoutAMajorBump() {
    ReleaseGuard.Verdict v = check(bump(ChangeLevel.MINOR), ReleaseGuardTest::removeAnOperation);
    assertThat(v.required()).isEqualTo(ChangeLevel.MAJOR);
    assertThat(v.passes()).isFalse();
    assertThat(v.report()).contains("openapi-diff").contains("/session/me")
        .contains("raise info.version to at least " + bump(ChangeLevel.MAJOR));
  }

  @Test
  void anIncompatibleChangePassesWithAMajorBump() {
    assertThat(check(bump(ChangeLevel.MAJOR), ReleaseGuardTest::removeAnOperation).passes()).isTrue();
  }

  @Test
  void anIncompatibleChangeInsideAnOperationNeedsAMajorBump() {
    ReleaseGuard.Verdict v = check(bump(ChangeLevel.MINOR), ReleaseGuardTest::changeAResponseFieldType);
    assertThat(v.required()).isEqualTo(ChangeLevel.MAJOR);
    assertThat(v.passes()).isFalse();
    // Only openapi-diff can see this is incompatible (DocumentDiff would say MINOR).
    assertThat(openapiDiff(v)).singleElement().satisfies(f -> {
      assertThat(f.level()).isEqualTo(ChangeLevel.MAJOR);
      assertThat(f.what()).startsWith("incompatible change").contains("/session/temp-link");
    });
  }

  @Test
  void aCompatibleChangeNeedsAtLeastAMinorBump() {
    assertThat(check(bump(ChangeLevel.NONE), ReleaseGuardTest::addAnOptionalResponseField).passes()).isFalse();
    ReleaseGuard.Verdict patch = check(bump(ChangeLevel.PATCH), ReleaseGuardTest::addAnOptionalResponseField);
    assertThat(patch.required()).isEqualTo(ChangeLevel.MINOR);
    assertThat(patch.passes()).isFalse();
    // openapi-diff itself must call it compatible: DocumentDiff alone would also ask for MINOR.
    assertThat(openapiDiff(patch)).singleElement().satisfies(f -> {
      assertThat(f.level()).isEqualTo(ChangeLevel.MINOR);
      assertThat(f.what()).startsWith("compatible change").contains("revoked_at");
    });
    assertThat(check(bump(ChangeLevel.MINOR), ReleaseGuardTest::addAnOptionalResponseField).passes()).isTrue();
    assertThat(check(bump(ChangeLevel.MAJOR), ReleaseGuardTest::addAnOptionalResponseField).passes()).isTrue();
  }

  @Test
  void aDescriptionOnlyChangeNeedsAtLeastAPatchBump() {
    ReleaseGuard.Verdict same = check(bump(ChangeLevel.NONE), ReleaseGuardTest::rewordADescription);
    assertThat(same.required()).isEqualTo(ChangeLevel.PATCH);
    assertThat(same.passes()).isFalse();
    // openapi-diff itself must call it metadata: DocumentDiff alone would also ask for PATCH.
    assertThat(openapiDiff(same)).singleElement().satisfies(f -> {
      assertThat(f.level()).isEqualTo(ChangeLevel.PATCH);
      assertThat(f.what()).startsWith("metadata change");
    });
    assertThat(check(bump(ChangeLevel.PATCH), ReleaseGuardTest::rewordADescription).passes()).isTrue();
  }

  @Test
  void anInfoDescriptionChangeThatOpenapiDiffIgnoresStillNeedsAPatch() {
    ReleaseGuard.Verdict v = check(bump(ChangeLevel.NONE),
        spec -> ((ObjectNode) spec.get("info")).put("description", "Shorter."));
    assertThat(v.required()).isEqualTo(ChangeLevel.PATCH);
    assertThat(v.passes()).isFalse();
  }

  @Test
  void aChangedLifecycleTransitionIsIncompatible() {
    ReleaseGuard.Verdict minor = check(bump(ChangeLevel.MINOR), ReleaseGuardTest::changeALifecycleTransition);
    assertThat(minor.required()).isEqualTo(ChangeLevel.MAJOR);
    assertThat(minor.passes()).isFalse();
    assertThat(minor.report()).contains("logout from WORKING changed: to SCAN_QR_CODE, login drop -> to STOPPED, login drop");
    assertThat(check(bump(ChangeLevel.MAJOR), ReleaseGuardTest::changeALifecycleTransition).passes()).isTrue();
  }

  @Test
  void aRemovedLifecycleMoveIsIncompatible() {
    ReleaseGuard.Verdict v = check(bump(ChangeLevel.MINOR), ReleaseGuardTest::removeALifecycleMove);
    assertThat(v.required()).isEqualTo(ChangeLevel.MAJOR);
    assertThat(v.report()).contains("move resume removed");
  }

  @Test
  void aRemovedLifecycleStatusIsIncompatible() {
    ReleaseGuard.Verdict minor = check(bump(ChangeLevel.MINOR), ReleaseGuardTest::removeALifecycleStatus);
    assertThat(minor.required()).isEqualTo(ChangeLevel.MAJOR);
    assertThat(minor.passes()).isFalse();
    // The status itself and each transition from it, each found by the lifecycle comparison.
    assertThat(minor.findings()).contains(
        new Finding(ChangeLevel.MAJOR, LifecycleDiff.SOURCE, "status FAILED removed"),
        new Finding(ChangeLevel.MAJOR, LifecycleDiff.SOURCE, "logout from FAILED removed"),
        new Finding(ChangeLevel.MAJOR, LifecycleDiff.SOURCE, "start from FAILED removed"));
    assertThat(minor.findings()).noneMatch(f -> f.source().equals(ApiDiff.SOURCE));
    assertThat(check(bump(ChangeLevel.MAJOR), ReleaseGuardTest::removeALifecycleStatus).passes()).isTrue();
  }

  @Test
  void aRemovedLifecycleActionIsIncompatible() {
    ReleaseGuard.Verdict minor = check(bump(ChangeLevel.MINOR), ReleaseGuardTest::removeALifecycleAction);
    assertThat(minor.required()).isEqualTo(ChangeLevel.MAJOR);
    assertThat(minor.passes()).isFalse();
    assertThat(minor.findings())
        .contains(new Finding(ChangeLevel.MAJOR, LifecycleDiff.SOURCE, "action restart removed"))
        .noneMatch(f -> f.source().equals(ApiDiff.SOURCE));
  }

  @Test
  void anAddedLifecycleStatusIsACompatibleChange() {
    ReleaseGuard.Verdict patch = check(bump(ChangeLevel.PATCH), ReleaseGuardTest::addALifecycleStatus);
    assertThat(patch.required()).isEqualTo(ChangeLevel.MINOR);
    assertThat(patch.passes()).isFalse();
    assertThat(patch.report()).contains("status PAUSED added").contains("stop from PAUSED added");
    assertThat(check(bump(ChangeLevel.MINOR), ReleaseGuardTest::addALifecycleStatus).passes()).isTrue();
  }

  @Test
  void aLowerVersionIsRefused() {
    SemVer v = SemVer.parse(releasedVersion());
    assertThatThrownBy(() -> new SemVer(v.major(), v.minor(), v.patch()).raisedOver(new SemVer(v.major() + 1, 0, 0)))
        .hasMessageContaining("lower than the released");
  }

  // --- the build's entry point: ReleaseGuard.main on files, as the pom calls it ----------------

  /** Runs the guard as the build does, on a variant written to a file and a changelog naming versions. */
  private static void runGuard(Path dir, String version, Consumer<ObjectNode> change, String... changelogVersions)
      throws IOException {
    ObjectNode variant = RELEASED.deepCopy();
    change.accept(variant);
    ((ObjectNode) variant.get("info")).put("version", version);
    Path current = Files.writeString(dir.resolve("wawp-session.yaml"), SpecBundler.toYaml(variant));
    StringBuilder log = new StringBuilder("# Changelog\n\nMentions " + version + " only in prose.\n");
    for (String v : changelogVersions) {
      log.append("\n## ").append(v).append(" - 2026-12-01\n- a change\n");
    }
    Path changelog = Files.writeString(dir.resolve("CHANGELOG.md"), log);
    ReleaseGuard.main(new String[] {Published.ROOT.resolve("openapi/released/wawp-session.yaml").toString(),
        current.toString(), changelog.toString()});
  }

  @Test
  void theBuildRefusesATooSmallBumpAndSaysWhatToRaise(@TempDir Path dir) {
    String patch = bump(ChangeLevel.PATCH);
    assertThatThrownBy(() -> runGuard(dir, patch, ReleaseGuardTest::addAnOptionalResponseField, patch))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("breaking-change guard: spec " + patch + " against released " + releasedVersion())
        .hasMessageContaining("the changes need a MINOR version bump but the version raised PATCH")
        .hasMessageContaining("raise info.version to at least " + bump(ChangeLevel.MINOR))
        .hasMessageContaining("revoked_at");
  }

  @Test
  void theBuildRefusesAVersionWithoutItsChangelogSection(@TempDir Path dir) {
    String minor = bump(ChangeLevel.MINOR);
    assertThatThrownBy(() -> runGuard(dir, minor, ReleaseGuardTest::addAnOptionalResponseField, releasedVersion()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("breaking-change guard: " + dir.resolve("CHANGELOG.md") + " has no '## " + minor + "' section");
  }

  @Test
  void theBuildAcceptsTheRightBumpWithItsChangelogSection(@TempDir Path dir) {
    String minor = bump(ChangeLevel.MINOR);
    assertThatCode(() -> runGuard(dir, minor, ReleaseGuardTest::addAnOptionalResponseField, minor, releasedVersion()))
        .doesNotThrowAnyException();
  }

  @Test
  void theBuildRefusesToRunWithoutARecordedRelease(@TempDir Path dir) throws IOException {
    Path bundle = Files.writeString(dir.resolve("current.yaml"), RELEASED_TEXT);
    assertThatThrownBy(() -> ReleaseGuard.main(new String[] {dir.resolve("none.yaml").toString(), bundle.toString(),
        dir.resolve("CHANGELOG.md").toString()}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no released spec at").hasMessageContaining("scripts/release");
  }

  @Test
  void theCurrentSpecPassesAgainstTheRecordedRelease() {
    ReleaseGuard.Verdict v = ReleaseGuard.check(RELEASED_TEXT, Published.read(Published.BUNDLE));
    assertThat(v.passes()).as(v.report()).isTrue();
  }
}
