package io.wawpkit.session.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The rules of the contract that hold for every operation. */
class SpecStructureTest {
  final WawpSpec spec = EveryExampleValidatesTest.SPEC;
  final OpenAPI api = spec.openApi();

  @Test
  void versionMovesWithTheArtifact() {
    assertThat(spec.version()).isEqualTo(System.getProperty("project.version"));
  }

  @Test
  void everyDocumentedMethodIsAnOperationWithAUniqueId() {
    List<String> ids = spec.operations().stream().map(SpecOperation::operationId).toList();
    int documented = api.getPaths().values().stream().mapToInt(p -> p.readOperations().size()).sum();
    assertThat(ids).isNotEmpty().hasSize(documented).doesNotHaveDuplicates();
    assertThat(spec.operations()).allSatisfy(op -> {
      assertThat(op.operation().getSummary()).as(op.label()).isNotBlank();
      assertThat(op.operation().getDescription()).as(op.label()).isNotBlank();
      assertThat(op.operation().getTags()).as(op.label()).hasSize(1);
    });
  }

  @Test
  void everyOperationDeclaresBothCompleteCredentialForms() {
    for (SpecOperation op : spec.operations()) {
      List<SecurityRequirement> security = op.operation().getSecurity();
      Set<Set<String>> forms = security.stream().map(Map::keySet).collect(Collectors.toSet());
      if (op.needsInstance()) {
        assertThat(forms).as(op.label()).containsExactlyInAnyOrder(
            Set.of("accessTokenQuery", "instanceIdQuery"), Set.of("bearerToken", "instanceIdHeader"));
      } else {
        assertThat(forms).as(op.label()).containsExactlyInAnyOrder(Set.of("accessTokenQuery"), Set.of("bearerToken"));
      }
    }
  }

  @Test
  void everyErrorAnswerIsTheErrorSchemaInJson() {
    for (SpecOperation op : spec.operations()) {
      assertThat(op.documentedStatuses()).as(op.label()).contains(200, 400, 401, 429, 500);
      if (op.needsInstance()) {
        assertThat(op.documentedStatuses()).as(op.label()).contains(404);
      }
      for (Map.Entry<String, ApiResponse> r : op.operation().getResponses().entrySet()) {
        if (r.getKey().startsWith("2")) {
          continue;
        }
        Content content = spec.resolve(r.getValue()).getContent();
        assertThat(content.keySet()).as(op.label() + " " + r.getKey()).containsExactly("application/json");
        assertThat(content.get("application/json").getSchema().get$ref())
            .as(op.label() + " " + r.getKey())
            .isEqualTo("#/components/schemas/Error");
      }
    }
  }

  @Test
  void paidOnlyOperationsDocument403() {
    for (SpecOperation op : spec.operations()) {
      if (op.paidOnly()) {
        assertThat(op.documentedStatuses()).as(op.label()).contains(403);
      }
    }
    assertThat(spec.operations().stream().filter(SpecOperation::paidOnly).map(SpecOperation::operationId))
        .containsExactlyInAnyOrder("getWebhooks", "setWebhooks");
  }

  @Test
  void undocumentedMethodsAnswer405WithAllowForEveryPath() {
    WawpSpec.UndocumentedMethod rule = spec.undocumentedMethod();
    assertThat(rule.status()).isEqualTo(405);
    assertThat(rule.header()).isEqualTo("Allow");
    ApiResponse response = api.getComponents().getResponses().get("MethodNotAllowed");
    assertThat(response.getHeaders()).containsKey("Allow");
    assertThat(rule.response()).isEqualTo("#/components/responses/MethodNotAllowed");
    assertThat(api.getInfo().getDescription()).contains("undocumented method on a documented path answers 405");
    assertThat(spec.allowedMethods("/session/temp-link")).containsExactly("DELETE", "GET", "POST");
  }

  @Test
  void retryMarksFollowWhatTheCallDoesNotItsMethod() {
    assertThat(spec.operation("startSessionByGet").orElseThrow().safeToRepeat()).isFalse();
    assertThat(spec.operation("getSessionInfoByPost").orElseThrow().safeToRepeat()).isTrue();
    assertThat(spec.operation("createSession").orElseThrow().safeToRepeat()).isFalse();
    assertThat(spec.operation("createSessionV1").orElseThrow().safeToRepeat()).isFalse();
    assertThat(spec.operation("deleteSession").orElseThrow().safeToRepeat()).isFalse();
  }

  /**
   * Each create links to exactly the operations that take an instance id on the versions it is
   * served on (v2 create: all 19; v1 createSessionV1: the 12 v1 ones), passing the id from where
   * its answer carries it.
   */
  @Test
  void eachCreateLinksToTheOperationsThatTakeTheInstanceOnItsVersions() {
    List<SpecOperation> creates = spec.operations().stream().filter(op -> !op.needsInstance()).toList();
    assertThat(creates).extracting(SpecOperation::operationId).containsExactlyInAnyOrder("createSession", "createSessionV1");
    for (SpecOperation create : creates) {
      ApiResponse created = create.operation().getResponses().get("200");
      assertThat(created.getLinks().values()).as(create.label()).extracting(link -> link.getOperationId())
          .containsExactlyInAnyOrderElementsOf(spec.operations().stream()
              .filter(SpecOperation::needsInstance)
              .filter(op -> op.apiVersions().stream().anyMatch(create.apiVersions()::contains))
              .map(SpecOperation::operationId).toList());
      String pointer = spec.instanceIdPointer(create);
      created.getLinks().values().forEach(link ->
          assertThat(link.getParameters()).containsEntry("query.instance_id", "$response.body#" + pointer));
    }
    assertThat(spec.instanceIdPointer(spec.createOperation("v2"))).isEqualTo("/instance_id");
    assertThat(spec.instanceIdPointer(spec.createOperation("v1"))).isEqualTo("/config/metadata/instance_id");
  }

  /** The documented v1 create is served at /createSession on v1 only, with a name; /session/create is v2 only. */
  @Test
  void theV1CreateIsTheDocumentedOneAndV2CreateIsV2Only() {
    SpecOperation v1 = spec.createOperation("v1");
    assertThat(v1.label()).isEqualTo("POST /createSession");
    assertThat(v1.apiVersions()).containsExactly("v1");
    assertThat(v1.operation().getParameters()).singleElement()
        .satisfies(p -> assertThat(p.getName() + " " + p.getIn() + " " + p.getRequired()).isEqualTo("name query true"));
    assertThat(spec.createOperation("v2").label()).isEqualTo("POST /session/create");
    assertThat(spec.createOperation("v2").apiVersions()).containsExactly("v2");
    assertThat(spec.lifecycle().initialAfter(v1.operationId())).isEqualTo("STARTING");
    assertThat(spec.lifecycle().initialAfter("createSession")).isEqualTo("STOPPED");
  }

  @Test
  void serversCoverV2V1AndALocalMock() {
    assertThat(api.getServers()).extracting(s -> s.getUrl()).containsExactly(
        "https://api.wawp.net/v2", "https://wawp.net/wp-json/awp/v1", "http://127.0.0.1:{port}/{basePath}");
  }
}
