package dev.lvb.quarkus.runtime;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

import dev.lvb.callback.LvbNotificationReport;
import dev.lvb.client.LvbCallListener;
import dev.lvb.client.LvbCallOutcome;
import dev.lvb.core.LvbInterface;
import dev.lvb.core.event.LvbEvents;
import dev.lvb.core.event.UnknownEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Inject;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Micrometer metrics of LVB, registered by the extension when {@code quarkus-micrometer} is present and
 * {@code quarkus.lvb.metrics.enabled} is {@code true} (the default): the timer {@value #CALLS} (tags
 * {@code interface}, {@code outcome}) and the counter {@value #NOTIFICATIONS} (tags {@code event_type},
 * {@code outcome}, {@code key}). Tag values are bounded: nothing a sender controls becomes one. Every tag value:
 * the observability page of the documentation.
 */
@Singleton
public class LvbMetrics implements LvbCallListener {

    /** Name of the timer of API calls. */
    public static final String CALLS = "lvb.client.calls";

    /** Name of the counter of notifications. */
    public static final String NOTIFICATIONS = "lvb.callback.notifications";

    static final String UNKNOWN_EVENT_TYPE = "unknown";
    static final String OTHER_EVENT_TYPE = "other";

    private static final int OUTCOMES = LvbCallOutcome.values().length;

    private final MeterRegistry registry;
    /** interface x outcome; the registry returns the same meter for the same id, so a lost race is harmless. */
    private final AtomicReferenceArray<Timer> timers = new AtomicReferenceArray<>(
            LvbInterface.values().length * OUTCOMES);
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    /** @param registry where the meters go */
    @Inject
    public LvbMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void onCall(LvbInterface api, Duration duration, Throwable failure) {
        LvbCallOutcome outcome = LvbCallOutcome.of(failure);
        int index = api.ordinal() * OUTCOMES + outcome.ordinal();
        Timer timer = timers.get(index);
        if (timer == null) {
            timer = Timer.builder(CALLS).description("LVB API calls")
                    .tag("interface", api.wireName()).tag("outcome", outcome.tag()).register(registry);
            timers.set(index, timer);
        }
        timer.record(duration);
    }

    /** @param report one notification the callback endpoint received (a CDI event) */
    public void onNotification(@Observes LvbNotificationReport report) {
        String eventType = eventTypeTag(report);
        String outcome = report.outcome().tag();
        String key = report.keyTag();
        counters.computeIfAbsent(eventType + '|' + outcome + '|' + key,
                k -> Counter.builder(NOTIFICATIONS).description("LVB event notifications received")
                        .tag("event_type", eventType).tag("outcome", outcome).tag("key", key).register(registry))
                .increment();
    }

    static String eventTypeTag(LvbNotificationReport report) {
        Integer type = report.eventType();
        if (type == null) {
            return UNKNOWN_EVENT_TYPE;
        }
        if (report.event() instanceof UnknownEvent || LvbEvents.typeOf(type) == UnknownEvent.class) {
            return OTHER_EVENT_TYPE;
        }
        return type.toString();
    }
}
