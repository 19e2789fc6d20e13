package io.wawpkit.session.mock.internal.spec;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import io.wawpkit.session.mock.internal.http.RequestValidation;
import io.wawpkit.session.spec.WawpSpec;

/**
 * The shipped spec and its validator, parsed once per JVM: both are immutable, and parsing them
 * is most of the mock's start-up time, so a second mock in the same JVM (the next test class)
 * starts at once. A replaced lifecycle model shares them (the validator ignores the model).
 */
public final class SpecCache {
  private static final Object SPEC_LOCK = new Object();
  private static final Object VALIDATOR_LOCK = new Object();
  private static volatile WawpSpec spec;
  private static volatile OpenApiInteractionValidator validator;

  private SpecCache() {}

  public static WawpSpec spec() {
    WawpSpec s = spec;
    if (s == null) {
      synchronized (SPEC_LOCK) {
        s = spec;
        if (s == null) {
          s = WawpSpec.load();
          spec = s;
        }
      }
    }
    return s;
  }

  /**
   * The validator, having checked one request already: the validator's first check loads its
   * request path, which the first mock of a JVM then does in the background, before its first
   * answer, rather than in it.
   */
  public static OpenApiInteractionValidator warmValidator() {
    boolean first = validator == null;
    OpenApiInteractionValidator v = validator();
    if (first) {
      WawpSpec s = spec();
      try {
        s.operations().stream().filter(o -> !o.needsInstance()).findFirst().ifPresent(create ->
            v.validateRequest(new SimpleRequest.Builder(Request.Method.valueOf(create.method().name()), create.path())
                .withQueryParam(s.credentials().tokenParameter(), "warm-up").build()));
      } catch (RuntimeException e) {
        // A warm-up only: a real request meets the same validator and reports what it finds.
      }
    }
    return v;
  }

  public static OpenApiInteractionValidator validator() {
    OpenApiInteractionValidator v = validator;
    if (v == null) {
      synchronized (VALIDATOR_LOCK) {
        v = validator;
        if (v == null) {
          v = RequestValidation.buildValidator(spec());
          validator = v;
        }
      }
    }
    return v;
  }
}
