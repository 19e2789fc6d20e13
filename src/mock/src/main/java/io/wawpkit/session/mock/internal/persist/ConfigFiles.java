package io.wawpkit.session.mock.internal.persist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.wawpkit.session.mock.internal.state.Account;
import io.wawpkit.session.mock.control.Plan;
import io.wawpkit.session.spec.Extensions;
import io.wawpkit.session.spec.LifecycleModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the files the mock is configured with: accounts, and a replacement lifecycle model. */
public final class ConfigFiles {
  private static final String LIFECYCLE_KEY = Extensions.LIFECYCLE;

  private ConfigFiles() {}

  /**
   * Reads accounts from JSON (or YAML): either a list or {@code {"accounts": [...]}}; each has
   * {@code id}, {@code token}, {@code plan} (free or paid) and optionally {@code instanceQuota},
   * {@code displayName}, {@code email}.
   */
  public static List<Account> accounts(Path file) {
    JsonNode root = read(file);
    JsonNode list = root.isArray() ? root : root.path("accounts");
    if (!list.isArray() || list.isEmpty()) {
      throw new IllegalArgumentException(file + ": expected a non-empty list of accounts (or {\"accounts\": [...]})");
    }
    List<Account> accounts = new ArrayList<>();
    for (JsonNode a : list) {
      accounts.add(new Account(
          a.path("id").asText(null),
          a.path("token").asText(null),
          Plan.parse(a.path("plan").asText("free")),
          a.hasNonNull("instanceQuota") ? a.get("instanceQuota").asInt() : null,
          a.path("displayName").asText(null),
          a.path("email").asText(null)));
    }
    return accounts;
  }

  /**
   * Reads a lifecycle model from YAML or JSON: a whole spec-like document with an
   * {@code x-wawp-lifecycle} member, or the lifecycle tree itself.
   */
  public static LifecycleModel lifecycle(Path file) {
    Map<?, ?> root = new ObjectMapper().convertValue(read(file), Map.class);
    Object tree = root.containsKey(LIFECYCLE_KEY) ? root.get(LIFECYCLE_KEY) : root;
    if (!(tree instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException(file + ": " + LIFECYCLE_KEY + " must be a mapping");
    }
    return LifecycleModel.parse(map);
  }

  private static JsonNode read(Path file) {
    try {
      return new YAMLMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
