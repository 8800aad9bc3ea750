package dev.lvb.itmessaging;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;

import dev.lvb.core.event.LvbEvent;
import dev.lvb.core.event.LvbEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The recipe: forwards every verified, de-duplicated LVB event to the {@code lvb-events} channel as its JSON (without
 * {@code t} and {@code sign}), and returns only once the channel acknowledged the message (with Kafka: the broker
 * stored it). A synchronous observer, so LVB's answer waits for it: a refusal (nack) or no acknowledgement in time
 * makes the observer fail, LVB gets 500, and its retry forwards the event again. Consumers of the channel still see
 * an event twice in rare cases (stored by the broker, but acknowledged after the timeout, or the instance died before
 * recording the delivery): make them idempotent, for example on the event's stream id, type and time.
 */
@ApplicationScoped
public class LvbEventForwarder {

    /** Well below the ~20 s LVB waits for an answer. */
    static final Duration ACCEPT_TIMEOUT = Duration.ofSeconds(10);

    private final Emitter<String> emitter;
    private final Duration acceptTimeout;

    /**
     * @param emitter the channel
     */
    @Inject
    public LvbEventForwarder(@Channel("lvb-events") Emitter<String> emitter) {
        this(emitter, ACCEPT_TIMEOUT);
    }

    LvbEventForwarder(Emitter<String> emitter, Duration acceptTimeout) {
        this.emitter = emitter;
        this.acceptTimeout = acceptTimeout;
    }

    void forward(@Observes LvbEvent event) throws InterruptedException, TimeoutException {
        try {
            emitter.send(LvbEvents.toJson(event).toString()).toCompletableFuture()
                    .get(acceptTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the lvb-events channel refused the event", e.getCause());
        }
    }
}
