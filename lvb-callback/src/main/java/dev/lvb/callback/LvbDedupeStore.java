package dev.lvb.callback;

import java.time.Duration;

/**
 * Remembers which LVB notifications were already delivered, so that retries and re-sends reach the observers once,
 * also across instances when the store is shared. Per notification the receiver calls {@link #tryClaim} (with a
 * key independent of {@code t} and {@code sign}, 64 hex characters, and an owner token unique to the attempt), then
 * {@link #renew} every third of the lease while the observers run, and {@link #complete} on success or
 * {@link #release} on failure.
 * <p>
 * An implementation must be thread-safe, {@code tryClaim} atomic (of concurrent claims of one key exactly one is
 * {@code NEW}), and {@code renew} and {@code release} must act only on a claim the given owner holds. The lease, the
 * window, the Redis store and your own store: the "Duplicates" section of the notifications page of the
 * documentation. The default is {@link InMemoryLvbDedupeStore} (per process).
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
