package dev.lvb.callback;

import java.util.Objects;

import dev.lvb.core.event.LvbEvent;

/**
 * What happened to one notification: fired as a CDI event after each notification, accepted or not, to synchronous
 * observers ({@code void on(@Observes LvbNotificationReport report)}) before LVB is answered; keep them short. An
 * observer that throws is logged at DEBUG and changes nothing.
 *
 * @param eventType LVB's {@code event_type} when the notification was verified and parsed, else {@code null} (a
 *        rejected notification's claims are not reported)
 * @param outcome what the receiver did
 * @param status the HTTP status LVB was answered
 * @param reason the short reason of a non-200 answer (never a key, a signature or the body), {@code null} on success
 * @param event the verified event when there is one ({@link LvbNotificationOutcome#ACCEPTED}, {@code DUPLICATE},
 *        {@code IN_PROGRESS}, {@code FAILED}, and {@code UNAVAILABLE} when the dedupe store failed), else {@code null}
 * @param previousKey whether the signature matched a previous callback key (rotation), not the current one
 */
public record LvbNotificationReport(Integer eventType, LvbNotificationOutcome outcome, int status, String reason,
        LvbEvent event, boolean previousKey) {

    /**
     * A report of a notification not verified with a previous callback key.
     *
     * @param eventType LVB's {@code event_type} when the notification was verified and parsed, else {@code null} (a
     *         rejected notification's claims are not reported)
     * @param outcome what the receiver did
     * @param status the HTTP status LVB was answered
     * @param reason the short reason of a non-200 answer (never a key, a signature or the body), {@code null} on
     *         success
     * @param event the verified event when there is one ({@link LvbNotificationOutcome#ACCEPTED}, {@code DUPLICATE},
     *         {@code IN_PROGRESS}, {@code FAILED}, and {@code UNAVAILABLE} when the dedupe store failed), else
     *         {@code null}
     */
    public LvbNotificationReport(Integer eventType, LvbNotificationOutcome outcome, int status, String reason,
            LvbEvent event) {
        this(eventType, outcome, status, reason, event, false);
    }

    /**
     * @return {@code "previous"} when the signature matched one of
     *         {@link dev.lvb.core.LvbCredentialsProvider#previousCallbackKeys()}, else {@code "current"} (also when
     *         nothing was verified); a bounded metrics tag that names no key
     */
    public String keyTag() {
        return previousKey ? "previous" : "current";
    }

    /**
     * Checks the outcome is given.
     *
     * @param eventType LVB's {@code event_type} when the notification was verified and parsed, else {@code null} (a
     *         rejected notification's claims are not reported)
     * @param outcome what the receiver did
     * @param status the HTTP status LVB was answered
     * @param reason the short reason of a non-200 answer (never a key, a signature or the body), {@code null} on
     *         success
     * @param event the verified event when there is one ({@link LvbNotificationOutcome#ACCEPTED}, {@code DUPLICATE},
     *         {@code IN_PROGRESS}, {@code FAILED}, and {@code UNAVAILABLE} when the dedupe store failed), else
     *         {@code null}
     * @param previousKey whether the signature matched a previous callback key (rotation), not the current one
     */
    public LvbNotificationReport {
        Objects.requireNonNull(outcome, "outcome");
    }

    /** @return the stream of the verified event, or {@code null} */
    public String streamId() {
        return event == null ? null : event.streamId();
    }
}
