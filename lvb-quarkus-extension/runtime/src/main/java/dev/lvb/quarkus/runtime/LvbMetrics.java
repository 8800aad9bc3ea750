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
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.EventMetadata;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * Micrometer metrics of LVB, registered by the extension when {@code quarkus-micrometer} is present and
 * {@code quarkus.lvb.metrics.enabled} is {@code true} (the default): the timer {@value #CALLS} (tags
 * {@code interface}, {@code outcome}, {@code account}) and the counter {@value #NOTIFICATIONS} (tags
 * {@code event_type}, {@code outcome}, {@code key}, {@code account}). Tag values are bounded: nothing a sender
 * controls becomes one. Every tag value: the observability page of the documentation.
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
    /** The default account's timers, interface x outcome; the registry returns the same meter for the same id. */
    private final AccountTimers defaultTimers;
    private final Map<String, AccountTimers> namedTimers = new ConcurrentHashMap<>();
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    /** @param registry where the meters go */
    @Inject
    public LvbMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.defaultTimers = new AccountTimers(LvbAccountNames.DEFAULT);
    }

    @Override
    public void onCall(LvbInterface api, Duration duration, Throwable failure) {
        defaultTimers.onCall(api, duration, failure);
    }

    /**
     * @param account a named account
     * @return the listener of that account's calls (timers tagged {@code account=<name>})
     */
    LvbCallListener forAccount(String account) {
        return namedTimers.computeIfAbsent(account, AccountTimers::new);
    }

    /** @param report one notification the default account's callback endpoint received */
    public void onNotification(LvbNotificationReport report) {
        onNotification(report, null);
    }

    /**
     * @param report one notification a callback endpoint received (a CDI event)
     * @param metadata its qualifiers: {@code @LvbAccount("<name>")} for a named account's endpoint
     */
    public void onNotification(@Observes LvbNotificationReport report, EventMetadata metadata) {
        String account = LvbAccountNames.tag(LvbAccountNames.of(metadata));
        String eventType = eventTypeTag(report);
        String outcome = report.outcome().tag();
        String key = report.keyTag();
        counters.computeIfAbsent(account + '|' + eventType + '|' + outcome + '|' + key,
                k -> Counter.builder(NOTIFICATIONS).description("LVB event notifications received")
                        .tag("account", account).tag("event_type", eventType).tag("outcome", outcome)
                        .tag("key", key).register(registry))
                .increment();
    }

    /** The call timers of one account. */
    private final class AccountTimers implements LvbCallListener {
        private final String account;
        private final AtomicReferenceArray<Timer> timers = new AtomicReferenceArray<>(
                LvbInterface.values().length * OUTCOMES);

        AccountTimers(String account) {
            this.account = account;
        }

        @Override
        public void onCall(LvbInterface api, Duration duration, Throwable failure) {
            LvbCallOutcome outcome = LvbCallOutcome.of(failure);
            int index = api.ordinal() * OUTCOMES + outcome.ordinal();
            Timer timer = timers.get(index);
            if (timer == null) {
                timer = Timer.builder(CALLS).description("LVB API calls").tag("account", account)
                        .tag("interface", api.wireName()).tag("outcome", outcome.tag()).register(registry);
                timers.set(index, timer);
            }
            timer.record(duration);
        }
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
