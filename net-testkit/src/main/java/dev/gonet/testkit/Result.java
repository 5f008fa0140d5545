package dev.gonet.testkit;

/**
 * The outcome of one {@link Case}.
 *
 * @param id      {@link Case#id()}
 * @param passed  whether the body returned normally within its time limit
 * @param message the failure text, empty when passed
 * @param millis  wall time the case took
 */
public record Result(String id, boolean passed, String message, long millis) {
}
