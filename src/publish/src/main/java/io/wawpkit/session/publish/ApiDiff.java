package io.wawpkit.session.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.DiffResult;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * What openapi-diff makes of two versions of the spec (paths, operations, parameters, bodies,
 * schemas). It does not see {@code x-} extensions; {@link LifecycleDiff} and {@link DocumentDiff}
 * cover those.
 */
final class ApiDiff {
  static final String SOURCE = "openapi-diff";

  private ApiDiff() {}

  static List<Finding> compare(String released, String current) {
    ChangedOpenApi diff = OpenApiCompare.fromContents(released, current);
    // isChanged() folds in the changed operations and schemas; isCoreChanged() alone only sees
    // endpoints added or removed, so a changed body or parameter would read as no change.
    DiffResult result = diff.isChanged();
    ChangeLevel level = switch (result) {
      case NO_CHANGES -> ChangeLevel.NONE;
      case METADATA -> ChangeLevel.PATCH;
      case COMPATIBLE -> ChangeLevel.MINOR;
      // UNKNOWN: openapi-diff cannot tell, so the guard assumes the worst.
      case INCOMPATIBLE, UNKNOWN -> ChangeLevel.MAJOR;
    };
    if (level == ChangeLevel.NONE) {
      return List.of();
    }
    return List.of(new Finding(level, SOURCE, result.getValue() + " change\n" + render(diff)));
  }

  private static String render(ChangedOpenApi diff) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
      new MarkdownRender().render(diff, writer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8).strip();
  }
}
