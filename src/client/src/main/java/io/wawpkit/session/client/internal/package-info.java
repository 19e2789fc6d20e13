/**
 * Internal: the client's implementation (Feign wiring, credentials, error decoding, retries, the
 * tolerant ObjectMapper, redacted logging, status polling). No compatibility promise: anything here
 * may change or go in any release, minor and patch ones included. Public only so that the client's
 * own packages can reach it; nothing outside the client may use it (the build's architecture test
 * fails a class of the toolkit's other modules that does). Users call the public types of
 * {@code io.wawpkit.session.client} and its other subpackages.
 */
package io.wawpkit.session.client.internal;
