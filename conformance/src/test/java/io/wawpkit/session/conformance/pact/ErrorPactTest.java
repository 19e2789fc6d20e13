package io.wawpkit.session.conformance.pact;

import static io.wawpkit.session.conformance.pact.ConsumerPacts.error;
import static io.wawpkit.session.conformance.pact.PactContract.INSTANCE_ID_KEY;
import static io.wawpkit.session.conformance.pact.PactContract.WRONG_TOKEN;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static io.wawpkit.session.conformance.pact.ConsumerPacts.client;
import static io.wawpkit.session.conformance.pact.ConsumerPacts.forSession;
import static io.wawpkit.session.conformance.pact.ConsumerPacts.json;
import static io.wawpkit.session.conformance.pact.PactContract.INSTANCE_ID;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.wawpkit.session.client.WawpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import io.wawpkit.session.client.errors.NotFoundException;
import io.wawpkit.session.client.errors.PlanLimitException;
import io.wawpkit.session.client.errors.UnauthorizedException;

/** The refusals the client turns into typed exceptions: a wrong token, an unknown instance, a free account. */
@ExtendWith({FreshPactFiles.class, PactConsumerTestExt.class})
@PactTestFor(providerName = PactContract.PROVIDER, pactVersion = PactSpecVersion.V4, hostInterface = "127.0.0.1")
class ErrorPactTest {

  @Pact(consumer = PactContract.CONSUMER)
  V4Pact wrongToken(PactDslWithProvider builder) {
    // The wrong token is sent as is (not injected): any provider must refuse it.
    return json(builder.given(States.STOPPED)
            .uponReceiving("read a session with a wrong token")
            .method("GET")
            .path("/session/info")
            .headers("Authorization", "Bearer " + WRONG_TOKEN)
            .headerFromProviderState("X-Instance-ID", "${" + INSTANCE_ID_KEY + "}", INSTANCE_ID),
        401, error("invalid_access_token", 401)).toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "wrongToken")
  void aWrongTokenIsUnauthorized(MockServer server) {
    try (WawpClient wawp = client(server, WRONG_TOKEN)) {
      assertThatThrownBy(() -> wawp.instance(INSTANCE_ID).info())
          .isInstanceOfSatisfying(UnauthorizedException.class,
              e -> assertThat(e.code()).isEqualTo("invalid_access_token"));
    }
  }

  @Pact(consumer = PactContract.CONSUMER)
  V4Pact unknownInstance(PactDslWithProvider builder) {
    return json(forSession(builder, States.NONE, "read an unknown session", "GET", "/session/info"), 404,
        error("invalid_instance", 404)).toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "unknownInstance")
  void anUnknownInstanceIsNotFound(MockServer server) {
    try (WawpClient wawp = client(server)) {
      assertThatThrownBy(() -> wawp.instance(INSTANCE_ID).info())
          .isInstanceOfSatisfying(NotFoundException.class,
              e -> assertThat(e.code()).isEqualTo("invalid_instance"));
    }
  }

  @Pact(consumer = PactContract.CONSUMER)
  V4Pact webhooksOnAFreeAccount(PactDslWithProvider builder) {
    return json(forSession(builder, States.FREE, "read the webhooks of a free account", "GET", "/session/webhook"),
        403, error("subscription_required", 403)).toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "webhooksOnAFreeAccount")
  void webhooksNeedASubscription(MockServer server) {
    try (WawpClient wawp = client(server)) {
      assertThatThrownBy(() -> wawp.instance(INSTANCE_ID).webhooks())
          .isInstanceOfSatisfying(PlanLimitException.class,
              e -> assertThat(e.subscriptionRequired()).isTrue());
    }
  }
}
