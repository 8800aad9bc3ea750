package dev.lvb.callback.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.jboss.logging.Logger;

import dev.lvb.callback.LvbNotificationOutcome;
import dev.lvb.callback.LvbNotificationReport;
import dev.lvb.callback.LvbReplay;
import dev.lvb.core.event.LvbEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.EventContext;
import jakarta.enterprise.inject.spi.EventMetadata;
import jakarta.enterprise.inject.spi.InjectionPoint;
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
 * <p>
 * {@link #report} tells the synchronous observers of {@link LvbNotificationReport} what happened to a notification,
 * each on its own: one that throws is logged at DEBUG and neither stops the others nor changes LVB's answer.
 */
@ApplicationScoped
public class LvbEventDispatcher implements Consumer<LvbEvent> {

    private static final Logger LOG = Logger.getLogger(LvbEventDispatcher.class);

    private final Event<LvbEvent> events;
    private final BeanManager beans;
    /** The qualifiers of the events and reports fired, for finding their observers. */
    private final Set<Annotation> qualifiers;
    /** Event class -> whether an asynchronous observer receives it. Observers are fixed once the container runs. */
    private final Map<Class<?>, Boolean> firesAsync = new ConcurrentHashMap<>();

    /** The synchronous observers of reports, resolved at the first report; observers are fixed once it runs. */
    private volatile List<ObserverMethod<? super LvbNotificationReport>> reportObservers;

    /** For the container's proxy (and tests without a container: no report observers). */
    protected LvbEventDispatcher() {
        this.events = null;
        this.beans = null;
        this.qualifiers = ReportContext.DEFAULT;
    }

    /**
     * @param events the container's event source
     * @param beans the container, asked once per event type whether an {@code @ObservesAsync} observer exists
     */
    @Inject
    public LvbEventDispatcher(Event<LvbEvent> events, BeanManager beans) {
        this.events = Objects.requireNonNull(events, "events");
        this.beans = Objects.requireNonNull(beans, "beans");
        this.qualifiers = ReportContext.DEFAULT;
    }

    /**
     * A dispatcher whose events and reports carry a qualifier (the Quarkus extension's named accounts): observers
     * with that qualifier and unqualified observers receive them, {@code @Default} observers do not.
     *
     * @param events the container's event source, with no qualifier but {@code @Any}
     * @param beans the container
     * @param qualifier the qualifier of every event and report fired
     */
    public LvbEventDispatcher(Event<LvbEvent> events, BeanManager beans, Annotation qualifier) {
        this.events = Objects.requireNonNull(events, "events").select(Objects.requireNonNull(qualifier, "qualifier"));
        this.beans = Objects.requireNonNull(beans, "beans");
        this.qualifiers = Set.of(qualifier, Any.Literal.INSTANCE);
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

    /**
     * Tells every synchronous {@code @Observes LvbNotificationReport} method what happened to one notification. Each
     * observer is notified on its own, so that a failing one (logged at DEBUG) neither skips the others nor changes
     * the answer, which plain {@code Event.fire} would not guarantee.
     *
     * @param report what the receiver did
     */
    @SuppressWarnings({ "unchecked", "rawtypes" }) // an observer of a supertype takes the report as its event
    public void report(LvbNotificationReport report) {
        if (beans == null) {
            return;
        }
        EventContext<LvbNotificationReport> context = new ReportContext(report, qualifiers);
        for (ObserverMethod<? super LvbNotificationReport> observer : reportObservers()) {
            try {
                ((ObserverMethod) observer).notify(context);
            } catch (VirtualMachineError fatal) {
                throw fatal;
            } catch (Throwable e) {
                LOG.debugf(e, "an observer of LvbNotificationReport (%s) failed; the answer to LVB is unchanged",
                        observer.getBeanClass().getName());
            }
        }
    }

    private List<ObserverMethod<? super LvbNotificationReport>> reportObservers() {
        List<ObserverMethod<? super LvbNotificationReport>> known = reportObservers;
        if (known == null) {
            List<ObserverMethod<? super LvbNotificationReport>> found = new ArrayList<>();
            try {
                for (ObserverMethod<? super LvbNotificationReport> o : beans.resolveObserverMethods(
                        new LvbNotificationReport(null, LvbNotificationOutcome.ACCEPTED, 200, null, null),
                        qualifiers.toArray(Annotation[]::new))) {
                    if (!o.isAsync()) {
                        found.add(o);
                    }
                }
            } catch (RuntimeException e) {
                LOG.debugf(e, "observers of LvbNotificationReport could not be resolved; none will be told");
            }
            known = List.copyOf(found);
            reportObservers = known;
        }
        return known;
    }

    /**
     * The context an observer of a report is notified with: the report, the dispatcher's qualifiers
     * ({@code @Default @Any}, or an account's), no injection point.
     */
    private record ReportContext(LvbNotificationReport getEvent, Set<Annotation> getQualifiers)
            implements EventContext<LvbNotificationReport>, EventMetadata {

        static final Set<Annotation> DEFAULT = Set.of(Default.Literal.INSTANCE, Any.Literal.INSTANCE);

        @Override
        public EventMetadata getMetadata() {
            return this;
        }

        @Override
        public InjectionPoint getInjectionPoint() {
            return null;
        }

        @Override
        public Type getType() {
            return LvbNotificationReport.class;
        }
    }

    /** @return whether to fire {@code event}'s class asynchronously too: yes when in doubt, as before */
    private boolean asyncWanted(LvbEvent event) {
        try {
            return hasAsyncObserver(beans, event, qualifiers.toArray(Annotation[]::new));
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
