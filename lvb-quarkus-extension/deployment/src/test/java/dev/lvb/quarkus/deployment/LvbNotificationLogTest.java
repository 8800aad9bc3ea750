package dev.lvb.quarkus.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import dev.lvb.callback.LvbNotificationOutcome;
import dev.lvb.callback.LvbNotificationReport;
import dev.lvb.core.event.UnknownEvent;
import dev.lvb.quarkus.runtime.LvbNotificationLog;

/** The dev-mode ring buffer behind the Dev UI's notification page. */
class LvbNotificationLogTest {

    static LvbNotificationReport rejected(int status) {
        return new LvbNotificationReport(null, LvbNotificationOutcome.REJECTED_SIGNATURE, status, "sign mismatch",
                null);
    }

    @Test
    void keepsTheLastEntriesNewestFirst() {
        LvbNotificationLog log = new LvbNotificationLog(3, Clock.fixed(Instant.parse("2024-05-01T10:00:00Z"),
                ZoneOffset.UTC));
        for (int i = 0; i < 5; i++) {
            log.onNotification(rejected(400 + i));
        }
        assertThat(log.latest()).extracting(LvbNotificationLog.Entry::status).containsExactly(404, 403, 402);
        assertThat(log.total()).isEqualTo(5);
        assertThat(log.latest().get(0)).satisfies(e -> {
            assertThat(e.time()).isEqualTo(Instant.parse("2024-05-01T10:00:00Z"));
            assertThat(e.outcome()).isEqualTo("REJECTED_SIGNATURE");
            assertThat(e.reason()).isEqualTo("sign mismatch");
            assertThat(e.eventType()).isNull();
            assertThat(e.event()).isNull();
        });
        log.clear();
        assertThat(log.latest()).isEmpty();
        assertThat(log.total()).isZero();
    }

    @Test
    void verifiedEventsAreListedWithTypeClassAndStream() {
        LvbNotificationLog log = new LvbNotificationLog();
        UnknownEvent event = new UnknownEvent(999,
                dev.lvb.core.json.LvbJson.provider().createObjectBuilder().add("stream_id", "s_1").build());
        log.onNotification(new LvbNotificationReport(999, LvbNotificationOutcome.ACCEPTED, 200, null, event));
        assertThat(log.latest()).singleElement().satisfies(e -> {
            assertThat(e.eventType()).isEqualTo(999);
            assertThat(e.event()).isEqualTo("UnknownEvent");
            assertThat(e.streamId()).isEqualTo("s_1");
        });
    }

    @Test
    void holdsFiftyByDefault() {
        LvbNotificationLog log = new LvbNotificationLog();
        for (int i = 0; i < 60; i++) {
            log.onNotification(rejected(401));
        }
        assertThat(log.latest()).hasSize(LvbNotificationLog.CAPACITY).hasSize(50);
    }

    @Test
    void eachRefusedNotificationGetsOneConsoleLineWithStatusAndReason() {
        assertThat(LvbNotificationLog.consoleLine(new LvbNotificationReport(null,
                LvbNotificationOutcome.REJECTED_SIGNATURE, 401, "sign does not match", null)))
                .isEqualTo("LVB notification refused with HTTP 401: sign does not match (is quarkus.lvb.callback-key"
                        + " (or quarkus.lvb.api-key) the key LVB signs with?)");
        assertThat(LvbNotificationLog.consoleLine(new LvbNotificationReport(null,
                LvbNotificationOutcome.REJECTED_EXPIRED, 403, "t expired 3600 s ago", null)))
                .startsWith("LVB notification refused with HTTP 403: t expired 3600 s ago (");
        assertThat(LvbNotificationLog.consoleLine(new LvbNotificationReport(null,
                LvbNotificationOutcome.REJECTED_MALFORMED, 400, "event_type is missing", null))).contains("HTTP 400");
        assertThat(LvbNotificationLog.consoleLine(new LvbNotificationReport(null,
                LvbNotificationOutcome.REJECTED_TOO_LARGE, 413, "body exceeds 65536 bytes", null)))
                .contains("HTTP 413", "max-body-size");
        // accepted, duplicates, in progress and observer failures are not refusals (a failure has its own WARN)
        for (LvbNotificationOutcome o : new LvbNotificationOutcome[] { LvbNotificationOutcome.ACCEPTED,
                LvbNotificationOutcome.DUPLICATE, LvbNotificationOutcome.IN_PROGRESS, LvbNotificationOutcome.FAILED }) {
            assertThat(LvbNotificationLog.consoleLine(new LvbNotificationReport(1, o, 200, null, null))).isNull();
        }
    }

    @Test
    void theLineIsLoggedAtInfoOnTheCallbackLogger() {
        java.util.List<java.util.logging.LogRecord> records = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler handler = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord r) {
                records.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger jul = java.util.logging.Logger.getLogger("dev.lvb.callback");
        jul.addHandler(handler);
        try {
            new LvbNotificationLog().onNotification(rejected(401));
            new LvbNotificationLog().onNotification(new LvbNotificationReport(1, LvbNotificationOutcome.ACCEPTED, 200,
                    null, null));
        } finally {
            jul.removeHandler(handler);
        }
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.getLevel()).isEqualTo(java.util.logging.Level.INFO);
            assertThat(r.getMessage()).startsWith("LVB notification refused with HTTP 401: sign mismatch");
        });
    }
}
