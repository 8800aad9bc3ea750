package dev.lvb.core;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Produces the {@code t} and {@code sign} of outgoing calls: {@code t = now + validity} (LVB's {@code t} is an
 * <em>expiry</em> time, not a timestamp) and {@code sign = md5(key + t)}.
 * <p>
 * The key is passed per call so that a rotated key takes effect on the next request; the signer itself holds
 * no secret.
 */
public final class LvbSigner {

    /** The validity of LVB's documented example: requests expire one minute after they are signed. */
    public static final Duration DEFAULT_VALIDITY = Duration.ofSeconds(60);

    private final Clock clock;
    private final long validitySeconds;

    /**
     * @param clock the clock that tells "now"
     * @param validity how long a signed request stays valid; at least one second
     */
    public LvbSigner(Clock clock, Duration validity) {
        this.clock = Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(validity, "validity");
        if (validity.getSeconds() < 1) {
            throw new IllegalArgumentException("signature validity must be at least 1 second, got " + validity);
        }
        this.validitySeconds = validity.getSeconds();
    }

    /**
     * A signer with the system UTC clock and {@link #DEFAULT_VALIDITY}.
     *
     * @return the signer
     */
    public static LvbSigner defaults() {
        return new LvbSigner(Clock.systemUTC(), DEFAULT_VALIDITY);
    }

    /**
     * Signs with {@code t = now + validity}.
     *
     * @param key the API key (or callback key when producing notifications)
     * @return the pair to put on the wire
     */
    public LvbSignedTime sign(String key) {
        long t = clock.instant().getEpochSecond() + validitySeconds;
        return new LvbSignedTime(t, LvbSignature.sign(key, t));
    }

    /** @return the validity this signer adds to "now" */
    public Duration validity() {
        return Duration.ofSeconds(validitySeconds);
    }

    /** @return the clock this signer reads */
    public Clock clock() {
        return clock;
    }
}
