package io.wawpkit.session.conformance.checks;

import io.wawpkit.session.common.Redactor;
import io.wawpkit.session.conformance.engine.Api;
import io.wawpkit.session.conformance.engine.Exchange;
import io.wawpkit.session.conformance.engine.Target;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A failing sequence as people replay it: a shell script of curl lines (tokens as the variables
 * {@code WAWP_ACCESS_TOKEN} and {@code WAWP_OTHER_ACCESS_TOKEN}, every other secret masked, the
 * instance ids as variables set by the creates), and a JUnit test that does the same with this
 * project's client against the mock's extension.
 */
final class Replay {
  private Replay() {}

  /** The curl script of a sequence; the last line says what was expected and what came. */
  static String curl(Target target, String idPointer, List<Explorer.Trace> traces, Explorer.Finding finding, long seed) {
    String origin = target.baseUrl().getScheme() + "://" + target.baseUrl().getRawAuthority();
    String jq = idPointer.replace('/', '.');
    StringBuilder sb = new StringBuilder();
    sb.append("# replay (seed ").append(seed).append("); needs curl and jq; set the tokens first:\n")
        .append("# export WAWP_ACCESS_TOKEN=... WAWP_OTHER_ACCESS_TOKEN=...\n")
        .append("WAWP_ORIGIN=").append(origin).append('\n')
        .append(target.control().map(c -> "WAWP_CONTROL=" + c + "\n").orElse(""))
        // apart from the token, so that no masking of a report takes the variable for a secret
        .append("WAWP_AUTH=\"Authorization: Bearer\"\n");
    Map<String, String> ids = new LinkedHashMap<>();
    int n = 0;
    for (Explorer.Trace t : traces) {
      sb.append("# ").append(++n).append(". ").append(t.step().describe()).append('\n');
      for (Explorer.Event e : t.events()) {
        if (e.move() != null) {
          sb.append("curl -sS -X POST \"$WAWP_CONTROL/sessions/$S").append(e.slot()).append("/").append(controlPath(e.move()))
              .append("\"").append(e.move().equals("unlink") ? " -H 'Content-Type: application/json' -d '{\"login\":\"drop\"}'" : "")
              .append('\n');
          continue;
        }
        if (e.waitLeaving() != null) {
          continue; // the info read that follows shows the status it settled in
        }
        Exchange x = e.exchange();
        String line = curlLine(x, e, ids);
        if (t.step().kind() == ExploreStep.Kind.CREATE && e.instanceId() != null && t.events().indexOf(e) == 0) {
          ids.put(e.instanceId(), "$S" + e.slot());
          sb.append("S").append(e.slot()).append("=$(").append(line).append(" | jq -r '").append(jq).append("')\n");
        } else if (isWait(t, e)) {
          sb.append("until [ \"$(").append(line).append(" | jq -r .status)\" != ").append(waited(t, e))
              .append(" ]; do sleep 0.2; done; ").append(line).append('\n');
        } else {
          sb.append(line).append('\n');
        }
      }
    }
    sb.append("# expected ").append(finding.expected()).append("; got ").append(finding.actual());
    return sb.toString();
  }

  private static boolean isWait(Explorer.Trace t, Explorer.Event e) {
    int i = t.events().indexOf(e);
    return i > 0 && t.events().get(i - 1).waitLeaving() != null;
  }

  private static String waited(Explorer.Trace t, Explorer.Event e) {
    return t.events().get(t.events().indexOf(e) - 1).waitLeaving();
  }

  private static String controlPath(String move) {
    return switch (move) {
      case "scan", "fail" -> move;
      case "unlink" -> "fail";
      default -> "moves/" + move;
    };
  }

  /** One request as a curl line, from its masked request line ({@code METHOD /path?query [Header: v, ...]}). */
  static String curlLine(Exchange x, Explorer.Event e, Map<String, String> ids) {
    String request = x.request();
    String method = request.substring(0, request.indexOf(' '));
    String rest = request.substring(request.indexOf(' ') + 1);
    String headers = "";
    int bracket = rest.indexOf(" [");
    if (bracket >= 0) {
      // the masking of a bearer token at the end takes the closing bracket along
      headers = rest.substring(bracket + 2, rest.endsWith("]") ? rest.length() - 1 : rest.length());
      rest = rest.substring(0, bracket);
    }
    String token = e.otherToken() ? "$WAWP_OTHER_ACCESS_TOKEN" : "$WAWP_ACCESS_TOKEN";
    // "...access_token="$VAR"&..." in the shell: the quotes keep the variable out of the masking of tokens
    rest = rest.replace("access_token=" + Redactor.MASK, "access_token=\"" + token + "\"");
    StringBuilder sb = new StringBuilder("curl -sS -X ").append(method);
    if (!headers.isEmpty()) {
      // the masking of a bearer token takes the comma after it along
      for (String h : headers.split(",? (?=[A-Z][A-Za-z-]+: )")) {
        sb.append(" -H \"").append(h.startsWith("Authorization: Bearer ") ? "$WAWP_AUTH " + token : h).append('"');
      }
    }
    if (x.requestBody() != null) {
      sb.append(" -H 'Content-Type: application/json' -d '").append(x.requestBody().replace("'", "'\\''")).append('\'');
    }
    sb.append(" \"$WAWP_ORIGIN").append(rest).append('"');
    String line = sb.toString();
    for (Map.Entry<String, String> id : ids.entrySet()) {
      line = line.replace(id.getKey(), id.getValue());
    }
    return line;
  }

  /** The same sequence as a JUnit 5 test with this project's client, against the mock's extension. */
  static String junit(List<Explorer.Trace> traces, Explorer.Finding finding) {
    StringBuilder sb = new StringBuilder();
    sb.append("@RegisterExtension\nstatic final WawpMockExtension WAWP = WawpMockExtension.fast();\n\n");
    sb.append("@Test\nvoid explorationFinding() {\n");
    sb.append("  try (WawpClient wawp = WawpClient.builder().baseUrl(WAWP.baseUrl()).accessToken(WAWP.paidToken()).build();\n");
    sb.append("      WawpClient headers = WawpClient.builder().baseUrl(WAWP.baseUrl()).accessToken(WAWP.paidToken())\n");
    sb.append("          .credentialForm(CredentialForm.HEADERS).build();\n");
    sb.append("      WawpClient second = WawpClient.builder().baseUrl(WAWP.baseUrl()).accessToken(WAWP.freeToken()).build()) {\n");
    Map<Integer, Boolean> owner = new LinkedHashMap<>();
    for (Explorer.Trace t : traces) {
      ExploreStep s = t.step();
      String v = "s" + s.slot();
      boolean other = s.kind() == ExploreStep.Kind.CREATE ? s.other() : owner.getOrDefault(s.slot(), false);
      String client = other ? "second" : s.form() == Api.Creds.HEADERS ? "headers" : "wawp";
      String call = switch (s.kind()) {
        case CREATE -> {
          owner.put(s.slot(), s.other());
          yield "String " + v + " = " + client + ".create().getInstanceId();";
        }
        case MOVE -> switch (s.value()) {
          case "scan" -> "WAWP.control().scan(" + v + ");";
          case "fail" -> "WAWP.control().fail(" + v + ", LoginEffect.KEEP);";
          case "unlink" -> "WAWP.control().fail(" + v + ", LoginEffect.DROP);";
          default -> "WAWP.control().move(" + v + ", \"" + s.value() + "\");";
        };
        case ACT, READ, WRITE -> clientCall(client + ".instance(" + v + ")", s);
        default -> "// " + s.describe() + ": not a client call (see the curl script)";
      };
      sb.append("    ").append(call).append('\n');
      for (Explorer.Event e : t.events()) {
        if (e.waitLeaving() != null) {
          sb.append("    ").append(client).append(".instance(").append(v).append(").awaitStatus(Duration.ofSeconds(10), SessionStatus.")
              .append(e.waitFor()).append(");\n");
        }
      }
    }
    sb.append("    // the target departed here: expected ").append(finding.expected()).append("; got ")
        .append(finding.actual().replace('\n', ' ')).append('\n');
    sb.append("  }\n}");
    return sb.toString();
  }

  private static String clientCall(String instance, ExploreStep s) {
    String op = s.operationId();
    String method = switch (op.replaceAll("(ByGet|ByPost|V1)$", "")) {
      case "startSession" -> "start()";
      case "stopSession" -> "stop()";
      case "restartSession" -> "restart()";
      case "logoutSession" -> "logout()";
      case "deleteSession" -> "delete()";
      case "getSessionInfo" -> "info()";
      case "getSessionMe" -> "me()";
      case "getRateLimit" -> "rateLimit()";
      case "setRateLimit" -> "chooseRateLimit(\"" + (s.value() == null ? "standard_policy" : s.value()) + "\")";
      case "getTempLink" -> "tempLink()";
      case "createTempLink" -> "newTempLink()";
      case "revokeTempLinks" -> "revokeTempLinks()";
      case "getWebhooks" -> "webhooks()";
      case "getQr" -> "qr()";
      case "getQrImage" -> "qrImage()";
      case "getScreenshot" -> "screenshot()";
      case "requestPairingCode" -> "requestPairingCode(\"201012345678\")";
      default -> null;
    };
    return method == null ? "// " + s.describe() + " (see the curl script)" : instance + "." + method + ";";
  }
}
