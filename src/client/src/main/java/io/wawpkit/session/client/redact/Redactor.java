package io.wawpkit.session.client.redact;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks secrets in text bound for a log line or an exception message: the client's own token
 * wherever it appears (also echoed back in an answer), and, by shape, any token in a query string
 * or an Authorization header, and JSON fields that hold secrets (access_token, password, hmac key).
 */
public final class Redactor {
  /** What a secret is replaced with. */
  public static final String MASK = "****";

  private static final List<Pattern> SHAPES = List.of(
      // access_token=... in a URL or form body
      Pattern.compile("(?i)(access_token=)[^&\\s\"']+"),
      // Authorization: Bearer ... in a header dump
      Pattern.compile("(?i)(authorization:\\s*bearer\\s+)\\S+"));

  private final List<String> literals;

  private Redactor(List<String> literals) {
    this.literals = literals;
  }

  /** A redactor that also masks these exact values (the client's token), however they appear. */
  public static Redactor masking(String... secrets) {
    List<String> literals = new ArrayList<>();
    for (String s : secrets) {
      // Very short values would mask innocent text; a real token is long.
      if (s != null && s.length() >= 4) {
        literals.add(s);
      }
    }
    return new Redactor(List.copyOf(literals));
  }

  /** The text with every secret masked; null stays null. */
  public String redact(String text) {
    if (text == null) {
      return null;
    }
    String out = text;
    for (String literal : literals) {
      out = out.replace(literal, MASK);
    }
    for (Pattern shape : SHAPES) {
      Matcher m = shape.matcher(out);
      out = m.replaceAll(r -> Matcher.quoteReplacement(r.group(1) + MASK));
    }
    // "access_token", "password", "key", ... members of JSON, found by parsing it
    return JsonSecrets.mask(out);
  }

  @Override
  public String toString() {
    return "Redactor{" + literals.size() + " literal secret(s)}";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Redactor r && r.literals.equals(literals);
  }

  @Override
  public int hashCode() {
    return Objects.hash(literals);
  }
}
