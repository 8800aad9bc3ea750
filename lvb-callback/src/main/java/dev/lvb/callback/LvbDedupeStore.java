package dev.lvb.callback;

import java.time.Duration;

/**
 * Remembers which LVB notifications were already delivered, so that LVB's retries and re-sends reach the
 * application's observers once. The receiver calls it with a key that identifies an event independently of its
 * {@code t} and {@code sign} (a SHA-256 of the canonical JSON without them, 64 hex characters):
 * <ol>
 * <li>{@link #tryClaim(String, Duration)} before delivering. {@link Claim#NEW}: this delivery owns the event and
 * the observers are called. {@link Claim#DUPLICATE}: already delivered within the window; LVB gets
 * {@code {"code":0}} and the observers are not called. {@link Claim#IN_PROGRESS}: another delivery of the same
 * event is running right now; LVB gets HTTP 409 and retries later, so nothing is lost.</li>
 * <li>{@link #complete(String, Duration)} after the observers succeeded: the event counts as seen for the
 * window.</li>
 * <li>{@link #release(String)} after an observer failed: the claim is forgotten, so LVB's retry is delivered.</li>
 * </ol>
 * An implementation must be thread-safe, and {@code tryClaim} must be atomic: of concurrent claims of one key
 * exactly one may be {@code NEW}. A claim that is neither completed nor released (the process died) should
 * expire after the window, so that a crashed node does not block an event for ever.
 * <p>
 * The default is {@link InMemoryLvbDedupeStore} (per process). Several instances behind a load balancer need a
 * shared store: provide your own CDI bean of this type, annotated {@code @Alternative @Priority(1)} (see the
 * package documentation).
 */
public interface LvbDedupeStore {

    /** The result of {@link #tryClaim(String, Duration)}. */
    enum Claim {
        /** Not seen: deliver it, then {@link #complete(String, Duration)} or {@link #release(String)}. */
        NEW,
        /** Delivered within the window: acknowledge without delivering. */
        DUPLICATE,
        /** Being delivered by a concurrent request: ask LVB to retry later. */
        IN_PROGRESS
    }

    /**
     * Atomically claims an event for delivery.
     *
     * @param key identifies the event (64 hex characters)
     * @param window how long the claim and, once completed, the "seen" mark last; positive
     * @return whether to deliver
     */
    Claim tryClaim(String key, Duration window);

    /**
     * Marks a claimed event as delivered: claims of the same key return {@link Claim#DUPLICATE} for the window.
     *
     * @param key the key passed to {@link #tryClaim(String, Duration)}
     * @param window how long to remember it, counted from now
     */
    void complete(String key, Duration window);

    /**
     * Forgets a claim whose delivery failed, so the next delivery of the event is {@link Claim#NEW}. Does nothing
     * when the key is not claimed or already completed.
     *
     * @param key the key passed to {@link #tryClaim(String, Duration)}
     */
    void release(String key);
}
