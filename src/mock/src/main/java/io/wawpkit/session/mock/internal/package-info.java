/**
 * The mock's implementation: the HTTP server and its handlers, the session state and lifecycle, the
 * webhook dispatcher, persistence, the control API's server side and the command line. Internal:
 * public only for the mock's own packages, with no compatibility promise; the build fails another
 * module that uses it. Users start the mock with {@code WawpMock} or {@code WawpMockExtension} and
 * drive it with {@code MockControl}.
 */
package io.wawpkit.session.mock.internal;
