package io.wawpkit.session.spec;

/**
 * Where an action leads from one status.
 *
 * @param to the status after the call, or the model's terminal marker (DELETED) for delete
 * @param login what the call does to the saved login
 */
public record Transition(String to, LoginEffect login) {}
