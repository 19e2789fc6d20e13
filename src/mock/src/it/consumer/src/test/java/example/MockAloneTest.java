package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wawpkit.session.mock.junit.WawpMockExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The mock in a JVM of its own (surefire's reuseForks=false), without the client: whatever this
 * class's JVM prints comes from the mock, and verify.groovy wants nothing but the test's results.
 */
class MockAloneTest {
  @RegisterExtension
  static final WawpMockExtension WAWP = WawpMockExtension.fast();

  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.header("Authorization", "Bearer " + WAWP.paidToken()).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void answersAndValidatesEveryRequest() throws Exception {
    HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(WAWP.baseUrl() + "/session/create"))
        .POST(HttpRequest.BodyPublishers.noBody()));
    assertEquals(200, created.statusCode(), created.body());
    String id = created.body().replaceAll(".*\"instance_id\":\"([^\"]+)\".*", "$1");

    // A JSON body against the spec's schema (PolicySlug's pattern): refused by the validator.
    HttpResponse<String> refused = send(HttpRequest.newBuilder(URI.create(WAWP.baseUrl() + "/session/rate-limit"))
        .header("X-Instance-ID", id)
        .header("Content-Type", "application/json")
        .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"policy_slug\": \"Not A Slug!\"}")));
    assertEquals(400, refused.statusCode(), refused.body());
    assertTrue(refused.body().contains("policy_slug"), refused.body());
    assertEquals("STOPPED", WAWP.control().status(id));
  }
}
