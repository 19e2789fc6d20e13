package io.wawpkit.session.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.wawpkit.session.mock.control.Plan;
import io.wawpkit.session.mock.internal.state.DemoAccounts;
import io.wawpkit.session.spec.Extensions;
import io.wawpkit.session.spec.LifecycleModel;
import io.wawpkit.session.spec.SpecOperation;
import io.wawpkit.session.spec.WawpSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConcurrencyTest {
  private static final int THREADS = 16;
  /** The rules, read from the spec by its own reader (not from the mock, which could run another model). */
  private static final LifecycleModel MODEL = WawpSpec.load().lifecycle();

  @TempDir
  Path dir;

  @Test
  void parallelCallsOnOneInstanceOnlyEverMakeChangesTheModelAllows() throws Exception {
    try (StatusEventReceiver receiver = new StatusEventReceiver();
        WawpMock mock = WawpMock.builder().startingDuration(Duration.ofMillis(5)).autoScanAfter(Duration.ofMillis(5))
            .webhookRetryDelay(Duration.ofMillis(50)).start()) {
      SpecClient api = new SpecClient(mock);
      String token = mock.token(DemoAccounts.PAID);
      String id = api.create(token);
      String name = api.query("GET", "/session/info", token, id).status("name");
      subscribe(api, token, id, receiver);
      List<SpecOperation> ops = mock.spec().operations().stream()
          .filter(o -> o.needsInstance() && !MODEL.deletes(o.action()) && o.operation().getRequestBody() == null)
          .toList();
      AtomicInteger non200 = new AtomicInteger();
      inParallel(THREADS, t -> {
        for (int i = 0; i < 40; i++) {
          SpecOperation op = ops.get(ThreadLocalRandom.current().nextInt(ops.size()));
          SpecClient.Answer a = (op.apiVersions().contains("v2") ? api : api.v1()).query(op.method().name(), op.path(), token, id);
          // a login operation outside its statuses answers the model's refusal, and changes nothing
          boolean refusedByStatus = MODEL.servedIn(op.operationId()).isPresent() && a.status() == 422
              && "invalid_session".equals(a.code());
          if (a.status() != 200 && !refusedByStatus) {
            non200.incrementAndGet();
          }
          if (i % 10 == 0) {
            mock.control().fail(id);
          }
        }
      });
      awaitQuiet(receiver);

      // in the order of arrival: the mock delivers one session's events in the order of the changes
      List<JsonNode> events = receiver.eventsOf(name);
      List<String> changes = events.stream().map(StatusEventReceiver::status).toList();
      assertThat(non200.get()).isZero();
      assertThat(changes).as("the calls changed the status many times").hasSizeGreaterThan(20);
      assertThat(events.stream().map(StatusEventReceiver::millis).toList()).as("arrived in the order of their times")
          .isSortedAccordingTo(Long::compare).doesNotHaveDuplicates();
      LifecycleTrace.assertAllowed(MODEL, MODEL.initial(), changes);
      // no change went unreported and none was lost: the last event is where the session is
      assertThat(api.query("GET", "/session/info", token, id).status("status")).isEqualTo(changes.get(changes.size() - 1));
    }
  }

  /** The check above can fail: a mock running a model that lets stop fail a STOPPED session is caught. */
  @Test
  @SuppressWarnings("unchecked")
  void theChangeCheckCatchesAChangeTheSpecDoesNotAllow() throws Exception {
    Map<String, Object> tree = WawpSpec.load().lifecycleTree();
    Map<String, Object> stop = (Map<String, Object>) ((Map<String, Object>) tree.get("actions")).get("stop");
    ((Map<String, Object>) stop.get("from")).put(MODEL.initial(), Map.of("to", "FAILED", "login", "keep"));
    Path file = dir.resolve("mutated.yaml");
    new YAMLMapper().writeValue(file.toFile(), Map.of(Extensions.LIFECYCLE, tree));
    try (StatusEventReceiver receiver = new StatusEventReceiver();
        WawpMock mock = WawpMock.builder().lifecycleFile(file).start()) {
      SpecClient api = new SpecClient(mock);
      String token = mock.token(DemoAccounts.PAID);
      String id = api.create(token);
      String name = api.query("GET", "/session/info", token, id).status("name");
      subscribe(api, token, id, receiver);
      api.query("POST", "/session/stop", token, id);
      Wait.until("the event", Duration.ofSeconds(5), () -> !receiver.eventsOf(name).isEmpty());
      List<String> changes = receiver.eventsOf(name).stream().map(StatusEventReceiver::status).toList();
      assertThatThrownBy(() -> LifecycleTrace.assertAllowed(MODEL, MODEL.initial(), changes))
          .isInstanceOf(AssertionError.class).hasMessageContaining(MODEL.initial() + " -> FAILED");
    }
  }

  @Test
  void parallelSettingsWritesLeaveExactlyOneOfTheWritesNeverAMix() throws Exception {
    try (WawpMock mock = WawpMock.builder().start()) {
      SpecClient api = new SpecClient(mock);
      String token = mock.token(DemoAccounts.PAID);
      String id = api.create(token);
      List<String> slugs = new ArrayList<>();
      api.query("GET", "/session/rate-limit", token, id).body().get("policies").forEach(p -> slugs.add(p.get("slug").asText()));
      assertThat(slugs).hasSizeGreaterThan(1);
      Set<JsonNode> policyWrites = ConcurrentHashMap.newKeySet();
      Set<JsonNode> webhookWrites = ConcurrentHashMap.newKeySet();
      inParallel(THREADS, t -> {
        for (int i = 0; i < 8; i++) {
          if (t % 2 == 0) {
            SpecClient.Answer a = api.query("PATCH", "/session/rate-limit", token, id,
                "{\"policy_slug\":\"" + slugs.get((t / 2 + i) % slugs.size()) + "\"}");
            assertThat(a.status()).isEqualTo(200);
            policyWrites.add(a.body());
          } else {
            SpecClient.Answer a = api.query("POST", "/session/webhook", token, id, webhookList("w" + t + "-" + i, 1 + (t + i) % 4));
            assertThat(a.status()).isEqualTo(200);
            webhookWrites.add(a.body());
          }
        }
      });
      JsonNode policy = api.query("GET", "/session/rate-limit", token, id).body();
      JsonNode webhooks = api.query("GET", "/session/webhook", token, id).body();
      assertThat(policyWrites).as("the final policy settings are one write's answer").contains(policy);
      assertThat(webhookWrites).as("the final webhook list is one write's answer").contains(webhooks);
      // and that list is one write's whole list: every URL carries the same writer's tag
      Set<String> writers = new java.util.HashSet<>();
      webhooks.get("webhooks").forEach(w -> writers.add(w.get("url").asText().replaceAll(".*/(w\\d+-\\d+)/\\d+$", "$1")));
      assertThat(writers).hasSize(1);
    }
  }

  @Test
  void parallelCreatesNeverOverrunTheQuotaNorLoseASession() throws Exception {
    MockAccount account = new MockAccount("racer", "racer-token", Plan.FREE, 25, null, null);
    try (WawpMock mock = WawpMock.builder().accounts(List.of(account)).start()) {
      SpecClient api = new SpecClient(mock);
      AtomicInteger created = new AtomicInteger();
      AtomicInteger refused = new AtomicInteger();
      inParallel(THREADS, t -> {
        for (int i = 0; i < 4; i++) {
          SpecClient.Answer a = api.query("POST", "/session/create", "racer-token", null);
          (a.status() == 200 ? created : refused).incrementAndGet();
        }
      });
      assertThat(created.get()).isEqualTo(25);
      assertThat(refused.get()).isEqualTo(THREADS * 4 - 25);
      assertThat(mock.control().sessions("racer")).hasSize(25);
    }
  }

  private static void subscribe(SpecClient api, String token, String id, StatusEventReceiver receiver) {
    SpecClient.Answer set = api.query("POST", "/session/webhook", token, id,
        "{\"webhooks\":[{\"url\":\"" + receiver.url() + "\",\"events\":[\"session.status\"]}]}");
    assertThat(set.status()).isEqualTo(200);
  }

  /** {@code n} webhooks whose URLs all carry the writer's tag (port 9: nothing is ever delivered there). */
  private static String webhookList(String tag, int n) {
    return java.util.stream.IntStream.range(0, n)
        .mapToObj(k -> "{\"url\":\"http://127.0.0.1:9/" + tag + "/" + k + "\",\"events\":[\"message\"]}")
        .collect(Collectors.joining(",", "{\"webhooks\":[", "]}"));
  }

  /** Waits until no event has arrived for half a second (the timed moves after the calls included). */
  private static void awaitQuiet(StatusEventReceiver receiver) {
    int[] last = {-1};
    long[] since = {0};
    Wait.until("the deliveries to stop", Duration.ofSeconds(20), () -> {
      int n = receiver.count();
      if (n != last[0]) {
        last[0] = n;
        since[0] = System.nanoTime();
        return false;
      }
      return System.nanoTime() - since[0] > Duration.ofMillis(500).toNanos();
    });
  }

  interface Worker {
    void run(int thread) throws Exception;
  }

  private static void inParallel(int threads, Worker worker) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        futures.add(pool.submit((Callable<Void>) () -> {
          worker.run(thread);
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
