package io.wawpkit.session.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The spec accepts the request forms Wawp's docs show (parameters in the query string, no body),
 * and the body forms it takes as positions; and it says which query parameter stands for which
 * body member, so that the mock and the suite treat them as one.
 */
class DocumentedRequestFormsTest {
  static final WawpSpec SPEC = EveryExampleValidatesTest.SPEC;
  static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator.createFor(SPEC.openApi())
      .withBasePathOverride("/").build();

  private static SimpleRequest.Builder withCredentials(Request.Method method, String path) {
    return new SimpleRequest.Builder(method, path)
        .withQueryParam("access_token", "token").withQueryParam("instance_id", "3EB0BCB2E3D4");
  }

  private static ValidationReport validate(SimpleRequest.Builder request) {
    return VALIDATOR.validateRequest(request.build());
  }

  @Test
  void rateLimitAsTheDocsSendItPolicySlugInTheQueryAndNoBody() {
    // The v2 page's sample: ...rate-limit?access_token=...&instance_id=...&policy_slug=standard_policy
    ValidationReport report = validate(withCredentials(Request.Method.PATCH, "/session/rate-limit")
        .withQueryParam("policy_slug", "standard_policy"));
    assertThat(report.getMessages()).isEmpty();
  }

  @Test
  void rateLimitWithABodyIsAcceptedAsAPosition() {
    ValidationReport report = validate(withCredentials(Request.Method.PATCH, "/session/rate-limit")
        .withContentType("application/json").withBody("{\"policy_slug\":\"standard_policy\"}"));
    assertThat(report.getMessages()).isEmpty();
  }

  @Test
  void webhookAsTheDocsSendItTheListAsUrlEncodedJsonInTheQuery() throws Exception {
    String documented = Files.readString(EveryExampleValidatesTest.SPEC_DIR
        .resolve("examples/v2-session-webhook-request-webhooks-param.json"));
    ValidationReport report = validate(withCredentials(Request.Method.POST, "/session/webhook")
        .withQueryParam("webhooks", documented));
    assertThat(report.getMessages()).isEmpty();
  }

  @Test
  void theQueryFormsNameTheBodyMemberTheyStandFor() {
    assertThat(SPEC.operation("setRateLimit").orElseThrow().bodyProperties())
        .isEqualTo(Map.of("policy_slug", new SpecOperation.BodyProperty("policy_slug", false)));
    assertThat(SPEC.operation("setWebhooks").orElseThrow().bodyProperties())
        .isEqualTo(Map.of("webhooks", new SpecOperation.BodyProperty("webhooks", true)));
    // Every such member exists in the operation's body schema.
    for (SpecOperation op : SPEC.operations()) {
      for (SpecOperation.BodyProperty form : op.bodyProperties().values()) {
        var schemaRef = op.operation().getRequestBody().getContent().get("application/json").getSchema().get$ref();
        String name = schemaRef.substring(schemaRef.lastIndexOf('/') + 1);
        assertThat(SPEC.openApi().getComponents().getSchemas().get(name).getProperties())
            .as(op.label()).containsKey(form.member());
      }
    }
  }
}
