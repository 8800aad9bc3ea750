package dev.lvb.simulator;

import java.time.Duration;
import java.util.Objects;

/**
 * How the simulator re-sends an event notification that was not acknowledged. A delivery succeeds when the
 * callback URL answers HTTP 200 with a JSON body whose {@code code} is 0 ({@code {"code":0}}); anything else
 * (another status, another body, no answer within {@link #timeout()}) is retried up to {@link #retries()} times,
 * {@link #interval()} apart, and then given up.
 *
 * @param retries how many times to re-send after the first attempt, 0 or more
 * @param interval the pause between attempts, not negative
 * @param timeout how long one attempt may take before it counts as failed, positive
 */
public record CallbackRetryPolicy(int retries, Duration interval, Duration timeout) {

    /** The 2017-18 LVB documentation: 3 retries, 3 seconds apart (attempts time out after 5 seconds). */
    public static final CallbackRetryPolicy LVB_2017 = new CallbackRetryPolicy(3, Duration.ofSeconds(3),
            Duration.ofSeconds(5));

    /**
     * Rejects a negative retry count or interval and a timeout that is not positive.
     *
     * @param retries how many times to re-send after the first attempt, 0 or more
     * @param interval the pause between attempts, not negative
     * @param timeout how long one attempt may take before it counts as failed, positive
     */
    public CallbackRetryPolicy {
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(timeout, "timeout");
        if (retries < 0) {
            throw new IllegalArgumentException("retries must not be negative, got " + retries);
        }
        if (interval.isNegative()) {
            throw new IllegalArgumentException("interval must not be negative, got " + interval);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, got " + timeout);
        }
    }

    /**
     * @param retries re-sends after the first attempt
     * @param interval pause between attempts
     * @return a policy with a 5 second attempt timeout
     */
    public static CallbackRetryPolicy of(int retries, Duration interval) {
        return new CallbackRetryPolicy(retries, interval, LVB_2017.timeout());
    }

    /** @return a policy that sends each notification once */
    public static CallbackRetryPolicy noRetries() {
        return of(0, Duration.ZERO);
    }

    /** @return the largest number of attempts per notification */
    public int maxAttempts() {
        return retries + 1;
    }
}
