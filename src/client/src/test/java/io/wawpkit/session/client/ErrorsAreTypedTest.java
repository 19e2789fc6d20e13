package io.wawpkit.session.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.wawpkit.session.client.errors.BadRequestException;
import io.wawpkit.session.client.errors.NotFoundException;
import io.wawpkit.session.client.errors.PlanLimitException;
import io.wawpkit.session.client.errors.RateLimitedException;
import io.wawpkit.session.client.errors.ServerErrorException;
import io.wawpkit.session.client.errors.UnauthorizedException;
import io.wawpkit.session.client.errors.WawpApiException;
import io.wawpkit.session.client.retry.RetryPolicy;
import java.time.Duration;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every error status becomes its typed exception, with code and message read from any body form. */
class ErrorsAreTypedTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "400, BadRequestException, missing_parameter",
    "401, UnauthorizedException, invalid_access_token",
    "403, PlanLimitException, subscription_required",
    "404, NotFoundException, invalid_instance",
    "405, BadRequestException, method_not_allowed",
    "429, RateLimitedException, rate_limited",
    "500, ServerErrorException, internal_error",
    "502, ServerErrorException, wawp_upstream_error",
  })
  void jsonErrorBodies(int status, String type, String code) throws Exception {
    try (LocalApi api = new LocalApi(); WawpClient client = api.clientBuilder().retryPolicy(RetryPolicy.none()).build()) {
      api.json(status, "{\"code\":\"" + code + "\",\"message\":\"Details here.\",\"data\":{\"status\":" + status + "}}");
      WawpApiException e = catchThrowableOfType(WawpApiException.class, () -> client.instance(LocalApi.INSTANCE).start());
      assertThat(e.getClass().getSimpleName()).isEqualTo(type);
      assertThat(e.status()).isEqualTo(status);
      assertThat(e.code()).isEqualTo(code);
      assertThat(e.serverMessage()).isEqualTo("Details here.");
      assertThat(e.operationId()).isEqualTo("startSession");
      assertThat(e).hasMessage("startSession: HTTP " + status + " " + code + ": Details here.");
    }
  }

  @Test
  void xmlErrorBody() throws Exception {
    try (LocalApi api = new LocalApi(); WawpClient client = api.client()) {
      api.respond(new MockResponse().setResponseCode(400).setHeader("Content-Type", "application/xml")
          .setBody("<?xml version=\"1.0\"?><error><code>missing_parameter</code><message>instance_id is required</message></error>"));
      BadRequestException e = catchThrowableOfType(BadRequestException.class, () -> client.instance(LocalApi.INSTANCE).logout());
      assertThat(e.code()).isEqualTo("missing_parameter");
      assertThat(e.serverMessage()).isEqualTo("instance_id is required");
    }
  }

  @Test
  void xmlWithADoctypeIsNotExpandedButStillReported() throws Exception {
    try (LocalApi api = new LocalApi(); WawpClient client = api.client()) {
      api.respond(new MockResponse().setResponseCode(400).setHeader("Content-Type", "text/xml")
          .setBody("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><error><message>&e;</message></error>"));
      BadRequestException e = catchThrowableOfType(BadRequestException.class, () -> client.instance(LocalApi.INSTANCE).logout());
      assertThat(e.serverMessage()).doesNotContain("root:");
    }
  }

  @Test
  void plainTextErrorBody() throws Exception {
    try (LocalApi api = new LocalApi(); WawpClient client = api.client()) {
      api.respond(new MockResponse().setResponseCode(401).setHeader("Content-Type", "text/plain").setBody("Invalid access token\n"));
      UnauthorizedException e = catchThrowableOfType(UnauthorizedException.class, () -> client.instance(LocalApi.INSTANCE).info());
      assertThat(e.code()).isNull();
      assertThat(e.serverMessage()).isEqualTo("Invalid access token");
    }
  }

  @Test
  void emptyErrorBodyUsesTheReason() throws Exception {
    try (LocalApi api = new LocalApi(); WawpClient client = api.client()) {
      api.respond(new MockResponse().setResponseCode(404).setStatus("HTTP/1.1 404 Not Found"));
      NotFoundException e = catchThrowableOfType(NotFoundException.class, () -> client.instance(LocalApi.INSTANCE).info());
      assertThat(e.code()).isNull();
      assertThat(e.getMessage()).isEqualTo("getSessionInfo: HTTP 404: Not Found");
    }
  }

  @Test
  void aLongMessageIsCutAfterItsSecretsAreMasked() throws Exception {
    try (LocalApi api = new LocalApi(); WawpClient client = api.client()) {
      // The token straddles the 300-character cut: masked first, it cannot leave a prefix behind.
      String message = "x".repeat(290) + " " + LocalApi.TOKEN + " and more";
      api.json(400, "{\"code\":\"invalid_parameter\",\"message\":\"" + message + "\"}");
      BadRequestException e = catchThrowableOfType(BadRequestException.class, () -> client.instance(LocalApi.INSTANCE).info());
      assertThat(e.getMessage()).doesNotContain(LocalApi.TOKEN.substring(0, 8)).contains("****");
      assertThat(e.serverMessage()).hasSizeLessThanOrEqualTo(303);
    }
  }

  @Test
  void subscriptionRequiredIsTold() throws Exception {
    try (LocalApi api = new LocalApi(); WawpClient client = api.client()) {
      api.json(403, "{\"code\":\"subscription_required\",\"message\":\"Paid plans only.\"}");
      assertThatThrownBy(() -> client.instance(LocalApi.INSTANCE).webhooks())
          .isInstanceOfSatisfying(PlanLimitException.class, e -> assertThat(e.subscriptionRequired()).isTrue());
    }
  }

  @Test
  void retryAfterIsRead() throws Exception {
    try (LocalApi api = new LocalApi(); WawpClient client = api.clientBuilder().retryPolicy(RetryPolicy.none()).build()) {
      api.respond(new MockResponse().setResponseCode(429).setHeader("Retry-After", "7")
          .setHeader("Content-Type", "application/json").setBody("{\"code\":\"rate_limited\",\"message\":\"Slow down.\"}"));
      RateLimitedException e = catchThrowableOfType(RateLimitedException.class, () -> client.instance(LocalApi.INSTANCE).info());
      assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
    }
  }

  @Test
  void serverErrorHasNoRetryAfterWhenNoneWasSent() throws Exception {
    try (LocalApi api = new LocalApi(); WawpClient client = api.client()) {
      api.json(500, "{\"code\":\"internal_error\",\"message\":\"Boom.\"}");
      assertThatThrownBy(() -> client.instance(LocalApi.INSTANCE).restart())
          .isInstanceOfSatisfying(ServerErrorException.class, e -> assertThat(e.retryAfter()).isEmpty());
    }
  }
}
