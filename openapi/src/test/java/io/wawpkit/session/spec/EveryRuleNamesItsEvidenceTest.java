package io.wawpkit.session.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every rule the contract states carries its basis as data (issue 13): each response, schema
 * constraint, property the docs do not name, error code, operation per API version, credential form,
 * request form, lifecycle cell and move, and cross-cutting rule.
 */
class EveryRuleNamesItsEvidenceTest {
  final WawpSpec spec = EveryExampleValidatesTest.SPEC;
  final EvidenceMarks marks = spec.evidence();
  final JsonNode tree = marks.tree();

  @Test
  void everyResponseHasAMark() {
    List<String> missing = new ArrayList<>();
    tree.at("/components/responses").fieldNames().forEachRemaining(n -> {
      if (marks.on("/components/responses/" + n).isEmpty()) {
        missing.add(n);
      }
    });
    // inline responses of operations and callbacks
    forEachNode(tree, "", (node, pointer) -> {
      if (pointer.matches(".*/responses/[0-9]{3}") && !node.has("$ref") && marks.on(pointer).isEmpty()) {
        missing.add(pointer);
      }
    });
    assertThat(missing).as("responses without x-wawp-evidence").isEmpty();
  }

  @Test
  void everyConstraintKeywordOfEverySchemaHasAMark() {
    List<String> missing = new ArrayList<>();
    forEachSchema(tree, "", false, (node, pointer) -> {
      for (String keyword : constraintKeywords(node)) {
        if (marks.keyword(pointer, keyword).isEmpty()) {
          missing.add(pointer + " " + keyword);
        }
      }
    });
    tree.at("/components/schemas").fieldNames().forEachRemaining(n -> {
      if (marks.on("/components/schemas/" + n).isEmpty()) {
        missing.add("/components/schemas/" + n);
      }
    });
    assertThat(missing).as("schema nodes and keywords without a mark").isEmpty();
  }

  @Test
  void keywordAndPropertyMarksNameWhatTheSchemaHas() {
    List<String> stale = new ArrayList<>();
    for (String pointer : marks.all().keySet()) {
      Matcher m = Pattern.compile("(.*)/(" + Pattern.quote(Extensions.KEYWORD_EVIDENCE) + "|"
          + Pattern.quote(Extensions.PROPERTY_EVIDENCE) + ")/([^/]+)").matcher(pointer);
      if (!m.matches()) {
        continue;
      }
      JsonNode node = tree.at(m.group(1));
      boolean keyword = m.group(2).equals(Extensions.KEYWORD_EVIDENCE);
      boolean present = keyword ? node.has(m.group(3)) : node.path("properties").has(m.group(3));
      if (!present) {
        stale.add(pointer);
      }
    }
    assertThat(stale).as("marks of keywords or properties the schema does not have").isEmpty();
  }

  @Test
  void theNamesTheDocsDoNotGiveArePositions() {
    // the issue names them: the key platform, the policy fields, the temp-link expiry, revoked, current_policy
    assertThat(List.of(
            marks.property("/components/schemas/AccountInfo", "platform"),
            marks.property("/components/schemas/RateLimitPolicy", "slug"),
            marks.property("/components/schemas/RateLimitPolicy", "name"),
            marks.property("/components/schemas/RateLimitPolicy", "description"),
            marks.property("/components/schemas/RateLimitSettings", "current_policy"),
            marks.property("/components/schemas/TempLink", "expires_at"),
            marks.property("/components/schemas/NewTempLink", "expires_at"),
            marks.property("/components/schemas/TempLinkRevocation", "revoked")))
        .allSatisfy(e -> assertThat(e).get().extracting(Evidence::basis).isEqualTo(Basis.POSITION));
    assertThat(marks.keyword("/components/schemas/TempLink/properties/link", "pattern")).get()
        .extracting(Evidence::basis).isEqualTo(Basis.POSITION);
    assertThat(marks.keyword("/components/schemas/WebhookUpdate/properties/webhooks", "maxItems")).get()
        .extracting(Evidence::basis).isEqualTo(Basis.POSITION);
    assertThat(marks.keyword("/components/schemas/WebhookEvent", "pattern")).get()
        .extracting(Evidence::basis).isEqualTo(Basis.POSITION);
  }

  @Test
  void everyErrorCodeHasAMarkAndOnlyTheDocumentedOnesAreDocumented() {
    Set<String> used = new TreeSet<>();
    Matcher named = Pattern.compile("`([a-z_]+)`").matcher(spec.openApi().getComponents().getSchemas().get("Error").getDescription());
    while (named.find()) {
      used.add(named.group(1));
    }
    forEachNode(tree, "", (node, pointer) -> {
      // an example in the Error shape (a pairing code's `code` is no error code)
      if (pointer.matches(".*/examples/[^/]+/value") && node.path("code").isTextual() && node.has("message")) {
        used.add(node.path("code").asText());
      }
    });
    assertThat(marks.errorCodes()).containsExactlyInAnyOrderElementsOf(used);
    Set<String> documented = new TreeSet<>();
    used.forEach(c -> marks.errorCode(c).filter(e -> e.basis() == Basis.DOCUMENTED).ifPresent(e -> documented.add(c)));
    // the codes the digest names, and no other
    assertThat(documented).containsExactlyInAnyOrder(
        "invalid_instance", "invalid_access_token", "subscription_required", "invalid_session", "wawp_upstream_error");
  }

  @Test
  void everyOperationHasAMarkForEachVersionThatServesIt() {
    List<String> missing = new ArrayList<>();
    for (SpecOperation op : spec.operations()) {
      for (String v : op.apiVersions()) {
        if (marks.operation(op, v).isEmpty()) {
          missing.add(op.operationId() + " on " + v);
        }
      }
    }
    assertThat(missing).isEmpty();
    // v1 serving the GET forms of the lifecycle actions is a position
    for (String id : List.of("startSessionByGet", "stopSessionByGet", "restartSessionByGet", "logoutSessionByGet")) {
      assertThat(marks.operation(spec.operation(id).orElseThrow(), "v1")).get()
          .extracting(Evidence::basis).isEqualTo(Basis.POSITION);
    }
  }

  @Test
  void credentialFormsRequestFormsAndVendorRulesHaveMarks() {
    assertThat(marks.securityScheme("accessTokenQuery").basis()).isEqualTo(Basis.DOCUMENTED);
    assertThat(marks.securityScheme("instanceIdQuery").basis()).isEqualTo(Basis.DOCUMENTED);
    assertThat(marks.securityScheme("bearerToken").basis()).isEqualTo(Basis.POSITION);
    assertThat(marks.securityScheme("instanceIdHeader").basis()).isEqualTo(Basis.POSITION);
    assertThat(marks.undocumentedMethod().basis()).isEqualTo(Basis.POSITION);
    assertThat(marks.signing().basis()).isEqualTo(Basis.POSITION);
    assertThat(marks.rule("query-wins").basis()).isEqualTo(Basis.POSITION);
    assertThat(marks.rule("new-fields-may-appear").basis()).isEqualTo(Basis.TOLERATED);
    assertThat(marks.rule("new-statuses-may-appear").basis()).isEqualTo(Basis.TOLERATED);
    marks.rules().forEach(marks::rule);
    List<String> missing = new ArrayList<>();
    forEachNode(tree, "", (node, pointer) -> {
      boolean parameter = pointer.matches(".*/parameters/[0-9]+") && node.has("in");
      boolean body = pointer.endsWith("/requestBody");
      if ((parameter || body) && marks.on(pointer).isEmpty()) {
        missing.add(pointer);
      }
    });
    assertThat(missing).as("parameters and request bodies without a mark").isEmpty();
  }

  @Test
  void everyLifecycleCellAndMoveHasAMark() {
    LifecycleModel model = spec.lifecycle();
    List<String> missing = new ArrayList<>();
    for (String action : model.actions()) {
      for (String state : model.states()) {
        if (marks.transition(action, state).isEmpty()) {
          missing.add(action + " from " + state);
        }
      }
    }
    model.moves().forEach(m -> {
      if (marks.move(m.name()).isEmpty()) {
        missing.add("move " + m.name());
      }
    });
    model.states().forEach(s -> {
      if (marks.carries(s).isEmpty()) {
        missing.add("carries " + s);
      }
    });
    assertThat(missing).isEmpty();
    marks.terminal();
    marks.qrRotation();
    spec.operations().stream().filter(o -> !o.needsInstance()).forEach(o -> marks.create(o.operationId()));
    // the cells no page states (issue 13)
    assertThat(List.of(marks.transition("start", "FAILED"), marks.transition("logout", "STARTING"),
            marks.transition("logout", "FAILED")))
        .allSatisfy(e -> assertThat(e).get().extracting(Evidence::basis).isEqualTo(Basis.POSITION));
    assertThat(marks.transition("start", "STOPPED")).get().extracting(Evidence::basis).isEqualTo(Basis.DOCUMENTED);
  }

  /**
   * What a status must not carry is a rule too (issue 16): a carried field is null or absent in every
   * other status, documented for qr ("only in this status"), a position for me.
   */
  @Test
  void everyCarriedFieldHasAMarkForItsAbsenceElsewhere() {
    Set<String> fields = spec.lifecycle().carriedFields();
    assertThat(fields).contains("qr", "me");
    fields.forEach(f -> assertThat(marks.absentElsewhere(f)).as(f).isPresent());
    assertThat(marks.absentElsewhere("qr")).get().extracting(Evidence::basis).isEqualTo(Basis.DOCUMENTED);
    assertThat(marks.absentElsewhere("me")).get().extracting(Evidence::basis).isEqualTo(Basis.POSITION);
    assertThat(marks.absentElsewhere("engine")).isEmpty();
  }

  /** A documented number the contract states, read as data with its mark: a temp link's 30 minutes. */
  @Test
  void theTempLinkLifetimeIsDocumentedAndReadAsADuration() {
    assertThat(spec.tempLinkLifetime()).isEqualTo(java.time.Duration.ofMinutes(30));
    assertThat(marks.rule("temp-link-lifetime").basis()).isEqualTo(Basis.DOCUMENTED);
    assertThat(marks.rule("temp-link-lifetime").quote()).contains("valid 30 minutes");
  }

  @Test
  void theNumberedPositionsOfTheDescriptionAreTheOnesTheMarksCite() {
    String description = spec.openApi().getInfo().getDescription();
    Set<Integer> listed = new TreeSet<>();
    Matcher m = Pattern.compile("(?m)^(\\d+)\\. ").matcher(description);
    while (m.find()) {
      listed.add(Integer.parseInt(m.group(1)));
    }
    Set<Integer> cited = new TreeSet<>();
    marks.all().values().stream().filter(e -> e.item() != null).forEach(e -> cited.add(e.item()));
    assertThat(listed).as("numbered positions in info.description").isNotEmpty();
    assertThat(cited).as("the items the marks cite are the numbered positions, every one of them").isEqualTo(listed);
  }

  @Test
  void everyMarkGroundsItsBasis() {
    assertThat(marks.all()).isNotEmpty().allSatisfy((pointer, e) -> {
      assertThat(e.grounds()).as(pointer).isNotBlank();
      assertThat(e.summary()).as(pointer).startsWith(e.basis().word());
      if (e.basis() != Basis.POSITION) {
        assertThat(e.source()).as(pointer).isNotBlank();
      }
    });
  }

  @Test
  void aMalformedMarkDoesNotLoad() {
    String base = spec.text();
    String noReason = base.replaceFirst("reason: >-\n      The docs list each path's methods", "why: >-\n      The docs list each path's methods");
    assertThat(noReason).isNotEqualTo(base);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> WawpSpec.parse(noReason))
        .isInstanceOf(SpecException.class).hasMessageContaining(Extensions.UNDOCUMENTED_METHOD);
    String badBasis = base.replaceFirst("basis: position", "basis: assumed");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> WawpSpec.parse(badBasis))
        .isInstanceOf(SpecException.class).hasMessageContaining("documented, position or tolerated");
  }

  /** The constraint keywords a schema node carries (required as a list, checked formats only). */
  static List<String> constraintKeywords(JsonNode node) {
    List<String> found = new ArrayList<>();
    for (String k : EvidenceMarks.CONSTRAINT_KEYWORDS) {
      JsonNode v = node.get(k);
      if (v == null || (k.equals("required") && !v.isArray())
          || (k.equals("format") && !EvidenceMarks.CHECKED_FORMATS.contains(v.asText()))) {
        continue;
      }
      found.add(k);
    }
    return found;
  }

  interface Visitor {
    void visit(JsonNode node, String pointer);
  }

  /** Every schema node: component schemas and every {@code schema} of a parameter, header or content, at every depth. */
  static void forEachSchema(JsonNode node, String pointer, boolean inSchema, Visitor visitor) {
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        forEachSchema(node.get(i), pointer + "/" + i, inSchema, visitor);
      }
      return;
    }
    if (!node.isObject()) {
      return;
    }
    boolean propertyNames = pointer.endsWith("/properties");
    if (inSchema && !propertyNames) {
      visitor.visit(node, pointer);
    }
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      String key = f.getKey();
      if (key.startsWith("x-") || key.equals("example") || key.equals("examples")) {
        continue;
      }
      boolean child = inSchema || key.equals("schema") || pointer.equals("/components/schemas");
      forEachSchema(f.getValue(), pointer + "/" + EvidenceMarks.escape(key), child, visitor);
    }
  }

  static void forEachNode(JsonNode node, String pointer, Visitor visitor) {
    visitor.visit(node, pointer);
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        forEachNode(node.get(i), pointer + "/" + i, visitor);
      }
    } else if (node.isObject()) {
      node.fields().forEachRemaining(f -> {
        if (!f.getKey().startsWith("x-")) {
          forEachNode(f.getValue(), pointer + "/" + EvidenceMarks.escape(f.getKey()), visitor);
        }
      });
    }
  }
}
