package io.wawpkit.session.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The login operations (issue 15): the typed look-ups of their extensions (the Base64 JSON of the
 * raw QR, the answer v1's getQr selects by {@code format}, the statuses that serve them), their
 * examples (the raw QR decodes to a valid {@code QrValue}, the image shows that QR), and a test per
 * position they take.
 */
class LoginOperationsTest {
  static final WawpSpec SPEC = EveryExampleValidatesTest.SPEC;
  final EvidenceMarks marks = SPEC.evidence();
  final SpecExamples examples = new SpecExamples(SPEC, EveryExampleValidatesTest.SPEC_DIR);

  static final List<String> LOGIN = List.of("getQr", "getQrByPost", "getQrImage", "getQrImageByPost",
      "requestPairingCode", "getScreenshot", "getQrV1", "requestPairingCodeV1", "getScreenshotV1");

  @Test
  void theLoginOperationsAreServedOnTheirVersions() {
    assertThat(SPEC.operations()).filteredOn(op -> op.operation().getTags().contains("Login"))
        .extracting(SpecOperation::operationId).containsExactlyInAnyOrderElementsOf(LOGIN);
    assertThat(LOGIN.stream().map(id -> SPEC.operation(id).orElseThrow().label()).toList()).containsExactly(
        "GET /auth/qr", "POST /auth/qr", "GET /auth/qr-image", "POST /auth/qr-image", "POST /auth/request-code",
        "GET /auth/screenshot", "GET /getQr", "POST /requestCode", "GET /getScreenshot");
    for (String id : LOGIN) {
      SpecOperation op = SPEC.operation(id).orElseThrow();
      assertThat(op.apiVersions()).as(id).containsExactly(id.endsWith("V1") ? "v1" : "v2");
      assertThat(op.safeToRepeat()).as(id).isTrue();
      assertThat(op.paidOnly()).as(id).isFalse();
      assertThat(op.changesLifecycle()).as(id).isFalse();
      assertThat(op.documentedStatuses()).as(id).contains(200, 400, 401, 404, 422, 429, 500);
    }
    assertThat(SPEC.operation("requestPairingCode").orElseThrow().action()).isEqualTo(SpecOperation.SETTINGS);
    assertThat(SPEC.operation("getQr").orElseThrow().action()).isEqualTo(SpecOperation.READ);
  }

  @Test
  void theRawQrsDataIsTheBase64OfAQrValue() {
    assertThat(SPEC.base64Json()).containsExactly(new WawpSpec.Base64Json("QrRaw", "data", "QrValue"));
    assertThat(SPEC.base64Json("QrRaw", "data")).contains("QrValue");
    assertThat(SPEC.base64Json("QrRaw", "mimetype")).isEmpty();
    assertThat(SPEC.base64Json("Screenshot", "data")).isEmpty();
  }

  @Test
  void aBase64JsonMarkMustNameASchema() {
    String broken = SPEC.text().replace("schema: '#/components/schemas/QrValue'", "schema: '#/components/schemas/NoSuch'");
    assertThat(broken).isNotEqualTo(SPEC.text());
    assertThatThrownBy(() -> WawpSpec.parse(broken).base64Json()).isInstanceOf(SpecException.class)
        .hasMessageContaining("QrRaw.data").hasMessageContaining("NoSuch");
  }

  /** Every raw QR example (v2 and v1) decodes to a QrValue that validates against its schema. */
  @Test
  void everyRawQrExampleDecodesToAValidQrValue() {
    Schema<?> qrValue = SPEC.openApi().getComponents().getSchemas().get("QrValue");
    List<String> decoded = new ArrayList<>();
    for (SpecExamples.Sample s : examples.all()) {
      if (s.value() == null || !s.value().has("mimetype") || !s.value().path("mimetype").asText().equals("application/json")) {
        continue;
      }
      JsonNode value = decode(s.value().path("data").asText());
      ValidationReport report = examples.validate(value, qrValue);
      assertThat(report.getMessages()).as(s.where()).isEmpty();
      decoded.add(value.path("value").asText());
    }
    assertThat(decoded).hasSize(3).allSatisfy(v -> assertThat(v).isEqualTo(decoded.get(0)));
    // the schema's own example is the same QR
    assertThat(SPEC.openApi().getComponents().getSchemas().get("QrValue").getExample()).asString()
        .contains(decoded.get(0));
  }

  /** The image examples (qr-image, v1 getQr, the screenshot) are PNGs showing the QR the raw examples encode. */
  @Test
  void everyQrImageExampleShowsTheRawExamplesQr() throws Exception {
    String raw = null;
    List<String> images = new ArrayList<>();
    for (SpecExamples.Sample s : examples.all()) {
      JsonNode v = s.value();
      if (v == null) {
        continue;
      }
      if (v.path("mimetype").asText().equals("application/json")) {
        raw = decode(v.path("data").asText()).path("value").asText();
      } else if (v.path("qr").asText().startsWith("data:image/png;base64,") && !v.has("status")) {
        images.add(v.path("qr").asText().substring("data:image/png;base64,".length()));
      } else if (v.path("mimetype").asText().equals("image/png")) {
        images.add(v.path("data").asText());
      }
    }
    assertThat(images).hasSizeGreaterThanOrEqualTo(5);
    for (String image : images) {
      BufferedImage png = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(image)));
      assertThat(png).isNotNull();
      String shown = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(png))))
          .getText();
      assertThat(shown).isEqualTo(raw);
    }
  }

  @Test
  void v1GetQrSelectsItsAnswerByFormat() {
    SpecOperation v1 = SPEC.operation("getQrV1").orElseThrow();
    SpecOperation.AnswerSelector selector = v1.answerSelector().orElseThrow();
    assertThat(selector.parameter()).isEqualTo("format");
    assertThat(selector.defaultValue()).isEqualTo("image");
    assertThat(selector.schemaByValue()).isEqualTo(Map.of("raw", "QrRaw", "image", "QrImage"));
    assertThat(selector.schemaFor(null)).isEqualTo("QrImage");
    assertThat(selector.schemaFor("raw")).isEqualTo("QrRaw");
    assertThat(selector.schemaFor("png")).isNull();
    // the answer is the oneOf of exactly the schemas it selects
    Schema<?> answer = SPEC.openApi().getComponents().getSchemas().get("V1Qr");
    assertThat(answer.getOneOf()).extracting(Schema::get$ref)
        .containsExactlyInAnyOrder("#/components/schemas/QrRaw", "#/components/schemas/QrImage");
    assertThat(SPEC.operations()).filteredOn(op -> op.answerSelector().isPresent())
        .extracting(SpecOperation::operationId).containsExactly("getQrV1");
  }

  @Test
  void aSelectorNeedsADefaultItSelects() {
    String broken = SPEC.text().replace("            enum: [raw, image]\n            default: image",
        "            enum: [raw, image]\n            default: png");
    assertThat(broken).isNotEqualTo(SPEC.text());
    assertThatThrownBy(() -> WawpSpec.parse(broken).operation("getQrV1").orElseThrow().answerSelector())
        .isInstanceOf(SpecException.class).hasMessageContaining("default");
  }

  @Test
  void theLoginOperationsAreServedOnlyInTheirStatuses() {
    LifecycleModel model = SPEC.lifecycle();
    assertThat(model.servedIn().keySet()).containsExactlyInAnyOrderElementsOf(LOGIN);
    for (String id : LOGIN) {
      Set<String> expected = id.startsWith("getScreenshot") ? Set.of("SCAN_QR_CODE", "WORKING") : Set.of("SCAN_QR_CODE");
      assertThat(model.servedIn(id)).as(id).contains(expected);
      for (String status : model.states()) {
        assertThat(model.serves(id, status)).as(id + " in " + status).isEqualTo(expected.contains(status));
      }
      assertThat(model.serves(id, "PAUSED")).isFalse();
      assertThat(marks.servedIn(id)).as(id).isPresent();
    }
    // every other operation answers in every status
    assertThat(model.servedIn("getSessionInfo")).isEmpty();
    assertThat(model.serves("getSessionInfo", "STOPPED")).isTrue();
    assertThat(model.serves("getSessionInfo", "PAUSED")).isTrue();
    assertThat(model.otherwiseResponse()).isEqualTo("#/components/responses/WrongStatus");
    assertThat(SPEC.errorExample(model.otherwiseResponseName()))
        .isEqualTo(new WawpSpec.ErrorExample(422, "invalid_session",
            "The session is WORKING; this operation answers only while SCAN_QR_CODE."));
    // the QR's statuses are documented (qr only in SCAN_QR_CODE), the screenshot's a position
    assertThat(marks.servedIn("getQr")).get().extracting(Evidence::basis).isEqualTo(Basis.DOCUMENTED);
    assertThat(marks.servedIn("getScreenshot")).get().extracting(Evidence::basis).isEqualTo(Basis.POSITION);
    // the model survives the tree's round trip, as mutated models do
    assertThat(LifecycleModel.parse(SPEC.lifecycleTree()).servedIn()).isEqualTo(model.servedIn());
  }

  @Test
  void servedInNamesOnlyReadsAndSettingsOfAnInstance() {
    String unknown = SPEC.text().replace("      getQrByPost: [SCAN_QR_CODE]\n", "      getQrByPost: [SCAN_QR_CODE]\n      startSession: [STOPPED]\n");
    assertThat(unknown).isNotEqualTo(SPEC.text());
    assertThatThrownBy(() -> WawpSpec.parse(unknown)).isInstanceOf(SpecException.class).hasMessageContaining("startSession");
    String badStatus = SPEC.text().replace("      getQrByPost: [SCAN_QR_CODE]\n", "      getQrByPost: [PAUSED]\n");
    assertThatThrownBy(() -> WawpSpec.parse(badStatus)).isInstanceOf(SpecException.class).hasMessageContaining("PAUSED");
    String noResponse = SPEC.text().replace("    otherwise: '#/components/responses/WrongStatus'",
        "    otherwise: '#/components/responses/NoSuch'");
    assertThatThrownBy(() -> WawpSpec.parse(noResponse)).isInstanceOf(SpecException.class).hasMessageContaining("NoSuch");
  }

  @Test
  void theWrongStatusAnswerNamesTheStatus() {
    Schema<?> data = (Schema<?>) SPEC.openApi().getComponents().getSchemas().get("Error").getProperties().get("data");
    assertThat(data.getProperties()).containsKeys("status", "session_status", "expected");
    assertThat(marks.property("/components/schemas/Error/properties/data", "session_status")).get()
        .extracting(Evidence::basis).isEqualTo(Basis.POSITION);
  }

  // One test per position the login operations take (info.description 25 to 30).

  @Test
  void position25WhatTheyAnswerInAnotherStatus() {
    assertThat(marks.servedInOtherwise().basis()).isEqualTo(Basis.POSITION);
    assertThat(marks.servedInOtherwise().item()).isEqualTo(25);
    assertThat(marks.response("WrongStatus").basis()).isEqualTo(Basis.POSITION);
    assertThat(marks.errorCode("invalid_session")).get().extracting(Evidence::basis).isEqualTo(Basis.DOCUMENTED);
  }

  @Test
  void position26OneQrAtATime() {
    assertThat(marks.rule("one-qr-at-a-time").basis()).isEqualTo(Basis.POSITION);
    assertThat(marks.rule("one-qr-at-a-time").item()).isEqualTo(26);
    assertThat(marks.rule("qr-expiry").basis()).isEqualTo(Basis.DOCUMENTED);
    assertThat(marks.rule("qr-expiry").quote()).contains("exact millisecond");
  }

  @Test
  void position27ThePairingCode() {
    SpecOperation code = SPEC.operation("requestPairingCode").orElseThrow();
    assertThat(code.bodyProperties()).isEqualTo(Map.of("phone_number", new SpecOperation.BodyProperty("phone_number", false)));
    assertThat(SPEC.operation("requestPairingCodeV1").orElseThrow().bodyProperties()).isEqualTo(code.bodyProperties());
    assertThat(marks.on("/paths/~1auth~1request-code/post/requestBody")).get().extracting(Evidence::basis)
        .isEqualTo(Basis.POSITION);
    assertThat(marks.on("/paths/~1auth~1request-code/post/parameters/0")).get().extracting(Evidence::basis)
        .isEqualTo(Basis.DOCUMENTED);
    assertThat(marks.rule("pairing-code-stable").basis()).isEqualTo(Basis.POSITION);
    assertThat(marks.rule("pairing-code-logs-in").basis()).isEqualTo(Basis.DOCUMENTED);
    assertThat(marks.schema("PhoneNumber").basis()).isEqualTo(Basis.POSITION);
    assertThat(marks.keyword("/components/schemas/PairingCode/properties/code", "pattern")).get()
        .extracting(Evidence::basis).isEqualTo(Basis.POSITION);
    // entering the code is the person's scan move, which saves the login
    Move scan = SPEC.lifecycle().move("scan").orElseThrow();
    assertThat(scan.trigger()).isEqualTo(Move.Trigger.PERSON);
    assertThat(scan.login()).isEqualTo(LoginEffect.SAVE);
    assertThat(SPEC.lifecycleTree().get("moves").toString()).contains("pairing code");
  }

  @Test
  void position28TheScreenshotsPaths() {
    assertThat(marks.operation(SPEC.operation("getScreenshot").orElseThrow(), "v2")).get()
        .extracting(Evidence::basis).isEqualTo(Basis.POSITION);
    assertThat(marks.operation(SPEC.operation("getScreenshotV1").orElseThrow(), "v1")).get()
        .extracting(Evidence::basis).isEqualTo(Basis.POSITION);
    assertThat(marks.property("/components/schemas/Screenshot", "mimetype")).get()
        .extracting(Evidence::basis).isEqualTo(Basis.POSITION);
    // the documented ones are documented
    for (String id : List.of("getQr", "getQrByPost", "getQrImage", "getQrImageByPost", "requestPairingCode")) {
      assertThat(marks.operation(SPEC.operation(id).orElseThrow(), "v2")).get().extracting(Evidence::basis)
          .as(id).isEqualTo(Basis.DOCUMENTED);
    }
    for (String id : List.of("getQrV1", "requestPairingCodeV1")) {
      assertThat(marks.operation(SPEC.operation(id).orElseThrow(), "v1")).get().extracting(Evidence::basis)
          .as(id).isEqualTo(Basis.DOCUMENTED);
    }
  }

  /** The QR answers and the screenshot forbid caching: documented for the image, the directive a position. */
  @Test
  void position29NoCaching() {
    for (String response : List.of("QrRaw", "QrImage", "V1Qr", "Screenshot")) {
      ApiResponse r = SPEC.openApi().getComponents().getResponses().get(response);
      Header cacheControl = r.getHeaders().get("Cache-Control");
      assertThat(cacheControl.getRequired()).as(response).isTrue();
      assertThat(cacheControl.getSchema().getPattern()).as(response).isEqualTo("no-store");
      assertThat(String.valueOf(cacheControl.getExample())).as(response).contains("no-store");
      assertThat(marks.keyword("/components/responses/" + response + "/headers/Cache-Control/schema", "pattern")).get()
          .extracting(Evidence::basis).isEqualTo(Basis.POSITION);
    }
    assertThat(marks.on("/components/responses/QrImage/headers/Cache-Control")).get()
        .extracting(Evidence::basis).isEqualTo(Basis.DOCUMENTED);
    assertThat(marks.on("/components/responses/Screenshot/headers/Cache-Control")).get()
        .extracting(Evidence::basis).isEqualTo(Basis.POSITION);
  }

  @Test
  void position30TheFormats() {
    assertThat(marks.on("/paths/~1getQr/get/parameters/0/schema")).get().extracting(Evidence::item).isEqualTo(30);
    assertThat(marks.on("/paths/~1auth~1qr/get/parameters/0/schema")).get().extracting(Evidence::basis)
        .isEqualTo(Basis.POSITION);
    assertThat(SPEC.operation("getQr").orElseThrow().operation().getParameters().get(0).getSchema().getEnum())
        .asList().containsExactly("raw");
  }

  private static JsonNode decode(String base64) {
    try {
      return SpecExamples.JSON.readTree(new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8));
    } catch (Exception e) {
      throw new AssertionError("not the Base64 of JSON: " + base64, e);
    }
  }
}
