package io.wawpkit.session.spec;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import io.wawpkit.session.spec.internal.JsonTwin;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The contract, parsed: the OpenAPI model, its operations with the project's vendor extensions,
 * and the lifecycle model. Everything in this project that needs a rule of the API takes it from
 * here.
 */
public final class WawpSpec {
  /** Where the spec lies on the classpath (examples beside it, under {@code examples/}). */
  public static final String RESOURCE = "wawp/openapi/wawp-session.yaml";

  private final String yaml;
  private final OpenAPI openApi;
  private final List<SpecOperation> operations;
  private final LifecycleModel lifecycle;
  private final EvidenceMarks evidence;

  /** The media type of every body the spec documents. */
  static final String JSON_MEDIA = "application/json";
  /** The header of HTTP authentication ({@code type: http} security schemes). */
  private static final String AUTHORIZATION = "Authorization";

  private WawpSpec(String yaml, OpenAPI openApi, LifecycleModel lifecycle, EvidenceMarks evidence) {
    this.yaml = yaml;
    this.openApi = openApi;
    this.lifecycle = lifecycle;
    this.evidence = evidence;
    this.operations = List.copyOf(readOperations(openApi));
    for (String id : lifecycle.createOperationsWithOwnStatus()) {
      if (operation(id).filter(o -> !o.needsInstance()).isEmpty()) {
        throw new SpecException(Extensions.LIFECYCLE + ".actions.create.operations names " + id + ", which is no create operation");
      }
    }
    for (String id : lifecycle.servedIn().keySet()) {
      if (operation(id).filter(o -> o.needsInstance() && !o.changesLifecycle()).isEmpty()) {
        throw new SpecException(Extensions.LIFECYCLE + ".servedIn names " + id
            + ", which is no read or settings operation of an instance");
      }
    }
    String otherwise = lifecycle.otherwiseResponseName();
    if (otherwise != null && (openApi.getComponents().getResponses() == null
        || !openApi.getComponents().getResponses().containsKey(otherwise))) {
      throw new SpecException(Extensions.LIFECYCLE + ".servedIn.otherwise names no response component: " + otherwise);
    }
  }

  /**
   * The spec shipped in this artifact. Its text is the YAML; it is parsed from the JSON twin the
   * build writes beside it (the same tree, read in about half the time: the mock's start-up), or
   * from the YAML when the twin is absent (classes compiled outside the build).
   */
  public static WawpSpec load() {
    String yaml = resource(RESOURCE);
    if (yaml == null) {
      throw new SpecException("the spec is not on the classpath at " + RESOURCE);
    }
    String json = resource(JsonTwin.RESOURCE);
    return parse(yaml, json != null ? json : yaml);
  }

  private static String resource(String name) {
    try (InputStream in = WawpSpec.class.getClassLoader().getResourceAsStream(name)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new SpecException("cannot read " + name + " from the classpath: " + e.getMessage(), e);
    }
  }

  /** A spec file on disk. */
  public static WawpSpec load(Path file) {
    try {
      return parse(Files.readString(file));
    } catch (IOException e) {
      throw new SpecException("cannot read the spec " + file + ": " + e.getMessage(), e);
    }
  }

  /** The same spec with another lifecycle model (used to feed the mock mutated models). */
  public WawpSpec withLifecycle(LifecycleModel model) {
    return new WawpSpec(yaml, openApi, model, evidence);
  }

  /** Parses a spec from its YAML or JSON text. */
  public static WawpSpec parse(String yamlOrJson) {
    return parse(yamlOrJson, yamlOrJson);
  }

  /** A spec whose text is {@code text}, parsed from {@code parsed} (the same document, or its JSON twin). */
  private static WawpSpec parse(String text, String parsed) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(parsed, null, options);
    OpenAPI api = result.getOpenAPI();
    if (api == null) {
      throw new SpecException("the spec does not parse: " + result.getMessages());
    }
    Map<String, Object> ext = api.getExtensions();
    Object raw = ext == null ? null : ext.get(Extensions.LIFECYCLE);
    return new WawpSpec(text, api, LifecycleModel.parse((Map<?, ?>) raw), EvidenceMarks.read(parsed));
  }

  /** The spec's text, as read. */
  public String text() {
    return yaml;
  }

  public OpenAPI openApi() {
    return openApi;
  }

  /** {@code info.version}. */
  public String version() {
    return openApi.getInfo().getVersion();
  }

  public LifecycleModel lifecycle() {
    return lifecycle;
  }

  /** What every rule rests on: the spec's marks of evidence. */
  public EvidenceMarks evidence() {
    return evidence;
  }

  /** Every operation, in the spec's order. */
  public List<SpecOperation> operations() {
    return operations;
  }

  /** An operation by id. */
  public Optional<SpecOperation> operation(String operationId) {
    return operations.stream().filter(o -> o.operationId().equals(operationId)).findFirst();
  }

  /** The operation of a method on a path, if the spec documents it. */
  public Optional<SpecOperation> operation(PathItem.HttpMethod method, String path) {
    return operations.stream()
        .filter(o -> o.method() == method && o.path().equals(path))
        .findFirst();
  }

  /** The operations that perform a lifecycle action (or {@code read} / {@code settings}). */
  public List<SpecOperation> operationsFor(String action) {
    return operations.stream().filter(o -> o.action().equals(action)).toList();
  }

  /** The create operation an API version serves ({@code x-wawp-api-versions}: v2 createSession, v1 createSessionV1). */
  public SpecOperation createOperation(String apiVersion) {
    return operations.stream()
        .filter(o -> !o.needsInstance() && o.apiVersions().contains(apiVersion))
        .findFirst()
        .orElseThrow(() -> new SpecException("no create operation is served on " + apiVersion));
  }

  /**
   * Where a create operation's answer carries the new id, as a JSON pointer ({@code /instance_id}
   * on v2, {@code /config/metadata/instance_id} on v1): read from its 200 answer's links, which
   * all pass the id on.
   */
  public String instanceIdPointer(SpecOperation create) {
    ApiResponse ok = create.operation().getResponses().get("200");
    Set<String> pointers = new TreeSet<>();
    if (ok != null && ok.getLinks() != null) {
      ok.getLinks().values().forEach(l -> pointers.add(String.valueOf(l.getParameters().get("query.instance_id"))));
    }
    String prefix = "$response.body#";
    if (pointers.size() != 1 || !pointers.iterator().next().startsWith(prefix)) {
      throw new SpecException(create.label() + "'s 200 links must all pass one $response.body pointer as query.instance_id, found " + pointers);
    }
    return pointers.iterator().next().substring(prefix.length());
  }

  /** The documented methods of a path, sorted (what a 405's {@code Allow} header lists). */
  public Set<String> allowedMethods(String path) {
    Set<String> methods = new TreeSet<>();
    operations.stream().filter(o -> o.path().equals(path)).forEach(o -> methods.add(o.method().name()));
    return methods;
  }

  /** A response with its {@code #/components/responses/...} reference followed. */
  public ApiResponse resolve(ApiResponse response) {
    String ref = response.get$ref();
    if (ref == null) {
      return response;
    }
    String name = ref.substring(ref.lastIndexOf('/') + 1);
    ApiResponse target = openApi.getComponents().getResponses().get(name);
    if (target == null) {
      throw new SpecException("unresolvable response reference " + ref);
    }
    return resolve(target);
  }

  /** The documented response of an operation for a status code, references followed. */
  public Optional<ApiResponse> response(SpecOperation op, int status) {
    ApiResponse r = op.operation().getResponses().get(Integer.toString(status));
    return Optional.ofNullable(r).map(this::resolve);
  }

  /**
   * The first example of a response's JSON body that has an inline value (references followed),
   * as a tree of its own; empty when it documents none.
   */
  public Optional<JsonNode> example(ApiResponse response) {
    ApiResponse resolved = resolve(response);
    return resolved.getContent() == null ? Optional.empty() : firstExample(resolved.getContent().get(JSON_MEDIA));
  }

  /**
   * The error answer a shared response component documents ({@code #/components/responses/<name>}):
   * its first example's {@code data.status}, {@code code} and {@code message}, such as NotFound's
   * 404 {@code invalid_instance}.
   *
   * @throws SpecException when the component has no example in the Error shape
   */
  public ErrorExample errorExample(String responseName) {
    ApiResponse response = openApi.getComponents().getResponses().get(responseName);
    JsonNode example = response == null ? null : example(response).orElse(null);
    if (example == null || !example.path("code").isTextual() || !example.path("data").path("status").canConvertToInt()) {
      throw new SpecException("the spec's response " + responseName + " has no Error example with code and data.status");
    }
    return new ErrorExample(example.path("data").path("status").asInt(), example.get("code").asText(),
        example.path("message").asText(null));
  }

  /**
   * An error answer as a response component's example shows it.
   *
   * @param status the HTTP status ({@code data.status})
   * @param code the error code
   * @param message the example's message (illustrative), or null
   */
  public record ErrorExample(int status, String code, String message) {}

  /**
   * What an undocumented method on a documented path answers ({@code x-wawp-undocumented-method}):
   * the status, the header listing the documented methods, the error code, and the response
   * component that documents the answer.
   *
   * @throws SpecException when the spec states no such rule
   */
  public UndocumentedMethod undocumentedMethod() {
    JsonNode rule = evidence.tree().path(Extensions.UNDOCUMENTED_METHOD);
    if (!rule.path("status").canConvertToInt() || !rule.path("header").isTextual() || !rule.path("code").isTextual()) {
      throw new SpecException("the spec has no " + Extensions.UNDOCUMENTED_METHOD + " with status, header and code");
    }
    return new UndocumentedMethod(rule.get("status").asInt(), rule.get("header").asText(), rule.get("code").asText(),
        rule.path("response").asText(null));
  }

  /**
   * The rule for an undocumented method on a documented path.
   *
   * @param status the status it answers (405)
   * @param header the header that lists the documented methods ({@code Allow})
   * @param code the error code of its body
   * @param response the reference of the response component that documents the answer, or null
   */
  public record UndocumentedMethod(int status, String header, String code, String response) {}

  /**
   * The names credentials travel under, read from {@code components.securitySchemes}: the query
   * form ({@value CredentialNames#TOKEN_QUERY} + {@value CredentialNames#INSTANCE_QUERY}) and the
   * header form ({@value CredentialNames#BEARER} + {@value CredentialNames#INSTANCE_HEADER}).
   *
   * @throws SpecException when a scheme is missing or not of the kind its form needs
   */
  public CredentialNames credentials() {
    Map<String, SecurityScheme> schemes = openApi.getComponents() == null ? null : openApi.getComponents().getSecuritySchemes();
    if (schemes == null) {
      throw new SpecException("the spec has no components.securitySchemes");
    }
    SecurityScheme bearer = schemes.get(CredentialNames.BEARER);
    if (bearer == null || bearer.getType() != SecurityScheme.Type.HTTP || bearer.getScheme() == null) {
      throw new SpecException("security scheme " + CredentialNames.BEARER + " must be of type http with a scheme");
    }
    String scheme = bearer.getScheme();
    return new CredentialNames(
        apiKey(schemes, CredentialNames.TOKEN_QUERY, SecurityScheme.In.QUERY),
        apiKey(schemes, CredentialNames.INSTANCE_QUERY, SecurityScheme.In.QUERY),
        AUTHORIZATION,
        scheme.substring(0, 1).toUpperCase(Locale.ROOT) + scheme.substring(1),
        apiKey(schemes, CredentialNames.INSTANCE_HEADER, SecurityScheme.In.HEADER));
  }

  private static String apiKey(Map<String, SecurityScheme> schemes, String name, SecurityScheme.In in) {
    SecurityScheme s = schemes.get(name);
    if (s == null || s.getType() != SecurityScheme.Type.APIKEY || s.getIn() != in || s.getName() == null) {
      throw new SpecException("security scheme " + name + " must be an apiKey in " + in + " with a name");
    }
    return s.getName();
  }

  /**
   * The headers of a signed webhook delivery ({@code x-wawp-signing} on the callback).
   *
   * @throws SpecException when the spec has none, or more than one
   */
  public Signing signing() {
    List<JsonNode> found = new ArrayList<>();
    evidence.tree().path("paths").findParents(Extensions.SIGNING).forEach(n -> found.add(n.get(Extensions.SIGNING)));
    if (found.size() != 1) {
      throw new SpecException("the spec should state " + Extensions.SIGNING + " once, found " + found.size());
    }
    JsonNode s = found.get(0);
    if (!s.path("header").isTextual() || !s.path("algorithmHeader").isTextual() || !s.path("algorithm").isTextual()) {
      throw new SpecException(Extensions.SIGNING + " must name header, algorithmHeader and algorithm");
    }
    return new Signing(s.get("header").asText(), s.get("algorithmHeader").asText(), s.get("algorithm").asText());
  }

  /**
   * How a webhook delivery is signed.
   *
   * @param header the header carrying the hex HMAC of the raw body ({@code X-Webhook-Hmac})
   * @param algorithmHeader the header naming the algorithm ({@code X-Webhook-Hmac-Algorithm})
   * @param algorithm the algorithm as that header names it ({@code sha512})
   */
  public record Signing(String header, String algorithmHeader, String algorithm) {
    /** The algorithm's name in the Java Cryptography Architecture ({@code HmacSHA512} for {@code sha512}). */
    public String macAlgorithm() {
      return "Hmac" + algorithm.toUpperCase(Locale.ROOT);
    }
  }

  /**
   * The webhook events the spec describes ({@code x-wawp-event} on a component schema): the event
   * name to the name of the schema that describes it.
   */
  public Map<String, String> events() {
    Map<String, String> events = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> schemas = evidence.tree().path("components").path("schemas").fields();
    while (schemas.hasNext()) {
      Map.Entry<String, JsonNode> s = schemas.next();
      JsonNode event = s.getValue().get(Extensions.EVENT);
      if (event != null && event.isTextual()) {
        events.put(event.asText(), s.getKey());
      }
    }
    return events;
  }

  /** The event a component schema describes ({@code x-wawp-event}), if it describes one. */
  public Optional<String> event(String schemaName) {
    return events().entrySet().stream().filter(e -> e.getValue().equals(schemaName)).map(Map.Entry::getKey).findFirst();
  }

  /** The component schema that describes an event ({@code x-wawp-event}). */
  public Optional<String> eventSchema(String event) {
    return Optional.ofNullable(events().get(event));
  }

  /**
   * The values the docs name for a component schema ({@code x-wawp-documented-values}, such as the
   * webhook event names); empty when it lists none. Documentation only: the schema says what is
   * accepted.
   */
  public List<String> documentedValues(String schemaName) {
    List<String> values = new ArrayList<>();
    evidence.tree().path("components").path("schemas").path(schemaName).path(Extensions.DOCUMENTED_VALUES)
        .forEach(v -> values.add(v.asText()));
    return values;
  }

  /**
   * Where an example's value is taken from in the docs' files ({@code x-wawp-value-file} and
   * {@code x-wawp-value-pointer}), when it names a file.
   */
  public static Optional<ValueFile> valueFile(Example example) {
    Map<String, Object> ext = example.getExtensions();
    Object file = ext == null ? null : ext.get(Extensions.VALUE_FILE);
    if (file == null) {
      return Optional.empty();
    }
    Object pointer = ext.get(Extensions.VALUE_POINTER);
    return Optional.of(new ValueFile(file.toString(), pointer == null ? "" : pointer.toString()));
  }

  /**
   * A docs' file an example's value is taken from.
   *
   * @param file the file's name under the spec's {@code examples/} directory
   * @param pointer where in the file the value sits, as a JSON pointer ({@code ""}: the whole file)
   */
  public record ValueFile(String file, String pointer) {}

  /**
   * The document's lifecycle model ({@code x-wawp-lifecycle}) as a tree of maps and lists, a deep
   * copy of its own: a caller may change it and parse the result with {@link LifecycleModel#parse}
   * (tests feed mutated models to the mock this way). It is the document's tree even when
   * {@link #withLifecycle} replaced the model.
   */
  @SuppressWarnings("unchecked")
  public Map<String, Object> lifecycleTree() {
    JsonNode tree = evidence.tree().get(Extensions.LIFECYCLE);
    if (tree == null || !tree.isObject()) {
      throw new SpecException("the spec has no " + Extensions.LIFECYCLE + " extension");
    }
    return Json.mapper().convertValue(tree, LinkedHashMap.class);
  }

  /**
   * How long a new temporary link is valid: its expiry is this long after it was made
   * ({@code x-wawp-rules.temp-link-lifetime.validFor}, an ISO-8601 duration; the rule's mark says
   * the docs state it).
   */
  public Duration tempLinkLifetime() {
    JsonNode v = evidence.tree().path(Extensions.RULES).path("temp-link-lifetime").path("validFor");
    if (!v.isTextual()) {
      throw new SpecException("x-wawp-rules.temp-link-lifetime has no validFor duration");
    }
    try {
      return Duration.parse(v.asText());
    } catch (DateTimeParseException e) {
      throw new SpecException("x-wawp-rules.temp-link-lifetime.validFor is no ISO-8601 duration: " + v.asText(), e);
    }
  }

  /**
   * The schema properties whose strings are the Base64 of a JSON value ({@code x-wawp-base64-json}):
   * OpenAPI 3.0 cannot say so, so the decoded value's schema is named beside the property (the raw
   * QR's {@code data} is a {@code QrValue}). In the spec's order.
   *
   * @throws SpecException when one names no component schema
   */
  public List<Base64Json> base64Json() {
    List<Base64Json> found = new ArrayList<>();
    Map<String, io.swagger.v3.oas.models.media.Schema> schemas = openApi.getComponents().getSchemas();
    Iterator<Map.Entry<String, JsonNode>> all = evidence.tree().path("components").path("schemas").fields();
    while (all.hasNext()) {
      Map.Entry<String, JsonNode> s = all.next();
      Iterator<Map.Entry<String, JsonNode>> properties = s.getValue().path("properties").fields();
      while (properties.hasNext()) {
        Map.Entry<String, JsonNode> p = properties.next();
        JsonNode ext = p.getValue().get(Extensions.BASE64_JSON);
        if (ext == null) {
          continue;
        }
        String ref = ext.path("schema").asText("");
        String where = s.getKey() + "." + p.getKey() + " " + Extensions.BASE64_JSON;
        String name;
        try {
          name = SpecOperation.schemaName(ref);
        } catch (SpecException e) {
          throw new SpecException(where + ": " + e.getMessage(), e);
        }
        if (!schemas.containsKey(name)) {
          throw new SpecException(where + " names no component schema: " + ref);
        }
        found.add(new Base64Json(s.getKey(), p.getKey(), name));
      }
    }
    return found;
  }

  /**
   * The schema of the JSON whose Base64 a property's string is ({@code x-wawp-base64-json}), by the
   * component schema and property: {@code QrValue} for {@code QrRaw.data}.
   */
  public Optional<String> base64Json(String schema, String property) {
    return base64Json().stream().filter(b -> b.schema().equals(schema) && b.property().equals(property))
        .map(Base64Json::decodedSchema).findFirst();
  }

  /**
   * A property whose string is the Base64 of a JSON value.
   *
   * @param schema the component schema that has the property ({@code QrRaw})
   * @param property the property ({@code data})
   * @param decodedSchema the component schema the decoded JSON follows ({@code QrValue})
   */
  public record Base64Json(String schema, String property, String decodedSchema) {}

  /** The documented paths. */
  public Set<String> paths() {
    return new TreeSet<>(openApi.getPaths().keySet());
  }

  /** The first example of a JSON body that has an inline value, as a tree of its own. */
  static Optional<JsonNode> firstExample(MediaType media) {
    return examples(media).values().stream().findFirst();
  }

  /** Every example of a JSON body that has an inline value, by name, in the spec's order. */
  static Map<String, JsonNode> examples(MediaType media) {
    Map<String, JsonNode> found = new LinkedHashMap<>();
    if (media == null) {
      return found;
    }
    if (media.getExamples() != null) {
      for (Map.Entry<String, Example> e : media.getExamples().entrySet()) {
        if (e.getValue().getValue() != null) {
          found.put(e.getKey(), Json.mapper().valueToTree(e.getValue().getValue()));
        }
      }
    }
    if (found.isEmpty() && media.getExample() != null) {
      found.put("example", Json.mapper().valueToTree(media.getExample()));
    }
    return found;
  }

  private static List<SpecOperation> readOperations(OpenAPI api) {
    List<SpecOperation> ops = new ArrayList<>();
    for (Map.Entry<String, PathItem> p : api.getPaths().entrySet()) {
      for (Map.Entry<PathItem.HttpMethod, Operation> m : p.getValue().readOperationsMap().entrySet()) {
        Operation op = m.getValue();
        Map<String, Object> ext = op.getExtensions() == null ? Map.of() : op.getExtensions();
        String where = m.getKey() + " " + p.getKey();
        Object action = ext.get(Extensions.ACTION);
        Object safe = ext.get(Extensions.SAFE_TO_REPEAT);
        if (action == null || !(safe instanceof Boolean)) {
          throw new SpecException(where + " lacks " + Extensions.ACTION + " or a boolean " + Extensions.SAFE_TO_REPEAT);
        }
        Object versions = ext.getOrDefault(Extensions.API_VERSIONS, List.of("v1", "v2"));
        ops.add(new SpecOperation(
            op.getOperationId(),
            m.getKey(),
            p.getKey(),
            action.toString(),
            (Boolean) safe,
            "paid".equals(ext.get(Extensions.PLAN)),
            ((Collection<?>) versions).stream().map(String::valueOf).toList(),
            op));
      }
    }
    return ops;
  }
}
