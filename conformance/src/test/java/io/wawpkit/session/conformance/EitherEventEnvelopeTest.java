package io.wawpkit.session.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.wawpkit.session.conformance.checks.ConsistencyChecks;
import io.wawpkit.session.conformance.engine.CheckResult;
import io.wawpkit.session.conformance.engine.Outcome;
import io.wawpkit.session.conformance.engine.Run;
import io.wawpkit.session.mock.WawpMock;
import io.wawpkit.session.spec.SpecOperation;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * The event check accepts either documented envelope of session.status, and maps a v2 event to its
 * session by name. The mock delivers the v1 payload to a session created through its v1 base: a
 * proxy sends the suite's create there, everything else goes to v2 as usual.
 */
class EitherEventEnvelopeTest {
  private static final String EVENT_CHECK = "session.status events agree with info";
  private final Set<String> createdOn = ConcurrentHashMap.newKeySet();

  @Test
  void sessionsThatDeliverTheV1PayloadPass() throws Exception {
    try (WawpMock mock = SuiteRunner.mock(null);
        RewritingProxy proxy = new RewritingProxy(mock.origin(), r -> createOnV1(mock, r), r -> {
          // the suite deletes its sessions at the end: note the version of each while it lives
          if (r.request().pathAndQuery().contains("/session/stop")) {
            mock.control().sessions(null).forEach(s -> createdOn.add(s.apiVersion()));
          }
          return r.request().pathAndQuery().contains("/createSession") ? asV2Create(mock, r) : r;
        })) {
      Run run = SuiteRunner.run(SuiteRunner.target(mock, proxy.origin() + basePath(mock)), List.of(new ConsistencyChecks()));
      CheckResult events = eventCheck(run);
      assertThat(events.outcome()).as(events.actual()).isEqualTo(Outcome.PASS);
      assertThat(createdOn).as("the suite's sessions were created on the v1 base").containsOnly("v1").isNotEmpty();
    }
  }

  @Test
  void theV2EnvelopePassesAndIsMatchedByTheSessionsName() throws Exception {
    try (WawpMock mock = SuiteRunner.mock(null)) {
      Run run = SuiteRunner.run(SuiteRunner.target(mock, mock.baseUrl()), List.of(new ConsistencyChecks()));
      CheckResult events = eventCheck(run);
      assertThat(events.outcome()).as(events.actual()).isEqualTo(Outcome.PASS);
    }
  }

  /** Info names the session differently from its events: the v2 events are about another session. */
  @Test
  void aV2EventNamingAnotherSessionIsCaught() throws Exception {
    try (WawpMock mock = SuiteRunner.mock(null);
        RewritingProxy proxy = new RewritingProxy(mock.origin(), r -> r,
            r -> r.request().pathAndQuery().contains("/session/info")
                ? new RewritingProxy.Resp(r.status(), r.headers(), r.body().replace("\"name\":\"wawp-", "\"name\":\"renamed-"), r.request())
                : r)) {
      Run run = SuiteRunner.run(SuiteRunner.target(mock, proxy.origin() + basePath(mock)), List.of(new ConsistencyChecks()));
      CheckResult events = eventCheck(run);
      assertThat(events.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(events.actual()).contains("a v2 event for session 'wawp-");
    }
  }

  private static CheckResult eventCheck(Run run) {
    return run.results().stream().filter(r -> r.name().startsWith(EVENT_CHECK)).findFirst()
        .orElseThrow(() -> new AssertionError("no event check in " + run.results()));
  }

  private static String basePath(WawpMock mock) {
    return mock.baseUrl().substring(mock.origin().length());
  }

  /** The suite's create, sent to the create operation the spec serves on the mock's v1 base. */
  private static RewritingProxy.Req createOnV1(WawpMock mock, RewritingProxy.Req r) {
    SpecOperation v1Create = mock.spec().operations().stream()
        .filter(o -> !o.needsInstance() && o.apiVersions().contains("v1")).findFirst().orElseThrow();
    String v2Create = basePath(mock) + SuiteRunner.SPEC.operations().stream()
        .filter(o -> o.operationId().equals("createSession")).findFirst().orElseThrow().path();
    if (!r.pathAndQuery().startsWith(v2Create)) {
      return r;
    }
    String v1Path = mock.v1BaseUrl().substring(mock.origin().length()) + v1Create.path();
    String query = r.pathAndQuery().substring(v2Create.length());
    // v1's documented create takes a name
    query = (query.isEmpty() ? "?" : query + "&") + "name=v1-" + System.nanoTime();
    return new RewritingProxy.Req(r.method(), v1Path + query, r.headers(), r.body());
  }

  /** v1 create's answer gives the id where its links say; the suite (a v2 client here) reads it at the top. */
  private static RewritingProxy.Resp asV2Create(WawpMock mock, RewritingProxy.Resp r) {
    SpecOperation v1Create = mock.spec().operations().stream()
        .filter(o -> !o.needsInstance() && o.apiVersions().contains("v1")).findFirst().orElseThrow();
    try {
      var json = (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body());
      json.put("instance_id", json.at(mock.spec().instanceIdPointer(v1Create)).asText());
      return new RewritingProxy.Resp(r.status(), r.headers(), json.toString(), r.request());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
