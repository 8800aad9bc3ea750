package dev.lvb.callback;

import java.util.Objects;

import dev.lvb.core.event.LvbEvent;

/**
 * What happened to one notification, for {@link LvbCallbackListener}s.
 *
 * @param eventType LVB's {@code event_type} when the notification was verified and parsed, else {@code null} (a
 *        rejected notification's claims are not reported)
 * @param outcome what the receiver did
 * @param status the HTTP status LVB was answered
 * @param reason the short reason of a non-200 answer (never a key, a signature or the body), {@code null} on success
 * @param event the verified event when there is one ({@link LvbNotificationOutcome#ACCEPTED}, {@code DUPLICATE},
 *        {@code IN_PROGRESS}, {@code FAILED}, and {@code UNAVAILABLE} when the dedupe store failed), else {@code null}
 */
public record LvbNotificationReport(Integer eventType, LvbNotificationOutcome outcome, int status, String reason,
        LvbEvent event) {

    /** Checks the outcome is given. */
    public LvbNotificationReport {
        Objects.requireNonNull(outcome, "outcome");
    }

    /** @return the stream of the verified event, or {@code null} */
    public String streamId() {
        return event == null ? null : event.streamId();
    }
}
