package io.wawpkit.session.mock.control;

/**
 * One request the API answered, as the request journal keeps it: secrets masked (the access token
 * in the query, and every body member the spec declares a secret), headers not kept.
 *
 * @param at when it was answered, ISO-8601
 * @param method the HTTP method
 * @param path the path, without the query
 * @param query the query string with the access token masked, or null when there was none
 * @param operationId the spec's operation it was routed to, or null when none matched
 * @param status the HTTP status answered
 * @param millis how long the answer took, in milliseconds
 * @param body the request body as JSON with its secrets masked (cut at 4096 characters), its size
 *     when it was not JSON, or null when there was none
 */
public record JournalEntry(String at, String method, String path, String query, String operationId, int status,
    double millis, String body) {}
