package io.wawpkit.session.conformance.engine;

import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import io.wawpkit.session.spec.Evidence;
import io.wawpkit.session.spec.EvidenceMarks;
import io.wawpkit.session.spec.SpecOperation;
import io.wawpkit.session.spec.WawpSpec;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The mark a finding of the spec validator rests on: the schema keyword it broke, found by walking
 * the validator's schema pointer through the spec's raw tree ({@code $ref}s followed), else the
 * nearest mark above it, else the response's or the operation's. A field the schema does not name
 * is tolerated drift; where alternatives (oneOf, anyOf) all failed, the branch nearest to passing
 * decides (an answer that breaks only a position in one branch breaks only a position).
 */
final class ShapeEvidence {
  private static final String SCHEMA_KEY = ".schema.";

  private final WawpSpec spec;
  private final EvidenceMarks marks;
  private final JsonNode tree;
  private final String apiVersion;

  ShapeEvidence(WawpSpec spec, String apiVersion) {
    this.spec = spec;
    this.marks = spec.evidence();
    this.tree = marks.tree();
    this.apiVersion = apiVersion;
  }

  /** The mark of one finding on an answer of a documented method. */
  Evidence of(String method, String path, int status, String contentType, ValidationReport.Message m) {
    if (m.getKey().endsWith("additionalProperties")) {
      return marks.rule("new-fields-may-appear");
    }
    String op = "/paths/" + EvidenceMarks.escape(path) + "/" + method.toLowerCase(java.util.Locale.ROOT);
    String response = resolve(op + "/responses/" + status);
    if (tree.at(response).isMissingNode()) {
      return operation(method, path); // a status the operation does not document
    }
    if (m.getKey().contains(SCHEMA_KEY)) {
      String body = response + "/content/" + EvidenceMarks.escape(media(response, contentType)) + "/schema";
      Optional<Evidence> found = inSchema(body, m);
      if (found.isPresent()) {
        return found.get();
      }
    }
    return marks.on(response).orElseGet(() -> operation(method, path));
  }

  /** The mark an answer's shape rests on as a whole: its documented response's, else the operation's. */
  Evidence answer(String method, String path, int status) {
    String response = resolve("/paths/" + EvidenceMarks.escape(path) + "/" + method.toLowerCase(java.util.Locale.ROOT)
        + "/responses/" + status);
    return marks.on(response).orElseGet(() -> operation(method, path));
  }

  /** The mark of an operation as this version serves it; for a method or version not served, that refusals are 4xx. */
  Evidence operation(String method, String path) {
    return spec.operations().stream()
        .filter(o -> o.path().equals(path) && o.method().name().equals(method)).findFirst()
        .flatMap(o -> marks.operation(o, apiVersion))
        .orElseGet(() -> marks.rule("refusal-status-class"));
  }

  /** The mark of a schema finding, its alternatives weighed when it has nested ones. */
  private Optional<Evidence> inSchema(String body, ValidationReport.Message m) {
    String at = schemaPointer(m);
    if (!m.getNestedMessages().isEmpty() && at != null) {
      Map<String, List<Evidence>> branches = new TreeMap<>();
      for (ValidationReport.Message n : m.getNestedMessages()) {
        String nested = schemaPointer(n);
        String[] rest = nested != null && nested.startsWith(at + "/") ? nested.substring(at.length() + 1).split("/", 3) : new String[] {"?"};
        String branch = rest.length > 1 ? rest[1] : rest[0];
        inSchema(body, n).ifPresent(e -> branches.computeIfAbsent(branch, k -> new ArrayList<>()).add(e));
      }
      if (!branches.isEmpty()) {
        return Optional.of(Grade.lightest(branches.values().stream().map(Grade::weightiest).toList()));
      }
    }
    String keyword = m.getKey().substring(m.getKey().lastIndexOf('.') + 1);
    List<String> nodes = walk(body, at == null ? "" : at);
    for (int i = nodes.size() - 1; i >= 0; i--) {
      Optional<Evidence> e = i == nodes.size() - 1 ? marks.keyword(nodes.get(i), keyword) : marks.on(nodes.get(i));
      if (e.isPresent()) {
        return e;
      }
    }
    return Optional.empty();
  }

  /** The spec pointers a schema pointer passes through from the body's schema, each node before and after its $ref. */
  private List<String> walk(String body, String schemaPointer) {
    List<String> nodes = new ArrayList<>();
    String here = body;
    nodes.add(here);
    here = resolve(here);
    nodes.add(here);
    for (String segment : schemaPointer.split("/")) {
      if (segment.isEmpty()) {
        continue;
      }
      here = here + "/" + segment;
      if (tree.at(here).isMissingNode()) {
        break;
      }
      nodes.add(here);
      String resolved = resolve(here);
      if (!resolved.equals(here)) {
        here = resolved;
        nodes.add(here);
      }
    }
    return nodes;
  }

  /** Follows local {@code $ref}s from a pointer to the node they name. */
  private String resolve(String pointer) {
    String at = pointer;
    for (int i = 0; i < 10; i++) {
      JsonNode ref = tree.at(at).get("$ref");
      if (ref == null || !ref.asText().startsWith("#/")) {
        return at;
      }
      at = ref.asText().substring(1);
    }
    return at;
  }

  private String media(String response, String contentType) {
    Iterator<String> types = tree.at(response + "/content").fieldNames();
    String first = null;
    while (types.hasNext()) {
      String t = types.next();
      first = first == null ? t : first;
      if (contentType != null && contentType.startsWith(t)) {
        return t;
      }
    }
    return first == null ? "application/json" : first;
  }

  private static String schemaPointer(ValidationReport.Message m) {
    return m.getContext().flatMap(ValidationReport.MessageContext::getPointers)
        .map(ValidationReport.MessageContext.Pointers::getSchema).orElse(null);
  }
}
