package dev.lvb.simulator;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import dev.lvb.core.event.LvbEvent;
import dev.lvb.core.event.LvbEvents;
import jakarta.json.JsonObject;

/**
 * One event notification the simulator sent (or would have sent), with every delivery attempt.
 *
 * @param id a number increasing in the order the events happened
 * @param eventType LVB's {@code event_type}: 0 end, 1 begin, 100 recording file, 200 screenshot
 * @param streamId the stream it is about
 * @param url where it was sent, {@code null} when no callback URL was set
 * @param body the signed JSON body exactly as sent (with {@code t} and {@code sign})
 * @param state where the delivery is
 * @param attempts the attempts so far, oldest first
 * @param createdAt when the event happened (the simulator's clock)
 */
public record CallbackRecord(long id, int eventType, String streamId, URI url, JsonObject body, State state,
        List<CallbackAttempt> attempts, Instant createdAt) {

    /** Where a delivery is. */
    public enum State {
        /** Waiting for an attempt or a retry. */
        PENDING,
        /** Acknowledged with HTTP 200 and {@code {"code":0}}. */
        DELIVERED,
        /** Every attempt allowed by the retry policy failed. */
        FAILED,
        /** Not sent: no callback URL was set when the event happened. */
        SKIPPED,
        /** Dropped by {@link LvbSimulator#reset()} or {@link LvbSimulator#close()} before it was delivered. */
        CANCELLED
    }

    /**
     * Keeps an unmodifiable copy of {@code attempts}.
     *
     * @param id a number increasing in the order the events happened
     * @param eventType LVB's {@code event_type}: 0 end, 1 begin, 100 recording file, 200 screenshot
     * @param streamId the stream it is about
     * @param url where it was sent, {@code null} when no callback URL was set
     * @param body the signed JSON body exactly as sent (with {@code t} and {@code sign})
     * @param state where the delivery is
     * @param attempts the attempts so far, oldest first
     * @param createdAt when the event happened (the simulator's clock)
     */
    public CallbackRecord {
        attempts = List.copyOf(attempts);
    }

    /** @return whether nothing more will happen to this notification */
    public boolean isFinished() {
        return state != State.PENDING;
    }

    /** @return the notification as a typed lvb-core event */
    public LvbEvent toEvent() {
        return LvbEvents.fromJson(body);
    }
}
