package io.wawpkit.session.conformance.engine;

/**
 * The result of one check.
 *
 * @param group the check group (shape, errors, tenancy, lifecycle, consistency, pact)
 * @param operation the operationId (or area) the check is about
 * @param name what was checked, in words
 * @param outcome pass, fail, warn or skip
 * @param expected what the contract expects
 * @param actual what came back (or why it was skipped)
 * @param exchange the HTTP exchange that decided it, or null
 */
public record CheckResult(
    String group, String operation, String name, Outcome outcome, String expected, String actual, Exchange exchange) {}
