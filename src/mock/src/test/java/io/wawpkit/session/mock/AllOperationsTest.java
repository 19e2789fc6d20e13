package io.wawpkit.session.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.wawpkit.session.mock.state.DemoAccounts;
import io.wawpkit.session.spec.SpecOperation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
        SpecClient.Answer a = op.needsInstance()
            ? api.query(op.method().name(), op.path(), token, id, body)
            : api.query(op.method().name(), op.path(), token, null, body);
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
