package io.wawpkit.session.mock.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.report.ValidationReport.MessageContext;
import io.wawpkit.session.mock.Positions;
import io.wawpkit.session.mock.internal.spec.SpecCache;
import io.wawpkit.session.spec.EvidenceMarks;
import io.wawpkit.session.spec.WawpSpec;
import org.junit.jupiter.api.Test;

/**
 * The lenient mock lets a constraint pass only where the spec's mark for that keyword is not
 * documented: which constraints those are is read from the spec's keyword marks, not listed here.
 */
class LenientWaivesOnlyUndocumentedConstraintsTest {
  static final WawpSpec SPEC = SpecCache.spec();
  final RequestValidation lenient = new RequestValidation(null, null, Positions.LENIENT, SPEC.credentials(), SPEC.evidence());
  final RequestValidation strict = new RequestValidation(null, null, Positions.STRICT, SPEC.credentials(), SPEC.evidence());

  static ValidationReport.Message finding(String keyword, String schemaPointer) {
    ValidationReport.Message m = ValidationReport.Message.create("validation.request.body.schema." + keyword, "broken").build();
    return schemaPointer == null ? m
        : m.withAdditionalContext(MessageContext.create().withPointers("/x", schemaPointer).build());
  }

  @Test
  void aPatternTheDocsNeverStateIsWaived() {
    // WebhookEvent's pattern is a position (the docs give no grammar for event names)
    assertThat(SPEC.evidence().keyword("/components/schemas/WebhookEvent", "pattern")).hasValueSatisfying(
        e -> assertThat(e.basis()).isNotEqualTo(io.wawpkit.session.spec.Basis.DOCUMENTED));
    assertThat(lenient.departsOn(finding("pattern", "/components/schemas/WebhookEvent"))).isTrue();
    assertThat(strict.departsOn(finding("pattern", "/components/schemas/WebhookEvent"))).isFalse();
  }

  @Test
  void aDocumentedConstraintIsEnforcedEvenWhenLenient() {
    // the QR image's data-URL pattern is documented
    assertThat(lenient.departsOn(finding("pattern", "/components/schemas/QrImage/properties/qr"))).isFalse();
  }

  @Test
  void documentedValuesAndRequiredMembersAreNeverWaived() {
    assertThat(RequestValidation.WAIVABLE_KEYWORDS).doesNotContain("enum", "required")
        .isSubsetOf(EvidenceMarks.CONSTRAINT_KEYWORDS);
    assertThat(lenient.departsOn(finding("enum", "/components/schemas/WebhookEvent"))).isFalse();
  }

  @Test
  void aFindingThatPointsNowhereIsTakenAsUndocumented() {
    assertThat(lenient.departsOn(finding("maxLength", null))).isTrue();
  }
}
