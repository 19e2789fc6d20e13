package io.wawpkit.session.client;

import io.wawpkit.session.generated.model.SessionInfo;

/**
 * A session that was created and started.
 *
 * @param instance its handle
 * @param info its info once running: SCAN_QR_CODE (with the QR) or WORKING
 */
public record StartedSession(WawpInstance instance, SessionInfo info) {}
