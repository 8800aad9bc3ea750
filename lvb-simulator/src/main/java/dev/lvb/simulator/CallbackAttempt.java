package dev.lvb.simulator;

import java.time.Instant;

/**
 * One attempt to deliver a notification.
 *
 * @param number 1 for the first attempt, 2 for the first retry, ...
 * @param at when it was made (the simulator's clock)
 * @param httpStatus the HTTP status answered, 0 when there was no answer
 * @param responseBody the start of the answer's body, {@code null} when there was no answer
 * @param error why it failed: no answer, wrong status or a body without {@code "code":0}; {@code null} on success
 * @param success whether LVB would count it as delivered: HTTP 200 and {@code {"code":0}}
 */
public record CallbackAttempt(int number, Instant at, int httpStatus, String responseBody, String error,
        boolean success) {
}
