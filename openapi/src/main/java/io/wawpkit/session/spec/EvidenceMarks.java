package io.wawpkit.session.spec;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Yaml;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every mark of evidence in the spec, by where it stands (a JSON pointer into the document), with
 * typed look-ups for what the marks concern: responses, error codes, schemas and their constraint
 * keywords and properties, operations per API version, security schemes, lifecycle cells and
 * moves, and the named cross-cutting rules.
 *
 * <p>A mark is {@code x-wawp-evidence} on an OpenAPI object (on an operation, a map from API version
 * to mark), an entry of {@code x-wawp-keyword-evidence}, {@code x-wawp-property-evidence} or
 * {@code x-wawp-error-codes}, or {@code evidence} inside the project's own extensions. The raw tree is
 * read rather than the parsed model, which drops extensions in places (headers' schemas, callbacks).
 */
public final class EvidenceMarks {
  /** The schema keywords that constrain a value: each one in the spec carries a mark. */
  public static final Set<String> CONSTRAINT_KEYWORDS = Set.of(
      "pattern", "minLength", "maxLength", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
      "minItems", "maxItems", "minProperties", "maxProperties", "enum", "required", "format");
  /** The formats a validator checks ({@code password}, {@code int64} constrain nothing). */
  public static final Set<String> CHECKED_FORMATS = Set.of("uri", "date-time", "date", "email");

  static final String MARK = Extensions.EVIDENCE;
  static final String KEYWORD_MARKS = Extensions.KEYWORD_EVIDENCE;
  static final String PROPERTY_MARKS = Extensions.PROPERTY_EVIDENCE;
  static final String ERROR_CODES = Extensions.ERROR_CODES;
  static final String OWN_MARK = "evidence";

  private static final String ERROR = "/components/schemas/Error/";
  private static final String LIFECYCLE = "/" + Extensions.LIFECYCLE + "/";

  private final JsonNode tree;
  private final Map<String, Evidence> marks;

  private EvidenceMarks(JsonNode tree, Map<String, Evidence> marks) {
    this.tree = tree;
    this.marks = Map.copyOf(marks);
  }

  /** Reads every mark of a spec's text (YAML or JSON); a malformed mark fails with its pointer. */
  static EvidenceMarks read(String yamlOrJson) {
    JsonNode tree;
    try {
      tree = (yamlOrJson.stripLeading().startsWith("{") ? Json.mapper() : Yaml.mapper()).readTree(yamlOrJson);
    } catch (java.io.IOException e) {
      throw new SpecException("the spec does not read as a tree: " + e.getMessage(), e);
    }
    Map<String, Evidence> found = new LinkedHashMap<>();
    walk(tree, "", false, found);
    return new EvidenceMarks(tree, found);
  }

  /** The spec as a raw tree (what the pointers point into). */
  public JsonNode tree() {
    return tree;
  }

  /** Every mark, by the pointer of the mark itself. */
  public Map<String, Evidence> all() {
    return marks;
  }

  /** The mark standing at a pointer. */
  public Optional<Evidence> at(String markPointer) {
    return Optional.ofNullable(marks.get(markPointer));
  }

  /** The mark on a node ({@code x-wawp-evidence} under it). */
  public Optional<Evidence> on(String nodePointer) {
    return at(nodePointer + "/" + MARK);
  }

  /** A response component's mark ({@code #/components/responses/<name>}). */
  public Evidence response(String name) {
    return require(on("/components/responses/" + escape(name)), "response " + name);
  }

  /** An error code's mark; empty for a code the contract does not name. */
  public Optional<Evidence> errorCode(String code) {
    return at(ERROR + ERROR_CODES + "/" + escape(code));
  }

  /** The error codes the contract names, each with its mark. */
  public Set<String> errorCodes() {
    JsonNode codes = tree.at(ERROR + ERROR_CODES);
    Set<String> names = new java.util.TreeSet<>();
    codes.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** A component schema's mark. */
  public Evidence schema(String name) {
    return require(on("/components/schemas/" + escape(name)), "schema " + name);
  }

  /**
   * The mark of one constraint keyword of a schema node: its own entry under
   * {@code x-wawp-keyword-evidence}, else the node's mark.
   */
  public Optional<Evidence> keyword(String nodePointer, String keyword) {
    Optional<Evidence> own = ownKeyword(nodePointer, keyword);
    return own.isPresent() ? own : on(nodePointer);
  }

  /** Only a keyword's own mark ({@code x-wawp-keyword-evidence} of the node), not the node's. */
  public Optional<Evidence> ownKeyword(String nodePointer, String keyword) {
    return at(nodePointer + "/" + KEYWORD_MARKS + "/" + escape(keyword));
  }

  /**
   * The mark of a property's name in a schema node: its entry under
   * {@code x-wawp-property-evidence}, else the node's mark (the docs name the member).
   */
  public Optional<Evidence> property(String nodePointer, String property) {
    Optional<Evidence> own = at(nodePointer + "/" + PROPERTY_MARKS + "/" + escape(property));
    return own.isPresent() ? own : on(nodePointer);
  }

  /** The mark of an operation as served on an API version ({@code v1}, {@code v2}). */
  public Optional<Evidence> operation(SpecOperation op, String apiVersion) {
    String node = "/paths/" + escape(op.path()) + "/" + op.method().name().toLowerCase(java.util.Locale.ROOT);
    return at(node + "/" + MARK + "/" + apiVersion);
  }

  /** A security scheme's mark (the credential forms). */
  public Evidence securityScheme(String name) {
    return require(on("/components/securitySchemes/" + escape(name)), "security scheme " + name);
  }

  /** Where an action leads from a status ({@code x-wawp-lifecycle.actions.<action>.from.<status>}). */
  public Optional<Evidence> transition(String action, String from) {
    return at(LIFECYCLE + "actions/" + escape(action) + "/from/" + escape(from) + "/" + OWN_MARK);
  }

  /** The status a create leaves: the operation's own entry, else create's. */
  public Evidence create(String operationId) {
    Optional<Evidence> own = at(LIFECYCLE + "actions/create/operations/" + escape(operationId) + "/" + OWN_MARK);
    return own.orElseGet(() -> require(at(LIFECYCLE + "actions/create/" + OWN_MARK), "create"));
  }

  /** An asynchronous move, by name. */
  public Optional<Evidence> move(String name) {
    JsonNode moves = tree.at(LIFECYCLE + "moves");
    for (int i = 0; i < moves.size(); i++) {
      if (name.equals(moves.get(i).path("name").asText())) {
        return at(LIFECYCLE + "moves/" + i + "/" + OWN_MARK);
      }
    }
    return Optional.empty();
  }

  /** What a status carries ({@code x-wawp-lifecycle.carries}). */
  public Optional<Evidence> carries(String status) {
    return at(LIFECYCLE + OWN_MARK + "/carries/" + escape(status));
  }

  /**
   * That a field some status carries is null or absent in every status that does not carry it
   * ({@code x-wawp-lifecycle.evidence.absentElsewhere}: documented for {@code qr}, a position for
   * {@code me}); empty for a field without that mark.
   */
  public Optional<Evidence> absentElsewhere(String field) {
    return at(LIFECYCLE + OWN_MARK + "/absentElsewhere/" + escape(field));
  }

  /**
   * The statuses in which an operation answers, for one bound to some
   * ({@code x-wawp-lifecycle.servedIn}); empty for any other operation.
   */
  public Optional<Evidence> servedIn(String operationId) {
    return at(LIFECYCLE + "servedIn/" + OWN_MARK + "/operations/" + escape(operationId));
  }

  /** What an operation answers in a status that does not serve it ({@code x-wawp-lifecycle.servedIn.otherwise}). */
  public Evidence servedInOtherwise() {
    return require(at(LIFECYCLE + "servedIn/" + OWN_MARK + "/otherwise"), Extensions.LIFECYCLE + " servedIn.otherwise");
  }

  /** That a deleted instance is gone (DELETED, then 404). */
  public Evidence terminal() {
    return require(at(LIFECYCLE + OWN_MARK + "/terminal"), Extensions.LIFECYCLE + " terminal");
  }

  /** The QR's rotation period. */
  public Evidence qrRotation() {
    return require(at(LIFECYCLE + "qrRotation/" + OWN_MARK), Extensions.LIFECYCLE + " qrRotation");
  }

  /** The 405 + {@code Allow} rule ({@code x-wawp-undocumented-method}). */
  public Evidence undocumentedMethod() {
    return require(at("/" + Extensions.UNDOCUMENTED_METHOD + "/" + OWN_MARK), Extensions.UNDOCUMENTED_METHOD);
  }

  /** A named cross-cutting rule of {@code x-wawp-rules}. */
  public Evidence rule(String name) {
    return require(at("/" + Extensions.RULES + "/" + escape(name) + "/" + OWN_MARK), "rule " + name);
  }

  /** The names of the cross-cutting rules. */
  public Set<String> rules() {
    Set<String> names = new java.util.TreeSet<>();
    tree.path(Extensions.RULES).fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** The signing headers of webhook deliveries ({@code x-wawp-signing} on the callback). */
  public Evidence signing() {
    return marks.entrySet().stream()
        .filter(e -> e.getKey().endsWith("/" + Extensions.SIGNING + "/" + OWN_MARK))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElseThrow(() -> new SpecException("the spec has no " + Extensions.SIGNING + " mark"));
  }

  /** A JSON pointer segment for a name ({@code /} and {@code ~} escaped). */
  public static String escape(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }

  private static Evidence require(Optional<Evidence> mark, String what) {
    return mark.orElseThrow(() -> new SpecException(what + " has no mark of evidence"));
  }

  private static void walk(JsonNode node, String pointer, boolean ownExtension, Map<String, Evidence> found) {
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), pointer + "/" + i, ownExtension, found);
      }
      return;
    }
    if (!node.isObject()) {
      return;
    }
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      String key = f.getKey();
      String at = pointer + "/" + escape(key);
      if (key.equals("example") || key.equals("examples")) {
        continue; // bodies, not rules
      }
      if (key.equals(MARK) || key.equals(KEYWORD_MARKS) || key.equals(PROPERTY_MARKS) || key.equals(ERROR_CODES)
          || (ownExtension && key.equals(OWN_MARK))) {
        readMarks(f.getValue(), at, found);
      } else {
        walk(f.getValue(), at, ownExtension || key.startsWith(Extensions.PREFIX), found);
      }
    }
  }

  /** A mark (it has a basis) or a map of marks (per version, keyword, property, code, status). */
  private static void readMarks(JsonNode node, String pointer, Map<String, Evidence> found) {
    if (!node.isObject()) {
      throw new SpecException(pointer + " must be a mark ({basis, ...}) or a map of marks");
    }
    if (node.has("basis")) {
      found.put(pointer, mark(node, pointer));
      return;
    }
    node.fields().forEachRemaining(e -> readMarks(e.getValue(), pointer + "/" + escape(e.getKey()), found));
  }

  private static Evidence mark(JsonNode node, String pointer) {
    Set<String> known = Set.of("basis", "source", "quote", "reason", "item");
    node.fieldNames().forEachRemaining(k -> {
      if (!known.contains(k)) {
        throw new SpecException(pointer + ": a mark has basis, source, quote, reason and item, not '" + k + "'");
      }
    });
    JsonNode item = node.get("item");
    if (item != null && !item.canConvertToInt()) {
      throw new SpecException(pointer + ": item must be the number of a position in info.description");
    }
    return new Evidence(
        Basis.parse(node.get("basis").asText(), pointer),
        text(node, "source"),
        text(node, "quote"),
        text(node, "reason"),
        item == null ? null : item.asInt(),
        pointer);
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText().strip();
  }

  /** Every mark that cites a numbered position of {@code info.description}. */
  public Collection<Evidence> citing(int item) {
    return marks.values().stream().filter(e -> Integer.valueOf(item).equals(e.item())).toList();
  }
}
