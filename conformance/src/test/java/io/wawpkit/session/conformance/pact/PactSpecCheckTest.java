package io.wawpkit.session.conformance.pact;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The spec check catches a pact that departs from the spec (who tests the tester, in small). */
class PactSpecCheckTest {
  private static final PactSpecCheck CHECK = new PactSpecCheck(PactContract.SPEC);

  /** A V4 interaction like the consumer tests write, with a path, status and body to vary. */
  private static JsonNode interaction(String method, String path, int status, String body) {
    return PactFiles.json("""
        {"type": "Synchronous/HTTP", "description": "d",
         "request": {"method": "%s", "path": "%s",
           "headers": {"Authorization": ["Bearer x"], "X-Instance-ID": ["3EB0BCB2E3D4"]}},
         "response": {"status": %d, "headers": {"Content-Type": ["application/json"]},
           "body": {"content": %s, "contentType": "application/json", "encoded": false}}}
        """.formatted(method, path, status, body));
  }

  @Test
  void aFaithfulInteractionPasses() {
    assertThat(CHECK.problems(interaction("GET", "/session/info", 200, "{\"name\":\"n\",\"status\":\"WORKING\"}")))
        .isEmpty();
  }

  @Test
  void anUndocumentedStatusValueIsCaught() {
    assertThat(CHECK.problems(interaction("GET", "/session/info", 200, "{\"name\":\"n\",\"status\":\"ASLEEP\"}")))
        .anySatisfy(p -> assertThat(p).contains("response"));
  }

  @Test
  void aMissingRequiredFieldIsCaught() {
    assertThat(CHECK.problems(interaction("DELETE", "/session/delete", 200, "{\"status\":\"DELETED\"}")))
        .anySatisfy(p -> assertThat(p).contains("instance_id"));
  }

  @Test
  void anUndocumentedOperationIsCaught() {
    assertThat(CHECK.problems(interaction("PUT", "/session/start", 200, "{}")))
        .singleElement().satisfies(p -> assertThat(p).contains("not a documented operation"));
  }

  @Test
  void anUndocumentedStatusCodeIsCaught() {
    assertThat(CHECK.problems(interaction("GET", "/session/info", 418, "{\"code\":\"x\",\"message\":\"m\"}")))
        .anySatisfy(p -> assertThat(p).contains("does not document status 418"));
  }

  @Test
  void aRequestWithoutCredentialsIsCaught() {
    JsonNode bare = PactFiles.json("""
        {"type": "Synchronous/HTTP", "description": "d", "request": {"method": "GET", "path": "/session/me"},
         "response": {"status": 200, "body": {"content": {"id": null}}}}
        """);
    assertThat(CHECK.problems(bare)).anySatisfy(p -> assertThat(p).contains("request"));
  }
}
