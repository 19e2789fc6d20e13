package io.wawpkit.session.mock.control;

/**
 * An account as the control API lists it (never its token).
 *
 * @param id the account's id
 * @param plan its plan now (the control API can change it; a reset restores the configured one)
 * @param instances how many sessions it has
 */
public record AccountSummary(String id, Plan plan, int instances) {}
