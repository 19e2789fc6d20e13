package io.wawpkit.session.conformance.pact;

import io.swagger.v3.oas.models.media.Schema;
import io.wawpkit.session.spec.LifecycleModel;
import io.wawpkit.session.spec.WawpSpec;
import java.util.List;
import java.util.Objects;

/**
 * What the consumer pacts and the provider verifications share: the pair's names, the example
 * instance id and tokens, and the values the pacts take from the spec (patterns, the status enum,
 * the lifecycle model) so that they are read from the contract, not restated.
 */
final class PactContract {
  static final String CONSUMER = "wawp-session-client";
  static final String PROVIDER = "wawp-session-api";

  /** The example id of every pact; a provider injects its own (see {@link States}). */
  static final String INSTANCE_ID = "3EB0BCB2E3D4";

  /**
   * The token the pacts show. Obviously fake, so that a pact file can never carry a real one: the
   * verifier replaces it with the provider's token through the provider state (see {@link States}).
   */
  static final String EXAMPLE_TOKEN = "pact-example-token-not-a-secret";

  /** The token of the 401 interaction: sent as is, never replaced. */
  static final String WRONG_TOKEN = "pact-wrong-token-not-a-secret";

  /** Provider-state keys: a state method returns them, the pacts' generators read them. */
  static final String INSTANCE_ID_KEY = "instanceId";
  static final String TOKEN_KEY = "accessToken";

  /** Where the consumer tests write pact files and the verifications read them (module-relative). */
  static final String PACT_DIR = "target/pacts";

  /** Slug of a policy every account may choose (the spec's RateLimitChoice example). */
  static final String FREE_POLICY = "standard_policy";

  /** A webhook on the discard port of this machine: a provider that delivers to it reaches nothing. */
  static final String WEBHOOK_URL = "http://127.0.0.1:9/wawp-events";

  static final WawpSpec SPEC = WawpSpec.load();

  private PactContract() {}

  static LifecycleModel lifecycle() {
    return SPEC.lifecycle();
  }

  /** The status an action leads to from a status, per the spec's lifecycle model. */
  static String after(String action, String from) {
    return lifecycle().transition(action, from)
        .orElseThrow(() -> new IllegalStateException("the model has no " + action + " from " + from))
        .to();
  }

  /** A component schema's pattern. */
  static String pattern(String schema) {
    return Objects.requireNonNull(schema(schema).getPattern(), schema + " has no pattern");
  }

  /** A property's pattern inside a component schema. */
  static String pattern(String schema, String property) {
    Schema<?> p = (Schema<?>) schema(schema).getProperties().get(property);
    return Objects.requireNonNull(p.getPattern(), schema + "." + property + " has no pattern");
  }

  /** The documented statuses as one regex: what the client can read without guessing. */
  static String statusRegex() {
    List<?> values = schema("SessionStatus").getEnum();
    return String.join("|", values.stream().map(String::valueOf).toList());
  }

  private static Schema<?> schema(String name) {
    Schema<?> s = SPEC.openApi().getComponents().getSchemas().get(name);
    return Objects.requireNonNull(s, "no schema " + name + " in the spec");
  }
}
