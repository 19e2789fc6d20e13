package io.wawpkit.session.conformance.pact;

import static io.wawpkit.session.conformance.pact.ConsumerPacts.client;
import static io.wawpkit.session.conformance.pact.ConsumerPacts.forSession;
import static io.wawpkit.session.conformance.pact.ConsumerPacts.json;
import static io.wawpkit.session.conformance.pact.PactContract.INSTANCE_ID;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslJsonRootValue;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.wawpkit.session.client.WawpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the client relies on from rate-limit GET and PATCH. */
@ExtendWith({FreshPactFiles.class, PactConsumerTestExt.class})
@PactTestFor(providerName = PactContract.PROVIDER, pactVersion = PactSpecVersion.V4, hostInterface = "127.0.0.1")
class RateLimitPactTest {

  /** The settings as the client reads them; current_policy as given (an exact slug or a pattern). */
  private static PactDslJsonBody settings(PactDslJsonBody currentPolicy) {
    String slug = PactContract.pattern("PolicySlug");
    PactDslJsonBody body = currentPolicy
        .booleanType("has_active_plan", true)
        .eachLike("free_policies", PactDslJsonRootValue.stringMatcher(slug, "strict"), 1);
    return body.eachLike("policies")
        .stringMatcher("slug", slug, "strict")
        .booleanType("available", true)
        .object("limits").closeObject()
        .closeArray()
        .asBody();
  }

  @Pact(consumer = PactContract.CONSUMER)
  V4Pact read(PactDslWithProvider builder) {
    return json(forSession(builder, States.STOPPED, "read the sending policy", "GET", "/session/rate-limit"), 200,
        settings(new PactDslJsonBody().stringMatcher("current_policy", PactContract.pattern("PolicySlug"),
            PactContract.FREE_POLICY)))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "read")
  void readsThePolicies(MockServer server) {
    try (WawpClient wawp = client(server)) {
      var settings = wawp.instance(INSTANCE_ID).rateLimit();
      assertThat(settings.getCurrentPolicy()).isEqualTo(PactContract.FREE_POLICY);
      assertThat(settings.getPolicies()).extracting(p -> p.getSlug()).containsExactly("strict");
      assertThat(settings.getFreePolicies()).containsExactly("strict");
    }
  }

  @Pact(consumer = PactContract.CONSUMER)
  V4Pact choose(PactDslWithProvider builder) {
    // What the write set, the answer shows: the chosen slug exactly. The slug travels in the query
    // string, the form the docs show, with no body.
    return json(forSession(builder, States.STOPPED, "choose a free sending policy", "PATCH", "/session/rate-limit")
            .query("policy_slug=" + PactContract.FREE_POLICY),
        200, settings(new PactDslJsonBody().stringValue("current_policy", PactContract.FREE_POLICY)))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "choose")
  void choosingShowsTheChoice(MockServer server) {
    try (WawpClient wawp = client(server)) {
      assertThat(wawp.instance(INSTANCE_ID).chooseRateLimit(PactContract.FREE_POLICY).getCurrentPolicy())
          .isEqualTo(PactContract.FREE_POLICY);
    }
  }
}
