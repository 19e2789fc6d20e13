package io.wawpkit.session.conformance.pact;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Looks for credentials in a pact file's text: a pact is shared (with the provider, a broker, a
 * repository), so it must hold no token but the obviously fake ones the consumer tests use.
 * Query-string tokens are the usual leak (toolchain pitfall 9): any {@code access_token} is one.
 */
final class PactSecretScan {
  /** The Authorization values a pact may show. */
  static final Set<String> ALLOWED_AUTHORIZATION = Set.of(
      "Bearer " + PactContract.EXAMPLE_TOKEN, "Bearer " + PactContract.WRONG_TOKEN);

  private static final java.util.regex.Pattern ACCESS_TOKEN =
      java.util.regex.Pattern.compile("(?i)access_token(=|\"\\s*:)");

  private PactSecretScan() {}

  /**
   * @param text a pact file
   * @param secrets tokens that must not appear (the mock's demo tokens, a target's token)
   * @return one line per finding, naming where but never repeating the secret
   */
  static List<String> findings(String text, Collection<String> secrets) {
    List<String> findings = new ArrayList<>();
    int i = 0;
    for (String secret : secrets) {
      i++;
      if (secret != null && !secret.isBlank() && text.contains(secret)) {
        findings.add("known secret #" + i + " appears in the pact");
      }
    }
    // As a query string (access_token=...) or a key (a query map or a body field); the error code
    // invalid_access_token is a value, not a credential.
    if (ACCESS_TOKEN.matcher(text).find()) {
      findings.add("an access_token (query parameter or field) appears in the pact");
    }
    PactFiles.json(text).path("interactions").forEach(interaction ->
        interaction.path("request").path("headers").fields().forEachRemaining(h -> {
          if (h.getKey().equalsIgnoreCase("Authorization")) {
            for (JsonNode value : h.getValue().isArray() ? h.getValue() : List.of(h.getValue())) {
              if (!ALLOWED_AUTHORIZATION.contains(value.asText())) {
                findings.add("'" + interaction.path("description").asText()
                    + "' sends an Authorization header that is not one of the fake example tokens");
              }
            }
          }
        }));
    return findings;
  }
}
