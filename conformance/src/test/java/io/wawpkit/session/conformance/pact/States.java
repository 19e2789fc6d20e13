package io.wawpkit.session.conformance.pact;

/**
 * The provider states the pacts name. Each names the example instance id {@value
 * PactContract#INSTANCE_ID}, but no provider can be made to hand out that id: a state method
 * returns the id it really set up (and the token to use) under {@link PactContract#INSTANCE_ID_KEY}
 * and {@link PactContract#TOKEN_KEY}, and the pacts send them as provider-state-injected values
 * ({@code headerFromProviderState}, {@code valueFromProviderState}). The pact files therefore hold
 * only the example id and the fake example token, and the verifier sends the real ones.
 */
final class States {
  static final String ACCOUNT = "an account that may create a session";
  static final String STOPPED = "a STOPPED session 3EB0BCB2E3D4 exists";
  static final String SCAN_QR = "a session 3EB0BCB2E3D4 in SCAN_QR_CODE exists";
  static final String WORKING = "a WORKING session 3EB0BCB2E3D4 exists";
  static final String FAILED = "a FAILED session 3EB0BCB2E3D4 exists";
  static final String TEMP_LINK = "a session 3EB0BCB2E3D4 in SCAN_QR_CODE with an active temporary link exists";
  static final String PAID = "a STOPPED session 3EB0BCB2E3D4 of a paid account exists";
  static final String WEBHOOK = "a session 3EB0BCB2E3D4 of a paid account with one webhook exists";
  static final String FREE = "a STOPPED session 3EB0BCB2E3D4 of a free account exists";
  static final String NONE = "no session 3EB0BCB2E3D4";

  private States() {}
}
