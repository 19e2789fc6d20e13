package io.wawpkit.session.spec;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
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

  private WawpSpec(String yaml, OpenAPI openApi, LifecycleModel lifecycle, EvidenceMarks evidence) {
    this.yaml = yaml;
    this.openApi = openApi;
    this.lifecycle = lifecycle;
    this.evidence = evidence;
    this.operations = List.copyOf(readOperations(openApi));
    for (String id : lifecycle.createOperationsWithOwnStatus()) {
      if (operation(id).filter(o -> !o.needsInstance()).isEmpty()) {
        throw new SpecException("x-wawp-lifecycle.actions.create.operations names " + id + ", which is no create operation");
      }
    }
  }

  /** The spec shipped in this artifact. */
  public static WawpSpec load() {
    try (InputStream in = WawpSpec.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new SpecException("the spec is not on the classpath at " + RESOURCE);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new SpecException("cannot read the spec from the classpath: " + e.getMessage(), e);
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
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(yamlOrJson, null, options);
    OpenAPI api = result.getOpenAPI();
    if (api == null) {
      throw new SpecException("the spec does not parse: " + result.getMessages());
    }
    Map<String, Object> ext = api.getExtensions();
    Object raw = ext == null ? null : ext.get("x-wawp-lifecycle");
    return new WawpSpec(yamlOrJson, api, LifecycleModel.parse((Map<?, ?>) raw), EvidenceMarks.read(yamlOrJson));
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
   * How long a new temporary link is valid: its expiry is this long after it was made
   * ({@code x-wawp-rules.temp-link-lifetime.validFor}, an ISO-8601 duration; the rule's mark says
   * the docs state it).
   */
  public Duration tempLinkLifetime() {
    JsonNode v = evidence.tree().at("/x-wawp-rules/temp-link-lifetime/validFor");
    if (!v.isTextual()) {
      throw new SpecException("x-wawp-rules.temp-link-lifetime has no validFor duration");
    }
    try {
      return Duration.parse(v.asText());
    } catch (DateTimeParseException e) {
      throw new SpecException("x-wawp-rules.temp-link-lifetime.validFor is no ISO-8601 duration: " + v.asText(), e);
    }
  }

  /** The documented paths. */
  public Set<String> paths() {
    return new TreeSet<>(openApi.getPaths().keySet());
  }

  private static List<SpecOperation> readOperations(OpenAPI api) {
    List<SpecOperation> ops = new ArrayList<>();
    for (Map.Entry<String, PathItem> p : api.getPaths().entrySet()) {
      for (Map.Entry<PathItem.HttpMethod, Operation> m : p.getValue().readOperationsMap().entrySet()) {
        Operation op = m.getValue();
        Map<String, Object> ext = op.getExtensions() == null ? Map.of() : op.getExtensions();
        String where = m.getKey() + " " + p.getKey();
        Object action = ext.get("x-wawp-action");
        Object safe = ext.get("x-wawp-safe-to-repeat");
        if (action == null || !(safe instanceof Boolean)) {
          throw new SpecException(where + " lacks x-wawp-action or a boolean x-wawp-safe-to-repeat");
        }
        Object versions = ext.getOrDefault("x-wawp-api-versions", List.of("v1", "v2"));
        ops.add(new SpecOperation(
            op.getOperationId(),
            m.getKey(),
            p.getKey(),
            action.toString(),
            (Boolean) safe,
            "paid".equals(ext.get("x-wawp-plan")),
            ((Collection<?>) versions).stream().map(String::valueOf).toList(),
            op));
      }
    }
    return ops;
  }
}
