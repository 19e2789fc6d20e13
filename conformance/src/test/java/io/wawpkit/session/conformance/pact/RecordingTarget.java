package io.wawpkit.session.conformance.pact;

import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.Pact;
import au.com.dius.pact.core.model.PactSource;
import au.com.dius.pact.provider.IProviderInfo;
import au.com.dius.pact.provider.IProviderVerifier;
import au.com.dius.pact.provider.ProviderResponse;
import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.HttpsTestTarget;
import au.com.dius.pact.provider.junit5.TestTarget;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.Map;
import java.util.function.Consumer;
import kotlin.Pair;
import org.apache.hc.client5.http.classic.methods.HttpUriRequest;

/**
 * Pact's HTTP(S) target for a base URL, which also notes the id of every session the verified
 * create interaction makes: no state made that session, so without this it would outlive the run
 * (on a live target, a leftover instance of the user's account).
 */
final class RecordingTarget implements TestTarget {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpTestTarget delegate;
  private final Consumer<String> createdSessions;

  RecordingTarget(URI baseUrl, Consumer<String> createdSessions) {
    String path = baseUrl.getPath() == null || baseUrl.getPath().isEmpty() ? "/" : baseUrl.getPath();
    boolean https = "https".equals(baseUrl.getScheme());
    int port = baseUrl.getPort() != -1 ? baseUrl.getPort() : https ? 443 : 80;
    this.delegate = https ? new HttpsTestTarget(baseUrl.getHost(), port, path)
        : new HttpTestTarget(baseUrl.getHost(), port, path);
    this.createdSessions = createdSessions;
  }

  @Override
  public ProviderResponse executeInteraction(Object client, Object request) {
    ProviderResponse response = delegate.executeInteraction(client, request);
    if (request instanceof HttpUriRequest http && "POST".equals(http.getMethod())
        && http.getPath().endsWith("/session/create") && response.getStatusCode() != null
        && response.getStatusCode() == 200 && response.getBody() != null && response.getBody().isPresent()) {
      try {
        String id = JSON.readTree(response.getBody().valueAsString()).path("instance_id").asText("");
        if (!id.isEmpty()) {
          createdSessions.accept(id);
        }
      } catch (java.io.IOException e) {
        // Not JSON: the verification reports that; nothing to clean up.
      }
    }
    return response;
  }

  @Override
  public Map<String, Object> getUserConfig() {
    return delegate.getUserConfig();
  }

  @Override
  public IProviderInfo getProviderInfo(String serviceName, PactSource pactSource) {
    return delegate.getProviderInfo(serviceName, pactSource);
  }

  @Override
  public Pair<Object, Object> prepareRequest(Pact pact, Interaction interaction, Map<String, Object> context) {
    return delegate.prepareRequest(pact, interaction, context);
  }

  @Override
  public boolean isHttpTarget() {
    return true;
  }

  @Override
  public void prepareVerifier(IProviderVerifier verifier, Object testInstance, Pact pact) {
    delegate.prepareVerifier(verifier, testInstance, pact);
  }

  @Override
  public boolean supportsInteraction(Interaction interaction) {
    return delegate.supportsInteraction(interaction);
  }
}
