package io.wawpkit.session.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.wawpkit.session.mock.state.DemoAccounts;
import io.wawpkit.session.spec.SpecOperation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every operation of the spec answers 200 with a body the spec allows, on both credential forms. */
class AllOperationsTest {
  @Test
  void everyOperationIsServed() throws Exception {
    try (WawpMock mock = WawpMock.builder().start()) {
      SpecClient api = new SpecClient(mock);
      String token = mock.token(DemoAccounts.PAID);
      List<SpecOperation> ops = new ArrayList<>(mock.spec().operations());
      assertThat(ops).isNotEmpty();
      ops.sort(Comparator.comparing(o -> "delete".equals(o.action())));
      String id = api.create(token);
      for (SpecOperation op : ops) {
        String body = exampleBody(op);
        // each on a base that serves it (v1's own create only on v1), with the spec's example of a
        // required query parameter (v1 create's name)
        SpecClient base = op.apiVersions().contains("v2") ? api : api.v1();
        Map<String, String> query = new LinkedHashMap<>();
        query.put("access_token", token);
        if (op.needsInstance()) {
          query.put("instance_id", id);
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

  /** The request body example the spec gives, if the operation takes a body. */
  private static String exampleBody(SpecOperation op) throws Exception {
    if (op.operation().getRequestBody() == null) {
      return null;
    }
    MediaType json = op.operation().getRequestBody().getContent().get("application/json");
    Example example = json.getExamples().values().iterator().next();
    return new ObjectMapper().writeValueAsString(example.getValue());
  }
}
