package dev.lvb.callback;

import java.time.Duration;

/**
 * Remembers which LVB notifications were already delivered, so that LVB's retries and re-sends reach the
 * application's observers once, also across instances when the store is shared. The receiver calls it with a key
 * that identifies an event independently of its {@code t} and {@code sign} (a SHA-256 of the canonical JSON without
 * them, 64 hex characters) and an owner token unique to one delivery attempt:
 * <ol>
 * <li>{@link #tryClaim(String, String, Duration)} before delivering. {@link Claim#NEW}: this attempt owns the event
 * for the <em>lease</em> and the observers are called. {@link Claim#DUPLICATE}: already delivered within the
 * window; LVB gets {@code {"code":0}} and the observers are not called. {@link Claim#IN_PROGRESS}: another attempt
 * holds the event right now; LVB gets HTTP 409 and retries later, so nothing is lost.</li>
 * <li>{@link #renew(String, String, Duration)} while the observers still run, every third of the lease: a slow
 * observer keeps its claim, so no second copy is delivered concurrently.</li>
 * <li>{@link #complete(String, String, Duration)} after the observers succeeded: the event counts as seen for the
 * <em>window</em>.</li>
 * <li>{@link #release(String, String)} after an observer failed: the claim is forgotten, so LVB's retry is
 * delivered.</li>
 * </ol>
 * Two durations, on purpose:
 * <ul>
 * <li>the <b>lease</b> ({@code callback.dedupe-lease}, default {@link LvbCallbackSettings#DEFAULT_DEDUPE_LEASE}):
 * how long a claim lives without renewal. A claim that is neither completed nor released (its instance died in the
 * middle of a delivery) expires after the lease, which is shorter than LVB's retry interval (a minute), so LVB's
 * next retry is delivered by whichever instance receives it;</li>
 * <li>the <b>window</b> ({@code callback.dedupe-window}, default {@link LvbCallbackSettings#DEFAULT_DEDUPE_WINDOW}):
 * how long a delivered event is remembered, longer than LVB's retries (about 12 minutes).</li>
 * </ul>
 * An implementation must be thread-safe, {@code tryClaim} must be atomic (of concurrent claims of one key exactly
 * one is {@code NEW}), and {@code renew} and {@code release} must act only on a claim held by the given owner (the
 * comparison atomic with the change): an attempt whose lease ran out must not extend or drop the claim of the attempt
 * that took over.
 * <p>
 * The default is {@link InMemoryLvbDedupeStore} (per process). Several instances behind a load balancer need a
 * shared store: the Quarkus extension ships one on Redis ({@code quarkus.lvb.callback.dedupe-store=redis}); or
 * provide your own CDI bean of this type, annotated {@code @Alternative @Priority(1)} (see the package
 * documentation).
 */
public interface LvbDedupeStore {

    /** The result of {@link #tryClaim(String, String, Duration)}. */
    enum Claim {
        /** Not seen and not claimed: deliver it, then complete or release it. */
        NEW,
        /** Delivered within the window: acknowledge without delivering. */
        DUPLICATE,
        /** Claimed by another attempt whose lease runs: ask LVB to retry later. */
        IN_PROGRESS
    }

    /**
     * Atomically claims an event for delivery.
     *
     * @param key identifies the event (64 hex characters)
     * @param owner identifies this delivery attempt (unique, not secret)
     * @param lease how long the claim lives unless renewed, completed or released; positive
     * @return whether to deliver
     */
    Claim tryClaim(String key, String owner, Duration lease);

    /**
     * Extends a claim this owner still holds to {@code lease} from now.
     *
     * @param key the key passed to {@link #tryClaim(String, String, Duration)}
     * @param owner the owner passed there
     * @param lease the new remaining lifetime; positive
     * @return {@code false} when the owner no longer holds the claim (it expired, was taken over, or was completed)
     */
    boolean renew(String key, String owner, Duration lease);

    /**
     * Marks a claimed event as delivered: claims of the same key return {@link Claim#DUPLICATE} for the window.
     * Records the event even when the owner's lease ran out meanwhile: it was delivered.
     *
     * @param key the key passed to {@link #tryClaim(String, String, Duration)}
     * @param owner the owner passed there
     * @param window how long to remember it, counted from now; positive
     */
    void complete(String key, String owner, Duration window);

    /**
     * Forgets a claim whose delivery failed, so the next delivery of the event is {@link Claim#NEW}. Does nothing
     * when the key is not claimed by this owner (expired, claimed by another attempt, or completed).
     *
     * @param key the key passed to {@link #tryClaim(String, String, Duration)}
     * @param owner the owner passed there
     */
    void release(String key, String owner);
}
