package dev.lvb.core.url;

import java.time.Instant;

/** What {@link LvbUrlVerifier} found about a push or play URL. */
public sealed interface LvbUrlVerification {

    /** @return whether the URL may be used */
    default boolean valid() {
        return this instanceof Valid;
    }

    /**
     * Signed with a configured key and not expired.
     *
     * @param streamName the signed stream name
     * @param expiry {@code txTime}
     * @param backupKey whether the backup key signed it
     */
    record Valid(String streamName, Instant expiry, boolean backupKey) implements LvbUrlVerification {
    }

    /**
     * Correctly signed, but {@code txTime} plus the allowed delta has passed.
     *
     * @param streamName the signed stream name
     * @param expiry {@code txTime}
     */
    record Expired(String streamName, Instant expiry) implements LvbUrlVerification {
    }

    /**
     * Not signed with a configured key, or not a signed URL at all.
     *
     * @param reason why, without any secret
     */
    record Forged(String reason) implements LvbUrlVerification {
    }
}
