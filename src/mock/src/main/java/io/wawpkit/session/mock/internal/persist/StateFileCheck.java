package io.wawpkit.session.mock.internal.persist;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.fge.jsonschema.core.exceptions.ProcessingException;
import com.github.fge.jsonschema.core.report.LogLevel;
import com.github.fge.jsonschema.core.report.ProcessingMessage;
import com.github.fge.jsonschema.core.report.ProcessingReport;
import com.github.fge.jsonschema.main.JsonSchema;
import com.github.fge.jsonschema.main.JsonSchemaFactory;
import io.wawpkit.session.mock.internal.http.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Says what is wrong with a state file, in one line: first its shape (the JSON schema
 * {@code state-file.schema.json} beside this class), then what a schema cannot say (duplicate ids or
 * tokens, sessions of accounts the file does not hold, statuses the lifecycle model does not know).
 * Never echoes a token.
 */
final class StateFileCheck {
  private static final JsonSchema SCHEMA = loadSchema();

  private StateFileCheck() {}

  /** Null when the file is sound, else what is wrong. */
  static String problem(JsonNode root, Predicate<String> knownStatus) {
    String shape = shapeProblem(root);
    return shape != null ? shape : meaningProblem(root, knownStatus);
  }

  private static String shapeProblem(JsonNode root) {
    ProcessingReport report;
    try {
      report = SCHEMA.validate(root);
    } catch (ProcessingException e) {
      return "it cannot be checked: " + e.getProcessingMessage().getMessage();
    }
    for (ProcessingMessage m : report) {
      if (m.getLogLevel() != LogLevel.ERROR && m.getLogLevel() != LogLevel.FATAL) {
        continue;
      }
      JsonNode j = m.asJson();
      String at = j.path("instance").path("pointer").asText("");
      // the validator's own wording; an enum message may quote the value, so not for /token
      String what = at.endsWith("/token") ? "must be a non-empty string" : m.getMessage();
      return (at.isEmpty() ? "the top level" : at) + ": " + what;
    }
    return null;
  }

  private static String meaningProblem(JsonNode root, Predicate<String> knownStatus) {
    Set<String> accountIds = new HashSet<>();
    Set<String> tokens = new HashSet<>();
    for (JsonNode a : root.get("accounts")) {
      String id = a.get("id").asText();
      if (!accountIds.add(id)) {
        return "two accounts have the id " + id;
      }
      if (!tokens.add(a.get("token").asText())) {
        return "account " + id + " has the token of another account";
      }
    }
    Set<String> sessionIds = new HashSet<>();
    int i = 0;
    for (JsonNode s : root.get("sessions")) {
      String id = s.get("instanceId").asText();
      if (!sessionIds.add(id)) {
        return "/sessions/" + i + ": a second session with the id " + id;
      }
      if (!accountIds.contains(s.get("accountId").asText())) {
        return "/sessions/" + i + ": session " + id + " belongs to account " + s.get("accountId").asText()
            + ", which the file does not hold";
      }
      if (!knownStatus.test(s.get("status").asText())) {
        return "/sessions/" + i + ": session " + id + " has the status " + s.get("status").asText()
            + ", which the lifecycle model does not know";
      }
      i++;
    }
    return null;
  }

  private static JsonSchema loadSchema() {
    try (InputStream in = StateFileCheck.class.getResourceAsStream("state-file.schema.json")) {
      return JsonSchemaFactory.byDefault().getJsonSchema(Json.MAPPER.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ProcessingException e) {
      throw new IllegalStateException("the state file schema is broken: " + e.getMessage(), e);
    }
  }
}
