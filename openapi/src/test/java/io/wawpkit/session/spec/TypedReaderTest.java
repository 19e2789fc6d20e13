package io.wawpkit.session.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.examples.Example;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The reader's typed look-ups of the project's vendor extensions and of what the spec's examples
 * state, one test per look-up: the mock, the suite, the client's tests and the publisher take these
 * from here instead of reading the raw extensions.
 */
class TypedReaderTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  final WawpSpec spec = EveryExampleValidatesTest.SPEC;

  @Test
  void theReaderKnowsEveryExtensionTheSpecUses() {
    Set<String> used = new TreeSet<>();
    collectExtensions(spec.evidence().tree(), used);
    assertThat(used).isNotEmpty().allSatisfy(name -> assertThat(Extensions.ALL).as(name).contains(name));
    assertThat(Extensions.ALL).allSatisfy(name -> assertThat(name).startsWith(Extensions.PREFIX));
    assertThat(Extensions.DOCUMENTATION).isSubsetOf(Extensions.ALL);
  }

  @Test
  void undocumentedMethod() {
    WawpSpec.UndocumentedMethod rule = spec.undocumentedMethod();
    assertThat(rule).isEqualTo(new WawpSpec.UndocumentedMethod(405, "Allow", "method_not_allowed",
        "#/components/responses/MethodNotAllowed"));
    // the response it names documents the same code
    assertThat(spec.errorExample("MethodNotAllowed").code()).isEqualTo(rule.code());
    assertThat(spec.errorExample("MethodNotAllowed").status()).isEqualTo(rule.status());
  }

  @Test
  void undocumentedMethodIsRequiredWhenAsked() {
    String without = spec.text().replace(Extensions.UNDOCUMENTED_METHOD + ":", "x-other-rule:");
    assertThat(without).isNotEqualTo(spec.text());
    WawpSpec other = WawpSpec.parse(without);
    assertThatThrownBy(other::undocumentedMethod).isInstanceOf(SpecException.class)
        .hasMessageContaining(Extensions.UNDOCUMENTED_METHOD);
  }

  @Test
  void errorExampleOfAResponseComponent() {
    assertThat(spec.errorExample("NotFound")).isEqualTo(new WawpSpec.ErrorExample(404, "invalid_instance", "Instance not found."));
    assertThat(spec.errorExample("Unavailable").code()).isEqualTo("service_unavailable");
    assertThat(spec.errorExample("Unavailable").status()).isEqualTo(503);
    assertThat(spec.errorExample("SubscriptionRequired").code()).isEqualTo("subscription_required");
    assertThatThrownBy(() -> spec.errorExample("SessionInfo")).isInstanceOf(SpecException.class)
        .hasMessageContaining("SessionInfo");
    assertThatThrownBy(() -> spec.errorExample("NoSuchResponse")).isInstanceOf(SpecException.class);
  }

  @Test
  void exampleOfAResponseFollowsItsReference() {
    SpecOperation info = spec.operation("getSessionInfo").orElseThrow();
    JsonNode notFound = spec.response(info, 404).flatMap(spec::example).orElseThrow();
    assertThat(notFound.path("code").asText()).isEqualTo("invalid_instance");
    // the unresolved reference gives the same
    assertThat(spec.example(info.operation().getResponses().get("404"))).contains(notFound);
    // delete's 200 has only an external example: no inline value
    assertThat(spec.response(spec.operation("deleteSession").orElseThrow(), 200).flatMap(spec::example)).isEmpty();
    // each call gives a tree of its own
    ((com.fasterxml.jackson.databind.node.ObjectNode) notFound).put("code", "changed");
    assertThat(spec.response(info, 404).flatMap(spec::example).orElseThrow().path("code").asText()).isEqualTo("invalid_instance");
  }

  @Test
  void credentialNames() {
    CredentialNames names = spec.credentials();
    assertThat(names).isEqualTo(new CredentialNames("access_token", "instance_id", "Authorization", "Bearer", "X-Instance-ID"));
    assertThat(names.authorization("t0ken")).isEqualTo("Bearer t0ken");
    assertThat(names.token("Bearer t0ken")).isEqualTo("t0ken");
    assertThat(names.token("bearer  t0ken ")).isEqualTo("t0ken");
    assertThat(names.token("Basic dTpw")).isNull();
    assertThat(names.token("Bearer ")).isNull();
    assertThat(names.token(null)).isNull();
    // the scheme names are the spec's, each with its mark
    assertThat(spec.openApi().getComponents().getSecuritySchemes()).containsOnlyKeys(
        CredentialNames.TOKEN_QUERY, CredentialNames.INSTANCE_QUERY, CredentialNames.BEARER, CredentialNames.INSTANCE_HEADER);
    assertThat(List.of(CredentialNames.TOKEN_QUERY, CredentialNames.INSTANCE_QUERY, CredentialNames.BEARER,
        CredentialNames.INSTANCE_HEADER)).allSatisfy(s -> assertThat(spec.evidence().securityScheme(s)).isNotNull());
  }

  @Test
  void credentialNamesFollowTheSpec() {
    WawpSpec renamed = WawpSpec.parse(spec.text().replace("name: X-Instance-ID", "name: X-Session-ID"));
    assertThat(renamed.credentials().instanceHeader()).isEqualTo("X-Session-ID");
    WawpSpec broken = WawpSpec.parse(spec.text().replace("    instanceIdQuery:\n      type: apiKey\n      in: query",
        "    instanceIdQuery:\n      type: apiKey\n      in: cookie"));
    assertThatThrownBy(broken::credentials).isInstanceOf(SpecException.class).hasMessageContaining(CredentialNames.INSTANCE_QUERY);
  }

  @Test
  void signing() {
    WawpSpec.Signing signing = spec.signing();
    assertThat(signing).isEqualTo(new WawpSpec.Signing("X-Webhook-Hmac", "X-Webhook-Hmac-Algorithm", "sha512"));
    assertThat(signing.macAlgorithm()).isEqualTo("HmacSHA512");
    assertThat(spec.evidence().signing().basis()).isEqualTo(Basis.POSITION);
  }

  @Test
  void events() {
    assertThat(spec.events()).containsExactly(Map.entry("session.status", "SessionStatusEvent"));
    assertThat(spec.event("SessionStatusEvent")).contains("session.status");
    assertThat(spec.event("SessionInfo")).isEmpty();
    assertThat(spec.eventSchema("session.status")).contains("SessionStatusEvent");
    assertThat(spec.eventSchema("message")).isEmpty();
    assertThat(spec.openApi().getComponents().getSchemas()).containsKey(spec.eventSchema("session.status").orElseThrow());
  }

  @Test
  void documentedValues() {
    assertThat(spec.documentedValues("WebhookEvent")).startsWith("session.status", "message").contains("label.upsert")
        .doesNotHaveDuplicates();
    assertThat(spec.documentedValues("SessionInfo")).isEmpty();
    assertThat(spec.documentedValues("NoSuchSchema")).isEmpty();
  }

  @Test
  void valueFileOfAnExample() {
    List<WawpSpec.ValueFile> files = new ArrayList<>();
    spec.operations().forEach(op -> {
      if (op.operation().getRequestBody() != null) {
        op.operation().getRequestBody().getContent().values().forEach(m -> m.getExamples().values()
            .forEach(e -> WawpSpec.valueFile(e).ifPresent(files::add)));
      }
    });
    assertThat(files).containsExactly(new WawpSpec.ValueFile("v2-session-webhook-request-webhooks-param.json", "/webhooks"));
    Example plain = new Example().value(Map.of("a", 1));
    assertThat(WawpSpec.valueFile(plain)).isEmpty();
    Example wholeFile = new Example();
    wholeFile.addExtension(Extensions.VALUE_FILE, "x.json");
    assertThat(WawpSpec.valueFile(wholeFile)).contains(new WawpSpec.ValueFile("x.json", ""));
  }

  @Test
  void lifecycleTreeIsADeepCopyThatParsesToTheModel() {
    Map<String, Object> tree = spec.lifecycleTree();
    LifecycleModel parsed = LifecycleModel.parse(tree);
    assertThat(parsed.states()).isEqualTo(spec.lifecycle().states());
    assertThat(parsed.moves()).isEqualTo(spec.lifecycle().moves());
    for (String action : spec.lifecycle().actions()) {
      for (String from : spec.lifecycle().states()) {
        assertThat(parsed.transition(action, from)).isEqualTo(spec.lifecycle().transition(action, from));
      }
    }
    // mutable all the way down, and a copy: the next call gives the document's tree again
    @SuppressWarnings("unchecked")
    Map<String, Object> delete = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) tree.get("actions"))
        .get("delete")).get("from");
    @SuppressWarnings("unchecked")
    Map<String, Object> fromStopped = (Map<String, Object>) delete.get("STOPPED");
    fromStopped.put("to", "STOPPED");
    ((List<Object>) tree.get("states")).add("PAUSED");
    assertThat(LifecycleModel.parse(spec.lifecycleTree()).transition("delete", "STOPPED").orElseThrow().to()).isEqualTo("DELETED");
    assertThat(spec.lifecycleTree().get("states")).asList().doesNotContain("PAUSED");
  }

  @Test
  void deletesIsTheActionThatLeadsToTheTerminalMarker() {
    LifecycleModel model = spec.lifecycle();
    assertThat(model.actions()).filteredOn(model::deletes).containsExactly("delete");
    assertThat(model.deletes(SpecOperation.READ)).isFalse();
    assertThat(model.deletes(SpecOperation.SETTINGS)).isFalse();
    assertThat(model.deletes(LifecycleModel.CREATE)).isFalse();
    assertThat(model.deletes(null)).isFalse();
    assertThat(spec.operations()).filteredOn(op -> model.deletes(op.action()))
        .extracting(SpecOperation::operationId).containsExactly("deleteSession");
  }

  @Test
  void requestExampleIsTheFirstOfTheBody() {
    SpecOperation webhooks = spec.operation("setWebhooks").orElseThrow();
    assertThat(webhooks.requestExamples()).containsOnlyKeys("none", "documented");
    // the first one sends events nowhere: the valid body a tool sends when it needs one
    assertThat(webhooks.requestExample()).contains(JSON.createObjectNode().set("webhooks", JSON.createArrayNode()));
    assertThat(webhooks.requestExamples().get("documented").path("webhooks").path(0).path("url").asText())
        .isEqualTo("https://my-app.com/webhook");
    SpecOperation rateLimit = spec.operation("setRateLimit").orElseThrow();
    assertThat(rateLimit.requestExample()).contains(JSON.createObjectNode().put("policy_slug", "standard_policy"));
    assertThat(spec.operation("getSessionInfo").orElseThrow().requestExample()).isEmpty();
    assertThat(spec.operation("getSessionInfo").orElseThrow().requestExamples()).isEmpty();
    // every operation that takes a body has one, and each call gives a tree of its own
    assertThat(spec.operations()).filteredOn(op -> op.operation().getRequestBody() != null)
        .isNotEmpty().allSatisfy(op -> assertThat(op.requestExample()).as(op.label()).isPresent());
    ((com.fasterxml.jackson.databind.node.ObjectNode) rateLimit.requestExample().orElseThrow()).put("policy_slug", "strict");
    assertThat(rateLimit.requestExample().orElseThrow().path("policy_slug").asText()).isEqualTo("standard_policy");
  }

  @Test
  void ownKeywordMarkIsOnlyTheKeywordsOwn() {
    EvidenceMarks marks = spec.evidence();
    // SessionMe's required has a mark of its own; the maxItems of webhooks only the node's
    assertThat(marks.ownKeyword("/components/schemas/SessionMe", "required")).get().extracting(Evidence::pointer)
        .isEqualTo("/components/schemas/SessionMe/" + Extensions.KEYWORD_EVIDENCE + "/required");
    String webhooks = "/components/schemas/WebhookUpdate/properties/webhooks";
    assertThat(marks.ownKeyword(webhooks, "maxItems")).isEmpty();
    assertThat(marks.keyword(webhooks, "maxItems")).isEqualTo(marks.on(webhooks)).isPresent();
  }

  private static void collectExtensions(JsonNode node, Set<String> out) {
    if (node.isArray()) {
      node.forEach(n -> collectExtensions(n, out));
    } else if (node.isObject()) {
      node.fields().forEachRemaining(f -> {
        if (f.getKey().startsWith("x-")) {
          out.add(f.getKey());
        }
        collectExtensions(f.getValue(), out);
      });
    }
  }
}
