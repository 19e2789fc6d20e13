package io.wawpkit.session.mock.control;

/**
 * A session as the control API lists it; {@code apiVersion} is the version of the base it was
 * created on, which decides the envelope of its session.status events.
 */
public record SessionSummary(String instanceId, String accountId, String name, String status, boolean savedLogin,
    String policy, int webhooks, String apiVersion) {}
