package io.wawpkit.session.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wawpkit.session.spec.WawpSpec;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The reference page's code samples: for every operation of the bundle, a Java sample (the
 * project's client, {@code io.wawpkit:wawp-session-client}) and a TypeScript one (the published
 * client's {@code WawpClient}), as {@code x-codeSamples} ({@code lang}, {@code label},
 * {@code source}, the convention Redoc and others read). They go into the reference page's input
 * only, a copy of the bundle: the published bundle stays the spec as released (the breaking-change
 * guard compares it with the last release, and the samples are presentation, not contract).
 */
public final class CodeSamples {
  public static final String EXTENSION = "x-codeSamples";
  static final String INSTANCE = "3EB0BCB2E3D4";

  /** Java: the client's own method where it has one, else the generated interface it exposes. */
  private static final Map<String, String> JAVA = Map.ofEntries(
      Map.entry("createSession", "wawp.create()"),
      Map.entry("createSessionV1", "wawp.create(\"my-session\")"),
      Map.entry("startSession", "session.start()"),
      Map.entry("stopSession", "session.stop()"),
      Map.entry("restartSession", "session.restart()"),
      Map.entry("logoutSession", "session.logout()"),
      Map.entry("deleteSession", "session.delete()"),
      Map.entry("getSessionInfo", "session.info()"),
      Map.entry("getSessionMe", "session.me()"),
      Map.entry("getRateLimit", "session.rateLimit()"),
      Map.entry("setRateLimit", "session.chooseRateLimit(\"standard_policy\")"),
      Map.entry("getTempLink", "session.tempLink()"),
      Map.entry("createTempLink", "session.newTempLink()"),
      Map.entry("revokeTempLinks", "session.revokeTempLinks()"),
      Map.entry("getWebhooks", "session.webhooks()"),
      Map.entry("setWebhooks", "session.replaceWebhooks(List.of())"),
      Map.entry("getQr", "session.qr()"),
      Map.entry("getQrByPost", "session.loginApi().getQrByPost(\"raw\")"),
      Map.entry("getQrImage", "session.qrImage()"),
      Map.entry("requestPairingCode", "session.requestPairingCode(\"491701234567\")"),
      Map.entry("getScreenshot", "session.screenshot()"),
      Map.entry("getQrV1", "session.qr()"),
      Map.entry("requestPairingCodeV1", "session.requestPairingCode(\"491701234567\")"),
      Map.entry("getScreenshotV1", "session.screenshot()"));

  /** TypeScript: WawpClient's own method where it has one, else the generated class for the session. */
  private static final Map<String, String> TYPESCRIPT = Map.ofEntries(
      Map.entry("createSession", "wawp.create()"),
      Map.entry("createSessionV1", "wawp.api(LifecycleApi).createSessionV1({ name: 'my-session' })"),
      Map.entry("startSession", "session.start()"),
      Map.entry("stopSession", "session.stop()"),
      Map.entry("restartSession", "session.restart()"),
      Map.entry("logoutSession", "session.logout()"),
      Map.entry("deleteSession", "session.delete()"),
      Map.entry("getSessionInfo", "session.info()"),
      Map.entry("createTempLink", "session.newTempLink()"),
      Map.entry("setRateLimit", "session.api(RateLimitApi).setRateLimit({ policySlug: 'standard_policy' })"),
      Map.entry("setWebhooks", "session.api(WebhookApi).setWebhooks({ webhookUpdate: { webhooks: [] } })"),
      Map.entry("getQr", "session.api(LoginApi).getQr({ format: 'raw' })"),
      Map.entry("getQrByPost", "session.api(LoginApi).getQrByPost({ format: 'raw' })"),
      Map.entry("getQrV1", "session.api(LoginApi).getQrV1({ format: 'raw' })"),
      Map.entry("requestPairingCode", "session.api(LoginApi).requestPairingCode({ phoneNumber: '491701234567' })"),
      Map.entry("requestPairingCodeV1", "session.api(LoginApi).requestPairingCodeV1({ phoneNumber: '491701234567' })"));

  private CodeSamples() {}

  /** The Java sample of an operation (its first tag names the generated interface, v1 operations use the v1 base). */
  static String java(String operationId, String tag, boolean v1Only) {
    String call = JAVA.getOrDefault(operationId, "session." + lowerFirst(apiClass(tag)) + "()." + operationId + "()");
    boolean needsSession = call.contains("session.");
    StringBuilder s = new StringBuilder();
    s.append("// io.wawpkit:wawp-session-client; the token comes from the environment\n");
    s.append("try (WawpClient wawp = WawpClient.builder()\n");
    s.append("    .baseUrl(").append(v1Only ? "WawpClient.V1" : "WawpClient.V2").append(")\n");
    s.append("    .accessToken(System.getenv(\"WAWP_ACCESS_TOKEN\"))\n");
    s.append("    .credentialForm(CredentialForm.HEADERS)   // or CredentialForm.QUERY\n");
    s.append("    .build()) {\n");
    if (needsSession) {
      s.append("  WawpInstance session = wawp.instance(\"").append(INSTANCE).append("\");\n");
    }
    s.append("  var result = ").append(call).append(";\n");
    s.append("  System.out.println(result);\n");
    s.append("}\n");
    return s.toString();
  }

  /** The TypeScript sample of an operation. */
  static String typeScript(String operationId, String tag, boolean v1Only) {
    String api = apiClass(tag);
    String call = TYPESCRIPT.getOrDefault(operationId, "session.api(" + api + ")." + operationId + "()");
    boolean needsSession = call.contains("session.");
    String imported = call.contains("api(") ? "WawpClient, " + call.replaceAll(".*api\\((\\w+)\\).*", "$1") : "WawpClient";
    StringBuilder s = new StringBuilder();
    s.append("import { ").append(imported).append(" } from '@wawpkit/wawp-session-client';\n\n");
    s.append("const wawp = new WawpClient({\n");
    if (v1Only) {
      s.append("  baseUrl: 'https://wawp.net/wp-json/awp/v1',\n");
    }
    s.append("  accessToken: process.env.WAWP_ACCESS_TOKEN!,\n");
    s.append("  credentialForm: 'headers', // or 'query'\n");
    s.append("});\n");
    if (needsSession) {
      s.append("const session = wawp.instance('").append(INSTANCE).append("');\n");
    }
    s.append("const result = await ").append(call).append(";\n");
    s.append("console.log(result);\n");
    return s.toString();
  }

  /** The generated API class of a tag ({@code RateLimit} -> {@code RateLimitApi}), as both generators name it. */
  static String apiClass(String tag) {
    StringBuilder out = new StringBuilder();
    for (String part : tag.split("[^A-Za-z0-9]+")) {
      if (!part.isEmpty()) {
        out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return out + "Api";
  }

  private static String lowerFirst(String s) {
    return Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  /**
   * The bundle with {@value #EXTENSION} on every operation (a deep copy; the bundle is left as it
   * is). The spec's reader, given the same bundle, says which API versions serve each operation.
   */
  public static JsonNode decorate(JsonNode bundle, WawpSpec spec) {
    JsonNode copy = bundle.deepCopy();
    Iterator<Map.Entry<String, JsonNode>> paths = copy.path("paths").fields();
    while (paths.hasNext()) {
      JsonNode item = paths.next().getValue();
      for (String method : List.of("get", "put", "post", "delete", "options", "head", "patch", "trace")) {
        if (item.get(method) instanceof ObjectNode op && op.has("operationId")) {
          String id = op.get("operationId").asText();
          String tag = op.path("tags").path(0).asText("Default");
          boolean v1Only = spec.operation(id).orElseThrow().apiVersions().equals(List.of("v1"));
          ArrayNode samples = op.putArray(EXTENSION);
          samples.addObject().put("lang", "Java").put("label", "Java").put("source", java(id, tag, v1Only));
          samples.addObject().put("lang", "TypeScript").put("label", "TypeScript").put("source", typeScript(id, tag, v1Only));
        }
      }
    }
    return copy;
  }

  /** {@code CodeSamples <bundle.yaml> <output.yaml>}: writes the reference page's input. */
  public static void main(String[] args) throws java.io.IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: CodeSamples <bundle.yaml> <output.yaml>");
    }
    Path out = Path.of(args[1]);
    java.nio.file.Files.createDirectories(out.toAbsolutePath().getParent());
    java.nio.file.Files.writeString(out, SpecBundler.toYaml(decorate(SpecBundler.read(Path.of(args[0])), WawpSpec.load(Path.of(args[0])))));
    System.out.println("[publish] reference page input: Java and TypeScript samples on every operation, " + out);
  }
}
