package io.wawpkit.session.spec;

/**
 * One mark of evidence: what a rule of the contract rests on.
 *
 * @param basis documented, position or tolerated
 * @param source where the docs say it (a page, or a section of the project's digest of the docs);
 *     required unless a position
 * @param quote the docs' words; required unless a position
 * @param reason why the contract chose so; required for a position
 * @param item the numbered position of {@code info.description} that states the rule in prose, or null
 * @param pointer where the mark stands in the spec (a JSON pointer)
 */
public record Evidence(Basis basis, String source, String quote, String reason, Integer item, String pointer) {
  public Evidence {
    if (basis == null) {
      throw new SpecException(pointer + ": a mark needs a basis");
    }
    if (basis == Basis.POSITION && blank(reason)) {
      throw new SpecException(pointer + ": a position needs its reason");
    }
    if (basis != Basis.POSITION && (blank(source) || blank(quote))) {
      throw new SpecException(pointer + ": a " + basis.word() + " rule needs its source and the quoted words");
    }
  }

  /** The quote of a documented or tolerated rule, the reason of a position. */
  public String grounds() {
    return basis == Basis.POSITION ? reason : quote;
  }

  /**
   * One line for reports: {@code documented (digest § Errors): "404 (unknown or deleted instance)"}
   * or {@code position: <reason>}.
   */
  public String summary() {
    return basis == Basis.POSITION
        ? "position: " + reason
        : basis.word() + " (" + source + "): \"" + quote + "\"";
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
