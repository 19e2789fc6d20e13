package io.wawpkit.session.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.wawpkit.session.mock.internal.state.DemoAccounts;
import io.wawpkit.session.spec.Extensions;
import io.wawpkit.session.spec.WawpSpec;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mock runs whatever lifecycle model it is given (the conformance suite feeds it broken ones). */
class MutatedLifecycleTest {
  @TempDir
  Path dir;

  @Test
  @SuppressWarnings("unchecked")
  void aMutatedModelFromAFileIsExecuted() throws Exception {
    Map<String, Object> tree = WawpSpec.load().lifecycleTree();
    Map<String, Object> stop = (Map<String, Object>) ((Map<String, Object>) tree.get("actions")).get("stop");
    Map<String, Object> from = (Map<String, Object>) stop.get("from");
    from.put("STOPPED", Map.of("to", "FAILED", "login", "keep"));
    Path file = dir.resolve("mutated.yaml");
    new YAMLMapper().writeValue(file.toFile(), Map.of(Extensions.LIFECYCLE, tree));

    try (WawpMock mock = WawpMock.builder().lifecycleFile(file).start()) {
      SpecClient api = new SpecClient(mock);
      String token = mock.token(DemoAccounts.PAID);
      String id = api.create(token);
      assertThat(api.query("POST", "/session/stop", token, id).status("status")).isEqualTo("FAILED");
    }
  }
}
