package io.wawpkit.session.mock.control;

/**
 * The outcome of one delivery attempt, kept in a short bounded list for the control API.
 *
 * @param eventId the event's id
 * @param instanceId the session it is about
 * @param url where it went
 * @param attempt 1 for the first try
 * @param status the receiver's HTTP status, or 0 when it could not be reached
 * @param error why it could not be reached, or null
 * @param at when, ISO-8601
 */
public record Delivery(String eventId, String instanceId, String url, int attempt, int status, String error, String at) {}
