package io.wawpkit.session.conformance.pact;

import static io.wawpkit.session.conformance.pact.PactContract.WEBHOOK_URL;

import static io.wawpkit.session.conformance.pact.ConsumerPacts.client;
import static io.wawpkit.session.conformance.pact.ConsumerPacts.forSession;
import static io.wawpkit.session.conformance.pact.ConsumerPacts.json;
import static io.wawpkit.session.conformance.pact.PactContract.INSTANCE_ID;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.wawpkit.session.client.WawpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import au.com.dius.pact.consumer.dsl.PactDslJsonRootValue;
import io.wawpkit.session.generated.model.WebhookConfig;
import java.net.URI;
import java.util.List;

/** What the client relies on from webhook GET and POST (paid accounts; the free case is in ErrorPactTest). */
@ExtendWith({FreshPactFiles.class, PactConsumerTestExt.class})
@PactTestFor(providerName = PactContract.PROVIDER, pactVersion = PactSpecVersion.V4, hostInterface = "127.0.0.1")
class WebhookPactTest {

  @Pact(consumer = PactContract.CONSUMER)
  V4Pact read(PactDslWithProvider builder) {
    PactDslJsonBody body = new PactDslJsonBody();
    body.minArrayLike("webhooks", 1)
        .stringMatcher("url", PactContract.pattern("WebhookConfig", "url") + ".*", WEBHOOK_URL)
        .eachLike("events", PactDslJsonRootValue.stringMatcher(PactContract.pattern("WebhookEvent"), "session.status"), 1)
        .closeArray();
    return json(forSession(builder, States.WEBHOOK, "read the webhook settings", "GET", "/session/webhook"), 200,
        body).toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "read")
  void readsTheWebhooks(MockServer server) {
    try (WawpClient wawp = client(server)) {
      var webhooks = wawp.instance(INSTANCE_ID).webhooks().getWebhooks();
      assertThat(webhooks).singleElement().satisfies(w -> {
        assertThat(w.getUrl()).hasToString(WEBHOOK_URL);
        assertThat(w.getEvents()).containsExactly("session.status");
      });
    }
  }

  @Pact(consumer = PactContract.CONSUMER)
  V4Pact replace(PactDslWithProvider builder) {
    PactDslJsonBody request = new PactDslJsonBody();
    request.array("webhooks").object()
        .stringValue("url", WEBHOOK_URL)
        .array("events").stringValue("session.status").closeArray()
        .closeObject().closeArray();
    // What the write set, the answer shows: exactly the list that was sent.
    PactDslJsonBody response = new PactDslJsonBody();
    response.array("webhooks").object()
        .stringValue("url", WEBHOOK_URL)
        .array("events").stringValue("session.status").closeArray()
        .closeObject().closeArray();
    return json(forSession(builder, States.PAID, "replace the webhook list", "POST", "/session/webhook")
            .matchHeader("Content-Type", ConsumerPacts.JSON_TYPE, "application/json")
            .body(request),
        200, response).toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "replace")
  void replacingShowsTheNewList(MockServer server) {
    try (WawpClient wawp = client(server)) {
      var hook = new WebhookConfig().url(URI.create(WEBHOOK_URL)).events(List.of("session.status"));
      assertThat(wawp.instance(INSTANCE_ID).replaceWebhooks(List.of(hook)).getWebhooks())
          .singleElement().satisfies(w -> assertThat(w.getUrl()).hasToString(WEBHOOK_URL));
    }
  }
}
