/**
 * What the client, the mock and the conformance suite share, written once so that it cannot drift:
 * {@link io.wawpkit.session.common.Durations} (the command lines' duration grammar),
 * {@link io.wawpkit.session.common.ConnectionProblems} (the words for "no answer came"), and
 * {@link io.wawpkit.session.common.Secrets} with {@link io.wawpkit.session.common.Redactor} (which
 * values are secrets, and masking them in JSON, URL queries, headers and free text). It depends on
 * Jackson alone: no picocli, no swagger parser, nothing of the other modules.
 */
package io.wawpkit.session.common;
