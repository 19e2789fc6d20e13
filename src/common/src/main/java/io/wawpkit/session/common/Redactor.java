package io.wawpkit.session.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks secrets in text bound for a log line, an exception message or a report: given values (a
 * token, or secrets learned from what was sent and answered, see {@link #and}) wherever they
 * appear, also echoed back in an answer; by shape, the token of a URL query or form body
 * ({@code access_token=...}), of an {@code Authorization: Bearer} header and the password of a URL
 * ({@code http://user:password@proxy}); and the members of the JSON documents inside the text that
 * {@link Secrets} names. Immutable, thread-safe.
 */
public final class Redactor {
  /** What a secret is replaced with ({@link Secrets#MASK}). */
  public static final String MASK = Secrets.MASK;

  /** {@code access_token=...} in a URL query or a form body. */
  private static final Pattern QUERY_TOKEN = Pattern.compile("(?i)(access_token=)[^&\\s\"']+");
  /** {@code Authorization: Bearer ...} in a header dump. */
  private static final Pattern BEARER_HEADER = Pattern.compile("(?i)(authorization:\\s*bearer\\s+)\\S+");

  private final List<String> literals;

  private Redactor(List<String> literals) {
    // The longest first: a secret that holds another is masked whole, not around the shorter one.
    List<String> sorted = new ArrayList<>(new LinkedHashSet<>(literals));
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    this.literals = List.copyOf(sorted);
  }

  /** A redactor that also masks these exact values (tokens), however they appear; nulls are ignored. */
  public static Redactor masking(String... secrets) {
    List<String> literals = new ArrayList<>();
    for (String s : secrets) {
      // Very short values would mask innocent text; a real token is long.
      if (s != null && s.length() >= 4) {
        literals.add(s);
      }
    }
    return new Redactor(literals);
  }

  /**
   * This redactor, masking these values too, wherever they appear (such as {@link Secrets#values}
   * of a body sent or answered); nulls and values shorter than four characters are ignored. This
   * one when nothing is new.
   */
  public Redactor and(Collection<String> secrets) {
    List<String> more = new ArrayList<>(literals);
    for (String s : secrets) {
      if (s != null && s.length() >= 4 && !literals.contains(s)) {
        more.add(s);
      }
    }
    return more.size() == literals.size() ? this : new Redactor(more);
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
    out = maskShape(QUERY_TOKEN, out);
    out = maskShape(BEARER_HEADER, out);
    out = Secrets.maskUrlPasswords(out);
    return JsonInText.mask(out);
  }

  private static String maskShape(Pattern shape, String text) {
    return shape.matcher(text).replaceAll(r -> Matcher.quoteReplacement(r.group(1) + MASK));
  }

  @Override
  public String toString() {
    return "Redactor{" + literals.size() + " literal secret(s)}";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Redactor r && new LinkedHashSet<>(r.literals).equals(new LinkedHashSet<>(literals));
  }

  @Override
  public int hashCode() {
    return Objects.hash(new LinkedHashSet<>(literals));
  }
}
