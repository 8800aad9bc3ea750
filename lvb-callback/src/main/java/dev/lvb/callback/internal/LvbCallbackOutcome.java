package dev.lvb.callback.internal;

import java.util.Objects;

import dev.lvb.callback.LvbNotificationOutcome;
import dev.lvb.callback.LvbNotificationReport;
import dev.lvb.core.event.LvbEvent;
import dev.lvb.core.internal.LvbJson;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * What the receiver did with one notification and what LVB is answered.
 *
 * @param status the HTTP status
 * @param kind what happened (for logs, metrics and listeners: the public outcome itself)
 * @param message a short reason for a non-200 answer, never containing a key, a signature or the body; {@code null}
 *        on success
 * @param event the delivered event ({@link LvbNotificationOutcome#ACCEPTED}), the event that failed ({@link LvbNotificationOutcome#FAILED}) or was a
 *        duplicate, else {@code null}
 * @param previousKey whether the signature matched a previous callback key (rotation), not the current one
 */
public record LvbCallbackOutcome(int status, LvbNotificationOutcome kind, String message, LvbEvent event,
        boolean previousKey) {

    private static final String ACKNOWLEDGED = "{\"code\":0}";

    /** An outcome of a notification not verified with a previous callback key. */
    public LvbCallbackOutcome(int status, LvbNotificationOutcome kind, String message, LvbEvent event) {
        this(status, kind, message, event, false);
    }

    /** @return this outcome, marked as verified with a previous callback key */
    LvbCallbackOutcome verifiedWithPreviousKey() {
        return new LvbCallbackOutcome(status, kind, message, event, true);
    }

    /** Checks the kind is given. */
    public LvbCallbackOutcome {
        Objects.requireNonNull(kind, "kind");
    }

    /** @return whether LVB is told the notification was received (HTTP 200, code 0) */
    public boolean acknowledged() {
        return status == 200;
    }

    /** @return {@code 0} on success, else the HTTP status */
    public int code() {
        return acknowledged() ? 0 : status;
    }

    /** @return the JSON answer: {@code {"code":0}} or {@code {"code":<status>,"message":"<reason>"}} */
    public JsonObject answer() {
        JsonObjectBuilder b = LvbJson.provider().createObjectBuilder().add("code", code());
        if (!acknowledged() && message != null) {
            b.add("message", message);
        }
        return b.build();
    }

    /** @return {@link #answer()} as text */
    public String answerJson() {
        // The acknowledgement is the answer to nearly every notification: no JSON object to build and print.
        return acknowledged() ? ACKNOWLEDGED : answer().toString();
    }

    /** @return this outcome as public API, for {@link dev.lvb.callback.LvbCallbackListener}s */
    public LvbNotificationReport report() {
        return new LvbNotificationReport(event == null ? null : event.eventType(),
                kind, status, acknowledged() ? null : message, event, previousKey);
    }

    static LvbCallbackOutcome of(int status, LvbNotificationOutcome kind, String message) {
        return new LvbCallbackOutcome(status, kind, message, null);
    }
}
