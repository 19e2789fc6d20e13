package io.wawpkit.session.conformance.pact;

import static io.wawpkit.session.conformance.pact.PactContract.EXAMPLE_TOKEN;
import static io.wawpkit.session.conformance.pact.PactContract.INSTANCE_ID;
import static io.wawpkit.session.conformance.pact.PactContract.INSTANCE_ID_KEY;
import static io.wawpkit.session.conformance.pact.PactContract.TOKEN_KEY;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslResponse;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import io.wawpkit.session.client.WawpClient;
import io.wawpkit.session.client.auth.CredentialForm;
import io.wawpkit.session.client.retry.RetryPolicy;
import java.time.Duration;
import java.util.Set;

/** Building blocks of the consumer pacts, and the client under test pointed at Pact's mock server. */
final class ConsumerPacts {
  /** Content types the client decodes as JSON. */
  static final String JSON_TYPE = "application/json(;\\s*charset=[A-Za-z0-9-]+)?";

  private ConsumerPacts() {}

  /**
   * Our client, as an application would build it, against Pact's mock server. Header credentials
   * (Bearer + X-Instance-ID) keep the token out of every URL, hence out of the pact files; no retries,
   * so that each interaction is sent exactly once.
   */
  static WawpClient client(MockServer server, String token) {
    return WawpClient.builder()
        .baseUrl(server.getUrl())
        .accessToken(token)
        .credentialForm(CredentialForm.HEADERS)
        .retryPolicy(RetryPolicy.none())
        .connectTimeout(Duration.ofSeconds(2))
        .readTimeout(Duration.ofSeconds(5))
        .build();
  }

  static WawpClient client(MockServer server) {
    return client(server, EXAMPLE_TOKEN);
  }

  /** A request for one session: the token and the id come from the provider state at verification. */
  static PactDslRequestWithPath forSession(PactDslWithProvider builder, String state, String description,
      String method, String path) {
    return forAccount(builder, state, description, method, path)
        .headerFromProviderState("X-Instance-ID", "${" + INSTANCE_ID_KEY + "}", INSTANCE_ID);
  }

  /** A request that needs only the account's token (create). */
  static PactDslRequestWithPath forAccount(PactDslWithProvider builder, String state, String description,
      String method, String path) {
    return builder.given(state)
        .uponReceiving(description)
        .method(method)
        .path(path)
        .headerFromProviderState("Authorization", "Bearer ${" + TOKEN_KEY + "}", "Bearer " + EXAMPLE_TOKEN);
  }

  /** A JSON answer with a status code. */
  static PactDslResponse json(PactDslRequestWithPath request, int status, PactDslJsonBody body) {
    return request.willRespondWith()
        .status(status)
        .matchHeader("Content-Type", JSON_TYPE, "application/json")
        .body(body);
  }

  /**
   * The session object as the client reads it in a given status: {@code name} and the exact status
   * (the client branches on it), plus the fields the lifecycle model says that status carries
   * ({@code qr}, {@code me}).
   */
  static PactDslJsonBody sessionIn(String status) {
    PactDslJsonBody body = new PactDslJsonBody()
        .stringType("name", "wawp-84729105")
        .stringValue("status", status);
    Set<String> carried = PactContract.lifecycle().carries(status);
    if (carried.contains("qr")) {
      body.stringMatcher("qr", PactContract.pattern("QrCode"), "data:image/png;base64,iVBORw0KGgo=");
    }
    if (carried.contains("me")) {
      body.object("me").stringMatcher("id", PactContract.pattern("Jid"), "201012345678@c.us").closeObject();
    }
    return body;
  }

  /**
   * The answer of an action: a session object whose status is one the client knows. The example is
   * the model's result; the exact transition is the lifecycle checks' business, not the client's
   * (its helpers read info afterwards).
   */
  static PactDslJsonBody sessionAfter(String action, String from) {
    return new PactDslJsonBody()
        .stringType("name", "wawp-84729105")
        .stringMatcher("status", PactContract.statusRegex(), PactContract.after(action, from));
  }

  /** The Error shape with the code the client maps to its typed exception. */
  static PactDslJsonBody error(String code, int status) {
    // data.status is optional in the shape and the client does not read it: not required here.
    return new PactDslJsonBody()
        .stringValue("code", code)
        .stringType("message", "message for " + code + " (" + status + ")");
  }
}
