package io.wawpkit.session.conformance.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.wawpkit.session.spec.Evidence;
import io.wawpkit.session.spec.EvidenceMarks;
import io.wawpkit.session.spec.SpecOperation;
import io.wawpkit.session.spec.WawpSpec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Requests the spec forbids, generated from its own schemas: for each request body, the spec's
 * example with one rule broken at a time (a required property missing, a property of the wrong
 * type, a pattern or an enum broken, a number below its minimum or above its maximum, a string
 * longer than its maxLength or shorter than its minLength, too many items), at every depth: into
 * nested objects and array items, which the example fills in with a minimal valid value where it
 * has none (so that, say, a webhook's retries.attempts below 0 is tried although the example sends
 * no retries). Plus malformed JSON, a wrong content type, an empty body, and instance ids that
 * break the id's schema.
 */
final class NegativeRequests {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /**
   * One forbidden request.
   *
   * @param operationId the operation
   * @param kind which kind of rule it breaks (for a small sample that still covers many kinds)
   * @param what the broken rule, in words
   * @param body the body to send, or null for none
   * @param contentType its content type
   * @param instanceId an instance id to send instead of a valid one, or null
   * @param evidence the mark of the rule it breaks (a constraint the docs do not state is a position)
   */
  record Bad(String operationId, String kind, String what, String body, String contentType, String instanceId,
      Evidence evidence) {}

  private final WawpSpec spec;
  private final EvidenceMarks marks;
  /** The spec pointers from a request body down to the schema being broken (each node before and after its $ref). */
  private List<String> chain = List.of();

  NegativeRequests(WawpSpec spec) {
    this.spec = spec;
    this.marks = spec.evidence();
  }

  List<Bad> all() {
    List<Bad> out = new ArrayList<>();
    for (SpecOperation op : spec.operations()) {
      if (op.operation().getRequestBody() == null) {
        continue;
      }
      MediaType media = op.operation().getRequestBody().getContent().get("application/json");
      Schema<?> schema = resolve(media.getSchema());
      JsonNode valid = fullestExample(op);
      String id = op.operationId();
      String body = "/paths/" + EvidenceMarks.escape(op.path()) + "/" + op.method().name().toLowerCase(Locale.ROOT) + "/requestBody";
      Evidence bodyMark = marks.on(body).orElseGet(() -> marks.operation(op, "v2").orElseThrow());
      out.add(new Bad(id, "malformed", "a malformed JSON body", "{\"unclosed\": ", "application/json", null, bodyMark));
      out.add(new Bad(id, "content type", "a body that is not JSON (text/plain)", valid.toString(), "text/plain", null, bodyMark));
      // The members in a form body: a place no docs page shows them (the query or a JSON body is the contract's).
      out.add(new Bad(id, "form body", "its parameters in a form body (application/x-www-form-urlencoded)", form(valid),
          "application/x-www-form-urlencoded", null, bodyMark));
      if (Boolean.TRUE.equals(op.operation().getRequestBody().getRequired())) {
        // An optional body (its members may travel in the query string instead) may be empty.
        out.add(new Bad(id, "empty", "an empty body", "", "application/json", null, bodyMark));
      }
      chain = down(List.of(body), "content", "application/json", "schema");
      breakObject(id, "", schema, (ObjectNode) valid, valid, out);
    }
    instanceIds(out);
    return out;
  }

  /**
   * At most {@code budget} of them, one of each kind before a second of any (a remote target gets
   * a few requests, not load, but still sees most kinds of rule broken).
   */
  List<Bad> sample(int budget) {
    Map<String, List<Bad>> byKind = new java.util.TreeMap<>(java.util.Comparator.comparingInt(NegativeRequests::preference)
        .thenComparing(k -> k));
    all().forEach(b -> byKind.computeIfAbsent(b.kind(), k -> new ArrayList<>()).add(b));
    List<Bad> out = new ArrayList<>();
    for (int round = 0; out.size() < budget; round++) {
      int before = out.size();
      for (List<Bad> ofKind : byKind.values()) {
        if (round < ofKind.size() && out.size() < budget) {
          out.add(ofKind.get(round));
        }
      }
      if (out.size() == before) {
        break;
      }
    }
    return out;
  }

  /** Rules of the schemas first (they reach deepest into a server's validation), the generic kinds after. */
  private static int preference(String kind) {
    int at = List.of("required", "type", "enum", "minimum", "maximum", "pattern", "maxLength", "minLength", "malformed")
        .indexOf(kind);
    return at < 0 ? Integer.MAX_VALUE : at;
  }

  /** Instance ids that break the schema of the id create answers (the id every other call sends). */
  private void instanceIds(List<Bad> out) {
    Schema<?> created = resolve(spec.operation("createSession").orElseThrow().operation().getResponses().get("200")
        .getContent().get("application/json").getSchema());
    Schema<?> idSchema = resolve((Schema<?>) created.getProperties().get("instance_id"));
    List<String> id = down(down(List.of("/paths/" + EvidenceMarks.escape("/session/create") + "/post/responses/200"),
        "content", "application/json", "schema"), "properties", "instance_id");
    if (idSchema.getPattern() != null) {
      out.add(new Bad("getSessionInfo", "instance id", "an instance_id that breaks its pattern", null, null, "bad id!",
          mark(id, "pattern")));
    }
    if (idSchema.getMaxLength() != null) {
      out.add(new Bad("getSessionInfo", "instance id", "an instance_id longer than its maxLength " + idSchema.getMaxLength(),
          null, null, "A".repeat(idSchema.getMaxLength() + 1), mark(id, "maxLength")));
    }
    if (idSchema.getMinLength() != null && idSchema.getMinLength() > 0) {
      out.add(new Bad("getSessionInfo", "instance id", "an instance_id shorter than its minLength " + idSchema.getMinLength(),
          null, null, "A".repeat(idSchema.getMinLength() - 1), mark(id, "minLength")));
    }
  }

  /** Breaks each rule of an object schema once, in a copy of the whole valid body. */
  private void breakObject(String op, String at, Schema<?> schema, ObjectNode target, JsonNode whole, List<Bad> out) {
    Map<String, Schema> props = schema.getProperties() == null ? Map.of() : schema.getProperties();
    List<String> objectChain = chain;
    if (schema.getRequired() != null) {
      for (String required : schema.getRequired()) {
        keyword = "required";
        out.add(mutate(op, "required", "required '" + at + required + "' missing", whole, target, t -> ((ObjectNode) t).remove(required)));
      }
    }
    for (Map.Entry<String, Schema> p : props.entrySet()) {
      String name = p.getKey();
      Schema<?> prop = resolve(p.getValue());
      String where = at + name;
      chain = down(objectChain, "properties", name);
      List<String> propChain = chain;
      keyword = "type";
      out.add(mutate(op, "type", "'" + where + "' of the wrong type", whole, target, t -> ((ObjectNode) t).set(name, wrongType(prop))));
      breakValue(op, where, prop, target.get(name), whole, target, (t, v) -> ((ObjectNode) t).set(name, v), out);
      chain = propChain;
      if (prop.getMaxItems() != null) {
        keyword = "maxItems";
        out.add(mutate(op, "maxItems", "'" + where + "' with more than " + prop.getMaxItems() + " items", whole, target, t -> {
          ArrayNode many = ((ObjectNode) t).putArray(name);
          JsonNode item = target.path(name).path(0);
          for (int i = 0; i <= prop.getMaxItems(); i++) {
            many.add(item.isMissingNode() ? minimal(resolve(prop.getItems())) : item.deepCopy());
          }
        }));
      }
      if (prop.getOneOf() != null && prop.getOneOf().stream().allMatch(o -> resolve(o).getType() != null)) {
        keyword = "oneOf";
        out.add(mutate(op, "oneOf", "'" + where + "' matching none of its oneOf", whole, target,
            t -> ((ObjectNode) t).put(name, "not-one-of")));
      }
      if (isObject(prop)) {
        // Into the nested object: the example's own, or a minimal valid one put in its place.
        JsonNode withChild = withChild(whole, target, name, prop);
        ObjectNode child = (ObjectNode) locate(withChild, whole, target).get(name);
        breakObject(op, where + ".", prop, child, withChild, out);
        chain = objectChain;
      } else if (prop.getItems() != null) {
        Schema<?> items = resolve(prop.getItems());
        JsonNode withItem = withFirstItem(whole, target, name, items);
        ArrayNode array = (ArrayNode) locate(withItem, whole, target).get(name);
        chain = down(propChain, "items");
        if (isObject(items)) {
          breakObject(op, where + "[0].", items, (ObjectNode) array.get(0), withItem, out);
        } else {
          breakValue(op, where + "[0]", items, array.get(0), withItem, array, (t, v) -> ((ArrayNode) t).set(0, v), out);
        }
      }
      chain = objectChain;
    }
  }

  private interface Slot {
    void put(JsonNode container, JsonNode value);
  }

  /**
   * The rules on one value: pattern, enum (also an enum inside one of oneOf's branches, with a
   * value no other branch accepts), minimum, maximum, maxLength, minLength.
   */
  private void breakValue(String op, String where, Schema<?> s, JsonNode current, JsonNode whole, JsonNode container,
      Slot slot, List<Bad> out) {
    String q = "'" + where + "'";
    List<String> valueChain = chain;
    if (s.getPattern() != null) {
      keyword = "pattern";
      out.add(mutate(op, "pattern", q + " breaking its pattern", whole, container, t -> slot.put(t, NODES.textNode("Not valid!"))));
    }
    keyword = "enum";
    outsideEnum(s, null).ifPresent(v -> out.add(mutate(op, "enum", q + " outside its enum " + values(s), whole, container,
        t -> slot.put(t, v))));
    if (s.getOneOf() != null) {
      for (int i = 0; i < s.getOneOf().size(); i++) {
        Schema<?> b = resolve(s.getOneOf().get(i));
        chain = down(valueChain, "oneOf", String.valueOf(i));
        outsideEnum(b, s).ifPresent(v -> out.add(mutate(op, "enum", q + " outside the enum " + values(b) + " of its "
            + b.getType() + " branch", whole, container, t -> slot.put(t, v))));
      }
      chain = valueChain;
    }
    if (s.getMinimum() != null) {
      keyword = "minimum";
      BigDecimal below = Boolean.TRUE.equals(s.getExclusiveMinimum()) ? s.getMinimum() : s.getMinimum().subtract(BigDecimal.ONE);
      out.add(mutate(op, "minimum", q + " below its minimum " + s.getMinimum(), whole, container, t -> slot.put(t, number(s, below))));
    }
    if (s.getMaximum() != null) {
      keyword = "maximum";
      BigDecimal above = Boolean.TRUE.equals(s.getExclusiveMaximum()) ? s.getMaximum() : s.getMaximum().add(BigDecimal.ONE);
      out.add(mutate(op, "maximum", q + " above its maximum " + s.getMaximum(), whole, container, t -> slot.put(t, number(s, above))));
    }
    String base = current != null && current.isTextual() && !current.asText().isEmpty() ? current.asText() : "a";
    if (s.getMaxLength() != null) {
      keyword = "maxLength";
      String longer = base.length() > s.getMaxLength() ? base : base + base.substring(base.length() - 1).repeat(s.getMaxLength() + 1 - base.length());
      out.add(mutate(op, "maxLength", q + " longer than its maxLength " + s.getMaxLength(), whole, container,
          t -> slot.put(t, NODES.textNode(longer))));
    }
    if (s.getMinLength() != null && s.getMinLength() > 0) {
      keyword = "minLength";
      String shorter = base.substring(0, Math.min(base.length(), s.getMinLength() - 1));
      out.add(mutate(op, "minLength", q + " shorter than its minLength " + s.getMinLength(), whole, container,
          t -> slot.put(t, NODES.textNode(shorter))));
    }
  }

  /** An object's members as a form body: text as it is, anything else as JSON text. */
  private static String form(JsonNode object) {
    List<String> pairs = new ArrayList<>();
    object.fields().forEachRemaining(f -> pairs.add(f.getKey() + "=" + java.net.URLEncoder.encode(
        f.getValue().isTextual() ? f.getValue().asText() : f.getValue().toString(), java.nio.charset.StandardCharsets.UTF_8)));
    return String.join("&", pairs);
  }

  /** A value of the schema's type that its enum does not list, unless another oneOf branch of {@code parent} would take it. */
  private java.util.Optional<JsonNode> outsideEnum(Schema<?> s, Schema<?> parent) {
    List<Object> listed = s.getEnum() == null ? List.of() : s.getEnum().stream().filter(Objects::nonNull).map(o -> (Object) o).toList();
    if (listed.isEmpty()) {
      return java.util.Optional.empty();
    }
    String type = String.valueOf(s.getType());
    if (parent != null && parent.getOneOf().stream().map(this::resolve).filter(b -> b != s)
        .anyMatch(b -> b.getEnum() == null && sameKind(String.valueOf(b.getType()), type))) {
      return java.util.Optional.empty();
    }
    return switch (type) {
      case "integer", "number" -> java.util.Optional.of(NODES.numberNode(listed.stream().map(o -> new BigDecimal(o.toString()))
          .reduce(BigDecimal::max).orElseThrow().add(BigDecimal.ONE).toBigInteger()));
      case "string" -> java.util.Optional.of(NODES.textNode("not-in-the-enum"));
      default -> java.util.Optional.empty();
    };
  }

  private static boolean sameKind(String a, String b) {
    boolean numA = a.equals("integer") || a.equals("number");
    boolean numB = b.equals("integer") || b.equals("number");
    return a.equals(b) || (numA && numB);
  }

  private static String values(Schema<?> s) {
    return s.getEnum() == null ? "" : s.getEnum().toString();
  }

  private static JsonNode number(Schema<?> s, BigDecimal value) {
    return "integer".equals(s.getType()) ? NODES.numberNode(value.toBigInteger()) : NODES.numberNode(value);
  }

  private boolean isObject(Schema<?> s) {
    return s != null && ("object".equals(s.getType()) || (s.getType() == null && s.getProperties() != null));
  }

  /** A copy of the body in which the object property is present (the example's, or a minimal valid one). */
  private JsonNode withChild(JsonNode whole, ObjectNode target, String name, Schema<?> prop) {
    JsonNode copy = whole.deepCopy();
    ObjectNode place = (ObjectNode) locate(copy, whole, target);
    if (!place.path(name).isObject()) {
      place.set(name, minimal(prop));
    }
    return copy;
  }

  /** A copy of the body in which the array property has a first item (the example's, or a minimal valid one). */
  private JsonNode withFirstItem(JsonNode whole, ObjectNode target, String name, Schema<?> items) {
    JsonNode copy = whole.deepCopy();
    ObjectNode place = (ObjectNode) locate(copy, whole, target);
    if (!place.path(name).isArray()) {
      place.putArray(name);
    }
    ArrayNode array = (ArrayNode) place.get(name);
    if (array.isEmpty()) {
      array.add(minimal(items));
    }
    return copy;
  }

  /** The smallest value the schema accepts, as far as these rules go (required members only). */
  private JsonNode minimal(Schema<?> schema) {
    Schema<?> s = resolve(schema);
    if (s == null) {
      return NODES.objectNode();
    }
    if (s.getOneOf() != null && !s.getOneOf().isEmpty()) {
      return minimal(s.getOneOf().get(0));
    }
    if (s.getExample() != null) {
      return JSON.valueToTree(s.getExample());
    }
    if (s.getEnum() != null && s.getEnum().stream().anyMatch(Objects::nonNull)) {
      return JSON.valueToTree(s.getEnum().stream().filter(Objects::nonNull).findFirst().orElseThrow());
    }
    String type = s.getType() == null ? (s.getProperties() != null ? "object" : "") : s.getType();
    return switch (type) {
      case "object" -> {
        ObjectNode o = NODES.objectNode();
        if (s.getRequired() != null) {
          s.getRequired().forEach(r -> o.set(r, minimal(s.getProperties().get(r))));
        }
        yield o;
      }
      case "array" -> {
        ArrayNode a = NODES.arrayNode();
        for (int i = 0; s.getMinItems() != null && i < s.getMinItems(); i++) {
          a.add(minimal(s.getItems()));
        }
        yield a;
      }
      case "string" -> NODES.textNode("a".repeat(Math.max(1, s.getMinLength() == null ? 1 : s.getMinLength())));
      case "integer", "number" -> NODES.numberNode(s.getMinimum() == null ? BigDecimal.ZERO : s.getMinimum());
      case "boolean" -> NODES.booleanNode(true);
      default -> NODES.objectNode();
    };
  }

  private interface Edit {
    void apply(JsonNode target);
  }

  /** Copies the whole body, applies the edit to the copy's node at the same place. */
  private Bad mutate(String op, String kind, String what, JsonNode whole, JsonNode target, Edit edit) {
    JsonNode copy = whole.deepCopy();
    edit.apply(locate(copy, whole, target));
    return new Bad(op, kind, what, copy.toString(), "application/json", null, mark(chain, keyword));
  }

  /** The keyword a mutation being built breaks (its mark is looked up where {@link #chain} ends). */
  private String keyword = "type";

  /** A chain one step further down the spec's tree, the new node's $ref followed. */
  private List<String> down(List<String> from, String... segments) {
    String here = from.get(from.size() - 1);
    for (String segment : segments) {
      here = here + "/" + EvidenceMarks.escape(segment);
    }
    List<String> out = new ArrayList<>(from);
    out.add(here);
    String resolved = resolveRef(here);
    if (!resolved.equals(here)) {
      out.add(resolved);
    }
    return out;
  }

  private String resolveRef(String pointer) {
    String at = pointer;
    for (int i = 0; i < 10; i++) {
      JsonNode ref = marks.tree().at(at).get("$ref");
      if (ref == null || !ref.asText().startsWith("#/")) {
        return at;
      }
      at = ref.asText().substring(1);
    }
    return at;
  }

  /**
   * The mark of a keyword broken where a chain ends: the keyword's own mark on the node (or on the
   * node its $ref came from), else the nearest mark above.
   */
  private Evidence mark(List<String> at, String keyword) {
    int last = at.size() - 1;
    for (int i = last; i >= 0; i--) {
      String node = at.get(i);
      boolean own = i == last || (i == last - 1 && marks.tree().at(node).has("$ref"));
      Optional<Evidence> e = own ? marks.ownKeyword(node, keyword).or(() -> marks.on(node)) : marks.on(node);
      if (e.isPresent()) {
        return e.get();
      }
    }
    return marks.rule("refusal-status-class");
  }

  /** Finds in {@code copy} the node that sits where {@code node} sits in {@code original}. */
  private static JsonNode locate(JsonNode copy, JsonNode original, JsonNode node) {
    if (original == node) {
      return copy;
    }
    if (original.isContainerNode()) {
      var names = original.isObject() ? original.fieldNames() : null;
      if (names != null) {
        while (names.hasNext()) {
          String n = names.next();
          JsonNode found = locate(copy.get(n), original.get(n), node);
          if (found != null) {
            return found;
          }
        }
      } else {
        for (int i = 0; i < original.size(); i++) {
          JsonNode found = locate(copy.get(i), original.get(i), node);
          if (found != null) {
            return found;
          }
        }
      }
    }
    return null;
  }

  private static JsonNode wrongType(Schema<?> schema) {
    String type = schema.getType() == null ? "" : schema.getType();
    return switch (type) {
      case "string" -> NODES.numberNode(12345);
      case "array" -> NODES.textNode("not-an-array");
      case "object" -> NODES.arrayNode().add(1);
      case "integer", "number" -> NODES.textNode("twelve");
      case "boolean" -> NODES.textNode("maybe");
      default -> NODES.objectNode().put("unexpected", true);
    };
  }

  /**
   * The spec's request example with the most in it, counted at every depth (the documented webhook
   * list rather than the empty one listed first): it reaches the most rules to break. Of two as
   * full, the first.
   */
  private static JsonNode fullestExample(SpecOperation op) {
    return op.requestExamples().values().stream().max(java.util.Comparator.comparingInt(NegativeRequests::size))
        .orElseThrow(() -> new IllegalStateException(op.label() + ": a request body without an inline example"));
  }

  private static int size(JsonNode node) {
    int n = 1;
    for (JsonNode child : node) {
      n += size(child);
    }
    return n;
  }

  private Schema<?> resolve(Schema<?> schema) {
    if (schema != null && schema.get$ref() != null) {
      String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
      return resolve(spec.openApi().getComponents().getSchemas().get(name));
    }
    return schema;
  }
}
