package dev.lvb.simulator;

/**
 * What happened to a simulated push.
 *
 * @param outcome started, or why not
 * @param streamId the stream
 * @param sequence the push session's {@code sequence} (shared by its begin and end notifications), {@code null}
 *        when refused
 * @param reason a human-readable explanation of a refusal, {@code null} when started
 */
public record PushResult(Outcome outcome, String streamId, String sequence, String reason) {

    /** Whether and why a push started. */
    public enum Outcome {
        /** The push is live now. */
        STARTED,
        /** The stream was already being pushed; nothing changed. */
        ALREADY_LIVE,
        /** Live_Channel_SetStatus disabled the stream (status 0). */
        DISABLED,
        /** channel_manager forbade pushes until a time that has not come yet. */
        FORBIDDEN,
        /** A push key is configured and the push's {@code txSecret} is missing or wrong. */
        UNAUTHORIZED,
        /** A push key is configured and the push's {@code txTime} (plus the allowed delta) has passed. */
        EXPIRED
    }

    /** @return whether the push started */
    public boolean accepted() {
        return outcome == Outcome.STARTED;
    }
}
