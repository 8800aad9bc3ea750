package dev.lvb.callback.internal;

import java.lang.annotation.Annotation;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.jboss.logging.Logger;

import dev.lvb.callback.LvbReplay;
import dev.lvb.core.event.LvbEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.ObserverMethod;
import jakarta.inject.Inject;

/**
 * Delivers verified events to the application as CDI events, synchronously: every {@code @Observes} method of
 * the event's type (for example {@code StreamBeginEvent}) and of {@link LvbEvent} runs before LVB is answered, and
 * an exception from one of them propagates, so that the notification is answered with an error and retried.
 * {@code @ObservesAsync} observers are notified too (after the answer, without influencing it).
 * <p>
 * {@code fireAsync} is only called for event types that have an {@code @ObservesAsync} observer: the container may
 * otherwise hand a task that notifies nobody to its worker pool for every notification (ArC does).
 */
@ApplicationScoped
public class LvbEventDispatcher implements Consumer<LvbEvent> {

    private static final Logger LOG = Logger.getLogger(LvbEventDispatcher.class);

    private final Event<LvbEvent> events;
    private final BeanManager beans;
    /** The qualifiers the events carry, for finding their asynchronous observers. */
    private final Annotation[] qualifiers;
    /** Event class -> whether an asynchronous observer receives it. Observers are fixed once the container runs. */
    private final Map<Class<?>, Boolean> firesAsync = new ConcurrentHashMap<>();

    /** For the container's proxy. */
    protected LvbEventDispatcher() {
        this.events = null;
        this.beans = null;
        this.qualifiers = null;
    }

    /**
     * @param events the container's event source
     * @param beans the container, asked once per event type whether an {@code @ObservesAsync} observer exists
     */
    @Inject
    public LvbEventDispatcher(Event<LvbEvent> events, BeanManager beans) {
        this.events = Objects.requireNonNull(events, "events");
        this.beans = Objects.requireNonNull(beans, "beans");
        this.qualifiers = new Annotation[] { Default.Literal.INSTANCE, Any.Literal.INSTANCE };
    }

    /**
     * A dispatcher whose events carry a qualifier (the Quarkus extension's named accounts): observers with that
     * qualifier and unqualified observers receive them, {@code @Default} observers do not.
     *
     * @param events the container's event source
     * @param beans the container
     * @param qualifier the qualifier of every event fired
     */
    public LvbEventDispatcher(Event<LvbEvent> events, BeanManager beans, Annotation qualifier) {
        this.events = Objects.requireNonNull(events, "events").select(Objects.requireNonNull(qualifier, "qualifier"));
        this.beans = Objects.requireNonNull(beans, "beans");
        this.qualifiers = new Annotation[] { qualifier, Any.Literal.INSTANCE };
    }

    /**
     * Fires the event to synchronous observers (and starts the asynchronous ones).
     *
     * @param event a verified event
     */
    @Override
    public void accept(LvbEvent event) {
        events.fire(event);
        Boolean async = firesAsync.get(event.getClass());
        if (async == null) {
            async = asyncWanted(event); // threads racing here get the same answer
            firesAsync.put(event.getClass(), async);
        }
        if (async) {
            events.fireAsync(event).whenComplete((e, failure) -> {
                if (failure != null) {
                    LOG.warnf(failure, "an @ObservesAsync observer of LVB event_type %d failed; LVB was already"
                            + " answered and will not retry", event.eventType());
                }
            });
        }
    }

    /**
     * Fires a replayed event ({@link LvbReplay}) to the synchronous observers, and to the asynchronous ones when the
     * event type has any.
     *
     * @param event a verified event that a developer replayed
     */
    public void replay(LvbEvent event) {
        Event<LvbEvent> replays = events.select(LvbReplay.Literal.INSTANCE);
        replays.fire(event);
        Boolean async = firesAsync.get(event.getClass());
        if (async == null || async) {
            replays.fireAsync(event).whenComplete((e, failure) -> {
                if (failure != null) {
                    LOG.warnf(failure, "an @ObservesAsync observer of a replayed LVB event_type %d failed",
                            event.eventType());
                }
            });
        }
    }

    /** @return whether to fire {@code event}'s class asynchronously too: yes when in doubt, as before */
    private boolean asyncWanted(LvbEvent event) {
        try {
            return hasAsyncObserver(beans, event, qualifiers);
        } catch (RuntimeException e) {
            LOG.debugf("could not tell whether @ObservesAsync observers of %s exist (%s); firing asynchronously too",
                    event.getClass().getName(), e);
            return true;
        }
    }

    /**
     * @return whether an {@code @ObservesAsync} observer receives {@code event} fired by an unqualified
     *         {@code Event<LvbEvent>} (whose events carry {@code @Default} and {@code @Any})
     */
    static boolean hasAsyncObserver(BeanManager beans, LvbEvent event) {
        return hasAsyncObserver(beans, event, Default.Literal.INSTANCE, Any.Literal.INSTANCE);
    }

    private static boolean hasAsyncObserver(BeanManager beans, LvbEvent event, Annotation... qualifiers) {
        for (ObserverMethod<?> observer : beans.resolveObserverMethods(event, qualifiers)) {
            if (observer.isAsync()) {
                return true;
            }
        }
        return false;
    }
}
