package io.wawpkit.session.mock;

import static org.assertj.core.api.Assertions.assertThat;

import io.wawpkit.session.mock.state.Account;
import io.wawpkit.session.mock.state.Plan;
import io.wawpkit.session.spec.SpecOperation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {
  private static final int THREADS = 16;

  @Test
  void parallelCallsOnOneInstanceOnlyEverShowStatusesOfTheModel() throws Exception {
    try (WawpMock mock = WawpMock.builder().startingDuration(Duration.ofMillis(5)).autoScanAfter(Duration.ofMillis(5)).start()) {
      SpecClient api = new SpecClient(mock);
      String token = mock.token("demo-paid");
      String id = api.create(token);
      List<SpecOperation> ops = mock.spec().operations().stream()
          .filter(o -> o.needsInstance() && !"delete".equals(o.action()) && o.operation().getRequestBody() == null)
          .toList();
      Set<String> seen = ConcurrentHashMap.newKeySet();
      AtomicInteger non200 = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        futures.add(pool.submit(() -> {
          for (int i = 0; i < 40; i++) {
            SpecOperation op = ops.get(ThreadLocalRandom.current().nextInt(ops.size()));
            SpecClient.Answer a = api.query(op.method().name(), op.path(), token, id);
            if (a.status() != 200) {
              non200.incrementAndGet();
            }
            if (a.body().hasNonNull("status") && a.body().get("status").isTextual()) {
              seen.add(a.body().get("status").asText());
            }
            if (i % 10 == 0) {
              mock.control().fail(id);
            }
          }
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get(60, TimeUnit.SECONDS);
      }
      pool.shutdown();
      assertThat(non200.get()).isZero();
      assertThat(mock.spec().lifecycle().states()).containsAll(seen);
      assertThat(mock.spec().lifecycle().states()).contains(mock.control().status(id));
    }
  }

  @Test
  void parallelCreatesNeverOverrunTheQuotaNorLoseASession() throws Exception {
    Account account = new Account("racer", "racer-token", Plan.FREE, 25, null, null);
    try (WawpMock mock = WawpMock.builder().accounts(List.of(account)).start()) {
      SpecClient api = new SpecClient(mock);
      AtomicInteger created = new AtomicInteger();
      AtomicInteger refused = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        futures.add(pool.submit(() -> {
          for (int i = 0; i < 4; i++) {
            SpecClient.Answer a = api.query("POST", "/session/create", "racer-token", null);
            (a.status() == 200 ? created : refused).incrementAndGet();
          }
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get(60, TimeUnit.SECONDS);
      }
      pool.shutdown();
      assertThat(created.get()).isEqualTo(25);
      assertThat(refused.get()).isEqualTo(THREADS * 4 - 25);
      assertThat(mock.control().sessions("racer")).hasSize(25);
    }
  }
}
