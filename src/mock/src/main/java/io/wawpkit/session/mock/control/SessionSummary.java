package io.wawpkit.session.mock.control;

/** A session as the control API lists it. */
public record SessionSummary(String instanceId, String accountId, String name, String status, boolean savedLogin,
    String policy, int webhooks) {}
