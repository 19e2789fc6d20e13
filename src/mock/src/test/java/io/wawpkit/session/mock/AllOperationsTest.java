package io.wawpkit.session.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wawpkit.session.mock.internal.state.DemoAccounts;
import io.wawpkit.session.spec.CredentialNames;
import io.wawpkit.session.spec.SpecOperation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the spec answers 200 with a body the spec allows, on both credential forms:
 * an operation the model serves only in some statuses (the login operations) on a session in one
 * of them.
 */
class AllOperationsTest {
  @Test
  void everyOperationIsServed() throws Exception {
    try (WawpMock mock = WawpMock.builder().startingDuration(Duration.ofMillis(20)).start()) {
      SpecClient api = new SpecClient(mock);
      String token = mock.token(DemoAccounts.PAID);
      List<SpecOperation> ops = new ArrayList<>(mock.spec().operations());
      assertThat(ops).isNotEmpty();
      ops.sort(Comparator.comparing(o -> mock.spec().lifecycle().deletes(o.action())));
      CredentialNames names = mock.spec().credentials();
      String any = api.create(token);
      String scanning = api.create(token);
      api.query("POST", "/session/start", token, scanning);
      Wait.until("SCAN_QR_CODE", Duration.ofSeconds(5),
          () -> "SCAN_QR_CODE".equals(api.query("GET", "/session/info", token, scanning).status("status")));
      for (SpecOperation op : ops) {
        String id = mock.spec().lifecycle().serves(op.operationId(), "SCAN_QR_CODE")
            && mock.spec().lifecycle().servedIn(op.operationId()).isPresent() ? scanning : any;
        String body = op.requestExample().map(JsonNode::toString).orElse(null);
        // each on a base that serves it (v1's own create only on v1), with the spec's example of a
        // required query parameter (v1 create's name)
        SpecClient base = op.apiVersions().contains("v2") ? api : api.v1();
        Map<String, String> query = new LinkedHashMap<>();
        query.put(names.tokenParameter(), token);
        if (op.needsInstance()) {
          query.put(names.instanceParameter(), id);
        }
        if (op.operation().getParameters() != null) {
          op.operation().getParameters().stream().filter(p -> Boolean.TRUE.equals(p.getRequired()))
              .forEach(p -> query.put(p.getName(), String.valueOf(p.getExample())));
        }
        SpecClient.Answer a = base.send(op.method().name(), op.path(), query, Map.of(), body);
        assertThat(a.status()).as(op.label() + ": " + a.body()).isEqualTo(200);
      }
    }
  }
}
