package io.wawpkit.session.bench;

import io.wawpkit.session.common.ConnectionProblems;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The few plain HTTP calls the harness itself makes: readiness polls and API calls (control calls: MockControl). */
final class Http {
  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(2))
      .build();

  private Http() {}

  /** A port free right now on 127.0.0.1 (every server here binds to loopback only). */
  static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException("no free port", e);
    }
  }

  /**
   * Polls the URL every few milliseconds until it answers 2xx; returns the time since the process
   * was launched, in ms. Fails when the process dies or the deadline passes.
   */
  static double awaitFirstAnswer(Proc proc, String url, Duration deadline) {
    long limit = proc.launchedNanos + deadline.toNanos();
    // "POST /path" asks with POST (our mock's first real answer is a create); anything else is a GET.
    boolean post = url.startsWith("POST ");
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(post ? url.substring(5) : url)).timeout(Duration.ofSeconds(2));
    HttpRequest request = (post ? b.POST(HttpRequest.BodyPublishers.noBody()) : b.GET()).build();
    while (System.nanoTime() < limit) {
      try {
        HttpResponse<Void> r = CLIENT.send(request, HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() / 100 == 2) {
          return (System.nanoTime() - proc.launchedNanos) / 1e6;
        }
      } catch (IOException e) {
        // Not listening yet.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted");
      }
      if (!proc.alive()) {
        throw new IllegalStateException(proc.name + " exited before answering:\n" + tail(proc.output()));
      }
      sleep(5);
    }
    throw new IllegalStateException(proc.name + " did not answer " + url + " within " + deadline.toSeconds() + " s:\n"
        + tail(proc.output()));
  }

  static String get(String url) {
    return send(HttpRequest.newBuilder(URI.create(url)).GET(), url);
  }

  static String post(String url, String json) {
    return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
        .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)), url);
  }

  private static String send(HttpRequest.Builder b, String url) {
    try {
      HttpResponse<String> r = CLIENT.send(b.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() / 100 != 2) {
        throw new IllegalStateException(url.replaceAll("access_token=[^&]*", "access_token=****") + " answered "
            + r.statusCode() + ": " + r.body());
      }
      return r.body();
    } catch (IOException e) {
      throw new IllegalStateException("cannot reach " + url + ": " + ConnectionProblems.describe(e), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted");
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted");
    }
  }

  static String tail(String text) {
    return text.length() <= 2000 ? text : "..." + text.substring(text.length() - 2000);
  }
}
