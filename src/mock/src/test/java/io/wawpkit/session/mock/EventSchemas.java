package io.wawpkit.session.mock;

import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.fasterxml.jackson.databind.JsonNode;
import io.wawpkit.session.spec.WawpSpec;
import java.util.List;

/** Validates event bodies against the spec's event schemas (read by the spec's own reader, not the mock). */
final class EventSchemas {
  private final WawpSpec spec = WawpSpec.load();
  private final SchemaValidator validator = new SchemaValidator(spec.openApi(), new MessageResolver(LevelResolver.create()
      .withLevel(SchemaValidator.ADDITIONAL_PROPERTIES_KEY, ValidationReport.Level.IGNORE).build()));

  /** The schema's complaints about the body, empty when it validates. */
  List<String> errors(JsonNode body, String schema) {
    ValidationReport report = validator.validate(() -> body, spec.openApi().getComponents().getSchemas().get(schema), null);
    return report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
        .map(ValidationReport.Message::getMessage).toList();
  }
}
