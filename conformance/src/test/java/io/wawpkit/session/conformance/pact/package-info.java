/**
 * The Pact part of the conformance suite.
 *
 * <ul>
 *   <li>Consumer tests ({@code *PactTest}, surefire): our client against Pact's mock server, one V4
 *       interaction per thing the client relies on, for every operation of the spec plus three refusals, with
 *       provider states for the lifecycle ({@link io.wawpkit.session.conformance.pact.States}). They
 *       write {@code target/pacts/wawp-session-client-wawp-session-api.json}.
 *   <li>Checks of that file ({@code PactFiles*IT}, failsafe): every interaction is a documented
 *       operation whose request and answer validate against the spec, every operation is covered,
 *       and no real token is in it.
 *   <li>Provider verification (failsafe, after the consumer tests wrote the file):
 *       {@code MockProviderPactIT} against the embedded mock (states through its public and control
 *       APIs); {@code PublicApiProviderPactIT} against {@code -Dpact.verifier.baseUrl} with
 *       {@code -Dpact.verifier.token} (states through the public API only; unreachable states are
 *       skipped with the reason), or, without them, against the embedded mock treated the same way.
 * </ul>
 */
package io.wawpkit.session.conformance.pact;
