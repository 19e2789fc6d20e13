package io.wawpkit.session.bench;

import java.time.Duration;

/**
 * A server under test, running: where its info and state-changing calls are, and the process.
 * {@code basePath} is what precedes {@code /session/...} ({@code /v2}, or nothing for Prism, which
 * ignores the spec's server URLs).
 */
record Server(String name, String setting, Proc proc, String origin, String basePath, String instanceId, String token,
    double startupMillis) implements AutoCloseable {

  String path(String operation) {
    return basePath + "/session/" + operation + "?access_token=" + token + "&instance_id=" + instanceId;
  }

  String url(String operation) {
    return origin + path(operation);
  }

  Server withInstance(String id) {
    return new Server(name, setting, proc, origin, basePath, id, token, startupMillis);
  }

  static Server await(String name, String setting, Proc proc, String origin, String basePath, String readyPath,
      String instanceId, String token) {
    String ready = readyPath.startsWith("POST ") ? "POST " + origin + readyPath.substring(5) : origin + readyPath;
    double ms = Http.awaitFirstAnswer(proc, ready, Duration.ofSeconds(60));
    return new Server(name, setting, proc, origin, basePath, instanceId, token, ms);
  }

  @Override
  public void close() {
    proc.close();
  }
}
