package io.wawpkit.session.client;

import static org.assertj.core.api.Assertions.assertThat;

import feign.RequestTemplate;
import io.wawpkit.session.client.auth.CredentialForm;
import io.wawpkit.session.client.internal.CredentialsInterceptor;
import io.wawpkit.session.client.events.SessionStatusEvents;
import io.wawpkit.session.spec.CredentialNames;
import io.wawpkit.session.spec.WawpSpec;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * The names the client sends and checks are the spec's. The client cannot read the spec at run
 * time (that would put the spec's parser into every user's build) and the generated code exposes
 * no constant for them, so it keeps its own; this test reads the spec and fails the build when the
 * two drift: the credential names of the security schemes, and the signing header and algorithm
 * of webhook deliveries ({@code x-wawp-signing}).
 */
class NamesAreTheSpecsTest {
  static final WawpSpec SPEC = WawpSpec.load();
  final CredentialNames names = SPEC.credentials();

  @Test
  void theQueryFormSendsTheSchemesParameters() {
    RequestTemplate t = new RequestTemplate();
    new CredentialsInterceptor("t0ken", "3EB0BCB2E3D4", CredentialForm.QUERY).apply(t);
    assertThat(t.queries()).containsOnlyKeys(names.tokenParameter(), names.instanceParameter());
    assertThat(t.queries().get(names.tokenParameter())).containsExactly("t0ken");
    assertThat(t.queries().get(names.instanceParameter())).containsExactly("3EB0BCB2E3D4");
    assertThat(t.headers()).isEmpty();
  }

  @Test
  void theHeaderFormSendsTheSchemesHeaders() {
    RequestTemplate t = new RequestTemplate();
    new CredentialsInterceptor("t0ken", "3EB0BCB2E3D4", CredentialForm.HEADERS).apply(t);
    assertThat(t.headers()).containsOnlyKeys(names.authorizationHeader(), names.instanceHeader());
    assertThat(t.headers().get(names.authorizationHeader())).containsExactly(names.authorization("t0ken"));
    assertThat(t.headers().get(names.instanceHeader())).containsExactly("3EB0BCB2E3D4");
    assertThat(t.queries()).isEmpty();
  }

  @Test
  void createSendsOnlyTheToken() {
    for (CredentialForm form : CredentialForm.values()) {
      RequestTemplate t = new RequestTemplate();
      new CredentialsInterceptor("t0ken", null, form).apply(t);
      List<String> sent = form == CredentialForm.QUERY ? List.copyOf(t.queries().keySet()) : List.copyOf(t.headers().keySet());
      assertThat(sent).as(form.name())
          .containsExactly(form == CredentialForm.QUERY ? names.tokenParameter() : names.authorizationHeader());
    }
  }

  @Test
  void webhookSignaturesAreCheckedAsTheSpecSignsThem() throws Exception {
    WawpSpec.Signing signing = SPEC.signing();
    assertThat(SessionStatusEvents.SIGNATURE_HEADER).isEqualTo(signing.header());
    byte[] body = "{\"event\":\"session.status\"}".getBytes(StandardCharsets.UTF_8);
    Mac mac = Mac.getInstance(signing.macAlgorithm());
    mac.init(new SecretKeySpec("s3cret".getBytes(StandardCharsets.UTF_8), signing.macAlgorithm()));
    String expected = HexFormat.of().formatHex(mac.doFinal(body));
    assertThat(SessionStatusEvents.signature(body, "s3cret")).isEqualTo(expected);
    assertThat(SessionStatusEvents.signatureMatches(body, expected, "s3cret")).isTrue();
  }
}
