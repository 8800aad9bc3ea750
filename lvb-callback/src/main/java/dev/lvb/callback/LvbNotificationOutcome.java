package dev.lvb.callback;

import java.util.Locale;

/**
 * What the receiver did with one notification ({@link LvbNotificationReport#outcome()}).
 */
public enum LvbNotificationOutcome {
    /** Verified, parsed and delivered to the observers: 200. */
    ACCEPTED,
    /** Verified and parsed, but already delivered within the dedupe window: 200 without delivery. */
    DUPLICATE,
    /** The same event is being delivered by a concurrent request: 409, LVB retries. */
    IN_PROGRESS,
    /** The body is larger than the limit: 413. */
    REJECTED_TOO_LARGE,
    /** Empty, not JSON, not an object, nested too deeply, no or bad {@code event_type}, wrong field types: 400. */
    REJECTED_MALFORMED,
    /** {@code t} or {@code sign} missing, {@code t} not a decimal time, {@code sign} wrong: 401. */
    REJECTED_SIGNATURE,
    /** {@code t} expired or too far in the future: 403. */
    REJECTED_EXPIRED,
    /** An observer threw: 500, LVB retries. */
    FAILED,
    /** The receiver could not check or record the event (no credentials, dedupe store down): 503. */
    UNAVAILABLE;

    private final String tag = name().toLowerCase(Locale.ROOT);

    /** @return the lower-case name, as a metric tag value ({@code accepted}, {@code rejected_signature}...) */
    public String tag() {
        return tag;
    }

    /** @return whether LVB was told the notification was received (HTTP 200) */
    public boolean acknowledged() {
        return this == ACCEPTED || this == DUPLICATE;
    }
}
