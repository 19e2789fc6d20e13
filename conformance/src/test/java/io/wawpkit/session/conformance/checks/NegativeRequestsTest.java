package io.wawpkit.session.conformance.checks;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.fasterxml.jackson.databind.node.TextNode;
import io.swagger.v3.oas.models.media.Schema;
import io.wawpkit.session.spec.Basis;
import io.wawpkit.session.spec.SpecOperation;
import io.wawpkit.session.spec.WawpSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The forbidden requests are generated from the spec, and the spec's own validator forbids each one. */
class NegativeRequestsTest {
  private static final WawpSpec SPEC = WawpSpec.load();
  private static final OpenApiInteractionValidator VALIDATOR =
      OpenApiInteractionValidator.createForInlineApiSpecification(SPEC.text()).withBasePathOverride("/v2").build();

  private final List<NegativeRequests.Bad> all = new NegativeRequests(SPEC).all();

  /**
   * Each forbidden request cites the mark of the rule it breaks (issue 13): a constraint the docs
   * do not state, or a type of a member the docs only name, is a position; a required member the
   * docs state, or the documented 0/1 of is_active, stays documented.
   */
  @Test
  void eachBrokenRuleCitesItsMark() {
    for (String unstated : List.of("'webhooks[0].hmac' of the wrong type", "'webhooks[0].hmac.key' of the wrong type",
        "'webhooks[0].retries' of the wrong type", "'webhooks[0].retries.attempts' of the wrong type",
        "'webhooks[0].retries.policy' of the wrong type", "'webhooks[0].customHeaders' of the wrong type",
        "'webhooks[0].customHeaders[0].value' of the wrong type",
        "'webhooks' with more than 20 items", "'webhooks[0].events[0]' breaking its pattern",
        "required 'webhooks[0].customHeaders[0].name' missing", "its parameters in a form body (application/x-www-form-urlencoded)")) {
      assertThat(all).as(unstated).filteredOn(b -> b.what().equals(unstated)).isNotEmpty()
          .allSatisfy(b -> assertThat(b.evidence().basis()).as(unstated).isEqualTo(Basis.POSITION));
    }
    assertThat(all).filteredOn(b -> b.what().equals("'webhooks[0].is_active' of the wrong type")).isNotEmpty()
        .allSatisfy(b -> assertThat(b.evidence().basis()).isEqualTo(Basis.DOCUMENTED));
  }

  @Test
  void everyBrokenBodyIsOneTheSpecForbids() {
    for (NegativeRequests.Bad bad : all) {
      if (bad.instanceId() != null) {
        continue;
      }
      ValidationReport report = VALIDATOR.validateRequest(request(bad.operationId(), bad.body(), bad.contentType()));
      assertThat(report.hasErrors()).as(bad.operationId() + ": " + bad.what() + " " + bad.body()).isTrue();
    }
  }

  @Test
  void theExamplesTheyStartFromAreAllowed() {
    assertThat(VALIDATOR.validateRequest(request("setRateLimit", "{\"policy_slug\":\"strict\"}", "application/json")).hasErrors())
        .isFalse();
    assertThat(VALIDATOR.validateRequest(request("setWebhooks",
        "{\"webhooks\":[{\"url\":\"https://a.example/h\",\"events\":[\"message\"],\"retries\":{\"attempts\":0}}]}",
        "application/json")).hasErrors()).isFalse();
  }

  @Test
  void everyBrokenInstanceIdBreaksTheIdSchema() {
    Schema<?> id = SPEC.openApi().getComponents().getSchemas().get("InstanceId");
    SchemaValidator schemas = new SchemaValidator(SPEC.openApi(), new MessageResolver(LevelResolver.create().build()));
    List<NegativeRequests.Bad> ids = all.stream().filter(b -> b.instanceId() != null).toList();
    assertThat(ids).extracting(NegativeRequests.Bad::what).anyMatch(w -> w.contains("maxLength")).anyMatch(w -> w.contains("minLength"));
    for (NegativeRequests.Bad bad : ids) {
      assertThat(schemas.validate(() -> TextNode.valueOf(bad.instanceId()), id, null).hasErrors()).as(bad.what()).isTrue();
    }
  }

  @Test
  void rangesEnumsAndNestedObjectsAreBroken() {
    assertThat(all).extracting(NegativeRequests.Bad::what).contains(
        "'webhooks[0].retries.delaySeconds' below its minimum 0",
        "'webhooks[0].retries.attempts' below its minimum 0",
        "'webhooks[0].events[0]' breaking its pattern",
        "required 'webhooks[0].customHeaders[0].name' missing",
        "'webhooks[0].is_active' outside the enum [0, 1] of its integer branch");
    assertThat(all).filteredOn(b -> b.what().equals("'webhooks[0].retries.attempts' below its minimum 0"))
        .singleElement().extracting(NegativeRequests.Bad::body).asString().contains("\"attempts\":-1");
  }

  @Test
  void aRemoteSampleIsSmallAndCoversDifferentKinds() {
    List<NegativeRequests.Bad> sample = new NegativeRequests(SPEC).sample(6);
    assertThat(sample).hasSize(6);
    assertThat(sample).extracting(NegativeRequests.Bad::kind).doesNotHaveDuplicates();
  }

  private static Request request(String operationId, String body, String contentType) {
    SpecOperation op = SPEC.operation(operationId).orElseThrow();
    SimpleRequest.Builder b = new SimpleRequest.Builder(op.method().name(), "/v2" + op.path())
        .withQueryParam("access_token", "t").withQueryParam("instance_id", "ABC123");
    if (body != null) {
      b.withBody(body).withContentType(contentType);
    }
    return b.build();
  }
}
