package dev.lvb.quarkus.runtime;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReferenceArray;

import dev.lvb.client.LvbCallOutcome;
import dev.lvb.client.cloud.LvbCloudCallListener;
import dev.lvb.core.cloud.LvbCloudAction;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * Micrometer timer {@value #CALLS} of the Cloud API 3.0 client, registered with {@code LvbMetrics} (same conditions:
 * {@code quarkus-micrometer} present, {@code quarkus.lvb.metrics.enabled=true}): every call made through
 * {@code LvbCloudApi}, blocking or {@code Uni}, tagged {@code action} ({@code X-TC-Action}, such as
 * {@code DescribeLiveStreamState}) and {@code outcome} ({@link LvbCallOutcome#tag()}: {@code success},
 * {@code cloud_error}, {@code http_error}, {@code protocol_error}, {@code transport_error}, {@code timeout},
 * {@code configuration_error}, {@code other}). In Prometheus: {@code lvb_cloud_calls_seconds_count}, {@code _sum},
 * {@code _max}. Tag values are bounded enums: nothing of a request or a credential becomes a tag.
 */
@Singleton
public class LvbCloudMetrics implements LvbCloudCallListener {

    /** Name of the timer of Cloud API calls. */
    public static final String CALLS = "lvb.cloud.calls";

    private static final int OUTCOMES = LvbCallOutcome.values().length;

    private final MeterRegistry registry;
    /** action x outcome; the registry returns the same meter for the same id, so a lost race is harmless. */
    private final AtomicReferenceArray<Timer> timers = new AtomicReferenceArray<>(
            LvbCloudAction.values().length * OUTCOMES);

    /** @param registry where the meters go */
    @Inject
    public LvbCloudMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void onCall(LvbCloudAction action, Duration duration, Throwable failure) {
        LvbCallOutcome outcome = LvbCallOutcome.of(failure);
        int index = action.ordinal() * OUTCOMES + outcome.ordinal();
        Timer timer = timers.get(index);
        if (timer == null) {
            timer = Timer.builder(CALLS).description("LVB Cloud API 3.0 calls")
                    .tag("action", action.wireName()).tag("outcome", outcome.tag()).register(registry);
            timers.set(index, timer);
        }
        timer.record(duration);
    }
}
