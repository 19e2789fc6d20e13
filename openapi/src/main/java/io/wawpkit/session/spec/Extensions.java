package io.wawpkit.session.spec;

import java.util.Set;

/**
 * The names of the project's vendor extensions ({@code x-wawp-*}, listed in the spec's
 * description). This package reads them and gives their meaning typed ({@link WawpSpec},
 * {@link SpecOperation}, {@link LifecycleModel}, {@link EvidenceMarks}); the names are public only
 * for the tools that handle the raw document itself (the publisher compares documents, tests
 * mutate one), so that they too name an extension through here rather than restating it.
 */
public final class Extensions {
  /** What every extension of the project's starts with. */
  public static final String PREFIX = "x-wawp-";

  /** Root: the lifecycle model ({@link LifecycleModel}). */
  public static final String LIFECYCLE = "x-wawp-lifecycle";
  /** Root: the 405 + Allow rule ({@link WawpSpec#undocumentedMethod()}). */
  public static final String UNDOCUMENTED_METHOD = "x-wawp-undocumented-method";
  /** Root: the named cross-cutting rules ({@link EvidenceMarks#rule(String)}). */
  public static final String RULES = "x-wawp-rules";
  /** Operation: its lifecycle action ({@link SpecOperation#action()}). */
  public static final String ACTION = "x-wawp-action";
  /** Operation: whether it is safe to repeat ({@link SpecOperation#safeToRepeat()}). */
  public static final String SAFE_TO_REPEAT = "x-wawp-safe-to-repeat";
  /** Operation: {@code paid} for paid-only operations ({@link SpecOperation#paidOnly()}). */
  public static final String PLAN = "x-wawp-plan";
  /** Operation: the API versions that serve it ({@link SpecOperation#apiVersions()}). */
  public static final String API_VERSIONS = "x-wawp-api-versions";
  /** Query parameter: the body member it is another form of ({@link SpecOperation#bodyProperties()}). */
  public static final String BODY_PROPERTY = "x-wawp-body-property";
  /** Query parameter: whether its value is the member as JSON text ({@link SpecOperation.BodyProperty#jsonEncoded()}). */
  public static final String JSON_ENCODED = "x-wawp-json-encoded";
  /** Schema: the webhook event it describes ({@link WawpSpec#events()}). */
  public static final String EVENT = "x-wawp-event";
  /** Schema: the values the docs name for it ({@link WawpSpec#documentedValues(String)}). */
  public static final String DOCUMENTED_VALUES = "x-wawp-documented-values";
  /** Callback operation: the headers of a signed delivery ({@link WawpSpec#signing()}). */
  public static final String SIGNING = "x-wawp-signing";
  /** Example: the file of the docs the example's value is taken from ({@link WawpSpec#valueFile}). */
  public static final String VALUE_FILE = "x-wawp-value-file";
  /** Example: where in that file the value sits ({@link WawpSpec#valueFile}). */
  public static final String VALUE_POINTER = "x-wawp-value-pointer";
  /** Schema property: its string is the Base64 of a JSON value of a schema ({@link WawpSpec#base64Json()}). */
  public static final String BASE64_JSON = "x-wawp-base64-json";
  /** Query parameter: the answer schema each of its values selects ({@link SpecOperation#answerSelector()}). */
  public static final String SELECTS = "x-wawp-selects";
  /** Any object: its mark of evidence ({@link EvidenceMarks}). */
  public static final String EVIDENCE = "x-wawp-evidence";
  /** Schema: marks of single constraint keywords ({@link EvidenceMarks#keyword}). */
  public static final String KEYWORD_EVIDENCE = "x-wawp-keyword-evidence";
  /** Schema: marks of property names ({@link EvidenceMarks#property}). */
  public static final String PROPERTY_EVIDENCE = "x-wawp-property-evidence";
  /** The Error schema: a mark per error code ({@link EvidenceMarks#errorCode}). */
  public static final String ERROR_CODES = "x-wawp-error-codes";

  /** Every extension the reader knows; the spec uses no other (a test holds the two together). */
  public static final Set<String> ALL = Set.of(LIFECYCLE, UNDOCUMENTED_METHOD, RULES, ACTION, SAFE_TO_REPEAT, PLAN,
      API_VERSIONS, BODY_PROPERTY, JSON_ENCODED, EVENT, DOCUMENTED_VALUES, SIGNING, VALUE_FILE, VALUE_POINTER,
      BASE64_JSON, SELECTS, EVIDENCE, KEYWORD_EVIDENCE, PROPERTY_EVIDENCE, ERROR_CODES);

  /**
   * The extensions whose values document and never rule: the values the docs name, and where an
   * example was taken from. A change to them changes prose, not behaviour.
   */
  public static final Set<String> DOCUMENTATION = Set.of(DOCUMENTED_VALUES, VALUE_FILE, VALUE_POINTER);

  private Extensions() {}
}
