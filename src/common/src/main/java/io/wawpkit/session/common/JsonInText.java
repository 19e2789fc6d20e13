package io.wawpkit.session.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * Masks the secret members of the JSON documents inside a text (a logged body, an error message
 * that quotes one) by parsing them, so that a secret holding an escaped quote is masked whole (a
 * regex stops at the {@code \"}). Text that is not JSON, and a document that holds no secret, is
 * left as it is.
 */
final class JsonInText {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonInText() {}

  static String mask(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int from = 0;
    int start = nextDocument(text, 0);
    while (start >= 0) {
      int end = documentEnd(text, start);
      if (end < 0) {
        start = nextDocument(text, start + 1);
        continue;
      }
      String original = text.substring(start, end);
      JsonNode doc = parse(original);
      String before = doc == null ? null : doc.toString();
      String after = doc == null ? null : Secrets.mask(doc).toString();
      // A document without secrets stays as it was written (its spacing too).
      out.append(text, from, start).append(after == null || after.equals(before) ? original : after);
      from = end;
      start = nextDocument(text, end);
    }
    return out.append(text, from, text.length()).toString();
  }

  private static int nextDocument(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{' || c == '[') {
        return i;
      }
    }
    return -1;
  }

  /** Where the JSON value starting at {@code start} ends, or -1 when none starts there. */
  private static int documentEnd(String text, int start) {
    try (JsonParser p = JSON.createParser(text.substring(start))) {
      if (p.nextToken() == null) {
        return -1;
      }
      p.skipChildren(); // to the matching end: the parser checks every token on the way
      return start + (int) p.currentLocation().getCharOffset();
    } catch (IOException e) {
      return -1;
    }
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      return null;
    }
  }
}
