package io.wawpkit.session.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The {@code code} and {@code message} of an error body. The contract promises JSON
 * ({@code {"code": ..., "message": ...}}), but the docs' samples also show XML, plain text and
 * empty bodies, so each is read as well as it can be.
 *
 * @param code the error code, or null when the body has none
 * @param message the message, or null when the body has none
 * @param sessionStatus {@code data.session_status} of a JSON body (with {@code invalid_session}, the
 *     status that refused a login operation), or null
 * @param expected {@code data.expected} of a JSON body (the statuses that serve that operation),
 *     empty when absent
 */
record ErrorBody(String code, String message, String sessionStatus, List<String> expected) {
  ErrorBody(String code, String message) {
    this(code, message, null, List.of());
  }

  /** Longest message kept from a plain-text or unreadable body. */
  static final int MAX_TEXT = 300;

  /** Reads a body of any of the documented forms; never throws. */
  static ErrorBody parse(byte[] body, String contentType, ObjectMapper json) {
    if (body == null || body.length == 0) {
      return new ErrorBody(null, null);
    }
    String text = new String(body, StandardCharsets.UTF_8).trim();
    if (text.isEmpty()) {
      return new ErrorBody(null, null);
    }
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    if (text.startsWith("{") || type.contains("json")) {
      ErrorBody fromJson = fromJson(text, json);
      if (fromJson != null) {
        return fromJson;
      }
    }
    if (text.startsWith("<") || type.contains("xml")) {
      ErrorBody fromXml = fromXml(body);
      if (fromXml != null) {
        return fromXml;
      }
    }
    return new ErrorBody(null, oneLine(text));
  }

  private static ErrorBody fromJson(String text, ObjectMapper json) {
    try {
      JsonNode node = json.readTree(text);
      if (node == null || !node.isObject()) {
        return null;
      }
      JsonNode error = node.has("error") && node.get("error").isObject() ? node.get("error") : node;
      String code = textOf(error.get("code"));
      String message = textOf(error.get("message"));
      if (message == null && node.get("error") != null && node.get("error").isTextual()) {
        message = node.get("error").asText();
      }
      JsonNode data = error.get("data");
      String sessionStatus = data != null && data.isObject() ? textOf(data.get("session_status")) : null;
      List<String> expected = new ArrayList<>();
      if (data != null && data.isObject() && data.get("expected") != null && data.get("expected").isArray()) {
        data.get("expected").forEach(e -> {
          if (e.isTextual()) {
            expected.add(e.asText());
          }
        });
      }
      return new ErrorBody(code, message == null ? null : oneLine(message), sessionStatus, List.copyOf(expected));
    } catch (Exception e) {
      return null;
    }
  }

  private static ErrorBody fromXml(byte[] body) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      // An error body is untrusted input: no DTDs, no external entities.
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setExpandEntityReferences(false);
      javax.xml.parsers.DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null); // a refused body is reported by the caller, not printed to stderr
      Document doc = builder.parse(new ByteArrayInputStream(body));
      String code = firstText(doc, "code");
      String message = firstText(doc, "message");
      if (message == null) {
        message = doc.getDocumentElement().getTextContent();
      }
      return new ErrorBody(code, message == null || message.isBlank() ? null : oneLine(message.trim()));
    } catch (Exception e) {
      return null;
    }
  }

  private static String firstText(Document doc, String tag) {
    NodeList nodes = doc.getElementsByTagName(tag);
    if (nodes.getLength() == 0) {
      return null;
    }
    String text = nodes.item(0).getTextContent();
    return text == null || text.isBlank() ? null : text.trim();
  }

  private static String textOf(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ");
  }

  /**
   * The text cut to {@link #MAX_TEXT} characters. Callers redact first: a cut through an echoed
   * secret would leave a prefix the redactor no longer recognises.
   */
  static String shorten(String text) {
    if (text == null || text.length() <= MAX_TEXT) {
      return text;
    }
    int end = text.offsetByCodePoints(0, text.codePointCount(0, MAX_TEXT));
    return text.substring(0, end) + "...";
  }
}
