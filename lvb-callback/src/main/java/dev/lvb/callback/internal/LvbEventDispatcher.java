package dev.lvb.callback.internal;

import java.util.Objects;
import java.util.function.Consumer;

import org.jboss.logging.Logger;

import dev.lvb.core.event.LvbEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * Delivers verified events to the application as CDI events, synchronously: every {@code @Observes} method of
 * the event's type (for example {@code StreamBeginEvent}) and of {@link LvbEvent} runs before LVB is answered, and
 * an exception from one of them propagates, so that the notification is answered with an error and retried.
 * {@code @ObservesAsync} observers are notified too (after the answer, without influencing it).
 */
@ApplicationScoped
public class LvbEventDispatcher implements Consumer<LvbEvent> {

    private static final Logger LOG = Logger.getLogger(LvbEventDispatcher.class);

    private final Event<LvbEvent> events;

    /** For the container's proxy. */
    protected LvbEventDispatcher() {
        this.events = null;
    }

    /**
     * @param events the container's event source
     */
    @Inject
    public LvbEventDispatcher(Event<LvbEvent> events) {
        this.events = Objects.requireNonNull(events, "events");
    }

    /**
     * Fires the event to synchronous observers (and starts the asynchronous ones).
     *
     * @param event a verified event
     */
    @Override
    public void accept(LvbEvent event) {
        events.fire(event);
        events.fireAsync(event).whenComplete((e, failure) -> {
            if (failure != null) {
                LOG.warnf(failure, "an @ObservesAsync observer of LVB event_type %d failed; LVB was already answered"
                        + " and will not retry", event.eventType());
            }
        });
    }
}
