package dev.lvb.quarkus.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.lvb.callback.LvbNotificationOutcome;
import dev.lvb.callback.LvbNotificationReport;
import dev.lvb.core.LvbInterface;
import dev.lvb.core.error.LvbApiException;
import dev.lvb.core.error.LvbTransportException;
import dev.lvb.core.event.UnknownEvent;
import dev.lvb.quarkus.runtime.LvbMetrics;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** The meters themselves, on a plain registry: names, tags, bounded tag values. */
class LvbMetricsUnitTest {

    final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    final LvbMetrics metrics = new LvbMetrics(registry);

    Timer timer(String api, String outcome) {
        return registry.find(LvbMetrics.CALLS).tags("interface", api, "outcome", outcome).timer();
    }

    double count(String eventType, String outcome) {
        var c = registry.find(LvbMetrics.NOTIFICATIONS).tags("event_type", eventType, "outcome", outcome).counter();
        return c == null ? 0 : c.count();
    }

    @Test
    void callsAreTimedPerInterfaceAndOutcome() {
        metrics.onCall(LvbInterface.TAPE_START, Duration.ofMillis(120), null);
        metrics.onCall(LvbInterface.TAPE_START, Duration.ofMillis(80), null);
        metrics.onCall(LvbInterface.TAPE_START, Duration.ofSeconds(3),
                new LvbTransportException("Live_Tape_Start", true, new java.net.SocketTimeoutException()));
        metrics.onCall(LvbInterface.GET_LIVE_STAT, Duration.ofMillis(5),
                new LvbTransportException("Get_LiveStat", false, new java.net.ConnectException()));
        metrics.onCall(LvbInterface.MIX_CANCEL, Duration.ZERO, new LvbApiException("mix", 1, null, null));
        metrics.onCall(LvbInterface.QUEUE_GET, Duration.ZERO, new IllegalArgumentException("bug"));

        assertThat(timer("Live_Tape_Start", "success").count()).isEqualTo(2);
        assertThat(timer("Live_Tape_Start", "success").totalTime(java.util.concurrent.TimeUnit.MILLISECONDS))
                .isEqualTo(200);
        assertThat(timer("Live_Tape_Start", "timeout").count()).isEqualTo(1);
        assertThat(timer("Get_LiveStat", "transport_error").count()).isEqualTo(1);
        assertThat(timer("mix_streamv2.cancel_mix_stream", "lvb_error").count()).isEqualTo(1);
        assertThat(timer("Live_Queue_Get", "other").count()).isEqualTo(1);
        assertThat(registry.find(LvbMetrics.CALLS).timers()).hasSize(5);
    }

    @Test
    void notificationsAreCountedWithBoundedEventTypes() {
        metrics.onNotification(new LvbNotificationReport(1, LvbNotificationOutcome.ACCEPTED, 200, null, null));
        metrics.onNotification(new LvbNotificationReport(1, LvbNotificationOutcome.ACCEPTED, 200, null, null));
        metrics.onNotification(new LvbNotificationReport(317, LvbNotificationOutcome.FAILED, 500, "x", null));
        metrics.onNotification(new LvbNotificationReport(null, LvbNotificationOutcome.REJECTED_SIGNATURE, 401, "x",
                null));
        UnknownEvent unknown = new UnknownEvent(4242,
                dev.lvb.core.json.LvbJson.provider().createObjectBuilder().build());
        metrics.onNotification(new LvbNotificationReport(4242, LvbNotificationOutcome.ACCEPTED, 200, null, unknown));
        metrics.onNotification(new LvbNotificationReport(12345, LvbNotificationOutcome.DUPLICATE, 200, null, null));

        assertThat(count("1", "accepted")).isEqualTo(2);
        assertThat(count("317", "failed")).isEqualTo(1);
        assertThat(count("unknown", "rejected_signature")).isEqualTo(1);
        assertThat(count("other", "accepted")).isEqualTo(1);
        assertThat(count("other", "duplicate")).isEqualTo(1);
        assertThat(registry.find(LvbMetrics.NOTIFICATIONS).counters()).hasSize(5);
    }

    @Test
    void notificationsTellWhetherAPreviousCallbackKeyVerifiedThem() {
        metrics.onNotification(new LvbNotificationReport(1, LvbNotificationOutcome.ACCEPTED, 200, null, null, true));
        metrics.onNotification(new LvbNotificationReport(1, LvbNotificationOutcome.ACCEPTED, 200, null, null));

        assertThat(registry.find(LvbMetrics.NOTIFICATIONS).tags("event_type", "1", "key", "previous").counter()
                .count()).isEqualTo(1);
        assertThat(registry.find(LvbMetrics.NOTIFICATIONS).tags("event_type", "1", "key", "current").counter()
                .count()).isEqualTo(1);
    }
}
