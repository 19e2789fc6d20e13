package io.wawpkit.session.client;

import io.wawpkit.session.client.errors.MalformedResponseException;
import io.wawpkit.session.generated.api.LifecycleApi;
import io.wawpkit.session.generated.model.CreateSessionResult;
import io.wawpkit.session.generated.model.V1CreatedSession;
import io.wawpkit.session.generated.model.V1CreatedSessionConfig;
import io.wawpkit.session.generated.model.V1CreatedSessionMetadata;
import java.security.SecureRandom;

/**
 * Creates a session with the create its API version serves, and answers it in one shape: v2's
 * {@link CreateSessionResult}. v1 answers the session object with the new id only in
 * {@code config.metadata.instance_id} (next to the echoed token, which is not copied).
 */
final class SessionCreation {
  private static final char[] NAME_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private final LifecycleApi api;
  private final ApiVersion version;

  SessionCreation(LifecycleApi api, ApiVersion version) {
    this.api = api;
    this.version = version;
  }

  /** v1 needs a name (every documented call sends one): a made-up one when the caller gave none. */
  CreateSessionResult create() {
    return version == ApiVersion.V1 ? createV1(newName()) : api.createSession();
  }

  CreateSessionResult create(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a session name must not be blank; create() makes one up");
    }
    if (version == ApiVersion.V2) {
      // v2 create documents no name (the service picks one): refuse rather than drop it silently
      throw new UnsupportedOperationException("v2 create takes no name (the service names the session); use create()");
    }
    return createV1(name);
  }

  private CreateSessionResult createV1(String name) {
    V1CreatedSession created = api.createSessionV1(name);
    V1CreatedSessionConfig config = created == null ? null : created.getConfig();
    V1CreatedSessionMetadata metadata = config == null ? null : config.getMetadata();
    if (metadata == null || metadata.getInstanceId() == null || metadata.getInstanceId().isBlank()) {
      throw new MalformedResponseException("createSessionV1",
          "createSessionV1: HTTP 200 without config.metadata.instance_id, where v1 carries the new id");
    }
    return new CreateSessionResult()
        .instanceId(metadata.getInstanceId())
        .sessionName(created.getName())
        .status(created.getStatus());
  }

  /** A name like the service's own ({@code wawp-} and 8 random characters). */
  static String newName() {
    char[] tail = new char[8];
    for (int i = 0; i < tail.length; i++) {
      tail[i] = NAME_CHARS[RANDOM.nextInt(NAME_CHARS.length)];
    }
    return "wawp-" + new String(tail);
  }
}
