package io.wawpkit.session.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountsFileTest {
  @TempDir
  Path dir;

  @Test
  void accountsFromAFileHaveTheirPlansAndQuotas() throws Exception {
    Path file = dir.resolve("accounts.json");
    Files.writeString(file, "{\"accounts\":[{\"id\":\"acme\",\"token\":\"acme-token\",\"plan\":\"paid\",\"instanceQuota\":1},"
        + "{\"id\":\"solo\",\"token\":\"solo-token\",\"plan\":\"free\"}]}");
    try (WawpMock mock = WawpMock.builder().accountsFile(file).start()) {
      SpecClient api = new SpecClient(mock);
      String id = api.create("acme-token");
      assertThat(api.query("POST", "/session/create", "acme-token", null).code()).isEqualTo("instance_limit_reached");
      assertThat(api.query("GET", "/session/webhook", "acme-token", id).status()).isEqualTo(200);
      String solo = api.create("solo-token");
      assertThat(api.query("GET", "/session/webhook", "solo-token", solo).code()).isEqualTo("subscription_required");
      assertThat(api.query("GET", "/session/info", "demo-paid-token", id).code()).isEqualTo("invalid_access_token");
    }
  }

  @Test
  void aBrokenAccountsFileIsRefused() throws Exception {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, "{\"accounts\":[]}");
    assertThatThrownBy(() -> WawpMock.builder().accountsFile(file)).isInstanceOf(IllegalArgumentException.class);
  }
}
