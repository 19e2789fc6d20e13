package io.wawpkit.session.conformance.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.wawpkit.session.spec.SpecOperation;
import io.wawpkit.session.spec.WawpSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Requests the spec forbids, generated from its own schemas: for each request body, the spec's
 * example with one rule broken at a time (a required property missing, a property of the wrong
 * type, a pattern, enum or maxItems broken, one level into array items too), plus malformed JSON,
 * a wrong content type, and an instance id that breaks its pattern.
 */
final class NegativeRequests {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /**
   * One forbidden request.
   *
   * @param operationId the operation
   * @param what the broken rule, in words
   * @param body the body to send, or null for none
   * @param contentType its content type
   * @param instanceId an instance id to send instead of a valid one, or null
   */
  record Bad(String operationId, String what, String body, String contentType, String instanceId) {}

  private final WawpSpec spec;

  NegativeRequests(WawpSpec spec) {
    this.spec = spec;
  }

  List<Bad> all() {
    List<Bad> out = new ArrayList<>();
    for (SpecOperation op : spec.operations()) {
      if (op.operation().getRequestBody() == null) {
        continue;
      }
      MediaType media = op.operation().getRequestBody().getContent().get("application/json");
      Schema<?> schema = resolve(media.getSchema());
      JsonNode valid = example(media);
      String id = op.operationId();
      out.add(new Bad(id, "a malformed JSON body", "{\"unclosed\": ", "application/json", null));
      out.add(new Bad(id, "a body that is not JSON (text/plain)", valid.toString(), "text/plain", null));
      out.add(new Bad(id, "an empty body", "", "application/json", null));
      breakObject(id, "", schema, (ObjectNode) valid, valid, out);
    }
    out.add(new Bad("getSessionInfo", "an instance_id that breaks its pattern", null, null, "bad id!"));
    return out;
  }

  /** Breaks each rule of an object schema once, in a copy of the whole valid body. */
  private void breakObject(String op, String at, Schema<?> schema, ObjectNode target, JsonNode whole, List<Bad> out) {
    Map<String, Schema> props = schema.getProperties() == null ? Map.of() : schema.getProperties();
    if (schema.getRequired() != null) {
      for (String required : schema.getRequired()) {
        out.add(mutate(op, "required '" + at + required + "' missing", whole, target, t -> t.remove(required)));
      }
    }
    for (Map.Entry<String, Schema> p : props.entrySet()) {
      String name = p.getKey();
      Schema<?> prop = resolve(p.getValue());
      String where = at + name;
      out.add(mutate(op, "'" + where + "' of the wrong type", whole, target, t -> t.set(name, wrongType(prop))));
      if (prop.getPattern() != null) {
        out.add(mutate(op, "'" + where + "' breaking its pattern", whole, target, t -> t.put(name, "Not valid!")));
      }
      if (prop.getMaxItems() != null) {
        out.add(mutate(op, "'" + where + "' with more than " + prop.getMaxItems() + " items", whole, target, t -> {
          ArrayNode many = t.putArray(name);
          JsonNode item = target.path(name).path(0);
          for (int i = 0; i <= prop.getMaxItems(); i++) {
            many.add(item.isMissingNode() ? NODES.objectNode() : item.deepCopy());
          }
        }));
      }
      if (prop.getItems() != null && target.path(name).path(0).isObject()) {
        breakObject(op, where + "[0].", resolve(prop.getItems()), (ObjectNode) target.path(name).path(0), whole, out);
      }
      if (prop.getOneOf() != null && prop.getOneOf().stream().allMatch(o -> resolve(o).getType() != null)) {
        out.add(mutate(op, "'" + where + "' matching none of its oneOf", whole, target, t -> t.put(name, "not-one-of")));
      }
    }
  }

  private interface Edit {
    void apply(ObjectNode target);
  }

  /** Copies the whole body, applies the edit to the copy's node at the same place. */
  private Bad mutate(String op, String what, JsonNode whole, ObjectNode target, Edit edit) {
    JsonNode copy = whole.deepCopy();
    ObjectNode place = (ObjectNode) locate(copy, whole, target);
    edit.apply(place);
    return new Bad(op, what, copy.toString(), "application/json", null);
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

  private JsonNode example(MediaType media) {
    for (Example e : media.getExamples().values()) {
      if (e.getValue() != null) {
        return JSON.valueToTree(e.getValue());
      }
    }
    throw new IllegalStateException("a request body without an inline example");
  }

  private Schema<?> resolve(Schema<?> schema) {
    if (schema != null && schema.get$ref() != null) {
      String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
      return resolve(spec.openApi().getComponents().getSchemas().get(name));
    }
    return schema;
  }
}
