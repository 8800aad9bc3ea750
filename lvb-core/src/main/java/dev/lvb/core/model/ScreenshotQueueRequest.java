package dev.lvb.core.model;

/**
 * Parameters of Live_Queue_Get. Each call dequeues what it returns, so it must not be retried blindly.
 *
 * @param bid the queue: {@value #SCREENSHOT_QUEUE} is the screenshot queue
 * @param count how many messages, 1-100, or {@code null} (1)
 */
public record ScreenshotQueueRequest(int bid, Integer count) implements LvbRequest {

    /** The screenshot queue's {@code bid}. */
    public static final int SCREENSHOT_QUEUE = 100;

    /**
     * Rejects what LVB would refuse: an {@link dev.lvb.core.error.LvbValidationException} names the wire parameter.
     *
     * @param bid the queue: {@value #SCREENSHOT_QUEUE} is the screenshot queue
     * @param count how many messages, 1-100, or {@code null} (1)
     */
    public ScreenshotQueueRequest {
        Checks.check(bid > 0, "Param.n.bid", "must be positive");
        Checks.range("Param.n.count", count, 1, 100);
    }

    /**
     * @param count how many messages, 1-100, or {@code null} (1)
     * @return up to {@code count} screenshots from the screenshot queue
     */
    public static ScreenshotQueueRequest screenshots(int count) {
        return new ScreenshotQueueRequest(SCREENSHOT_QUEUE, count);
    }
}
