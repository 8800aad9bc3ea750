package dev.lvb.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.lvb.core.event.AudioModerationEvent;
import dev.lvb.core.event.HighlightEvent;
import dev.lvb.core.event.LiveMonitorEvent;
import dev.lvb.core.event.LiveSummaryEvent;
import dev.lvb.core.event.LvbEvent;
import dev.lvb.core.event.LvbEvents;
import dev.lvb.core.event.PornDetectionEvent;
import dev.lvb.core.event.PushErrorEvent;
import dev.lvb.core.event.QualityCheckEvent;
import dev.lvb.core.event.RecordingErrorEvent;
import dev.lvb.core.event.RecordingStatusEvent;
import dev.lvb.core.event.RelayTaskEvent;
import jakarta.json.JsonObject;

/** The simulator sends today's notification types in their documented shapes, signed like every other. */
class TodaysNotificationsTest {

    static final String CALLBACK_KEY = "callback-key-today";
    static final Map<Integer, Class<? extends LvbEvent>> TYPES = Map.of(314, RelayTaskEvent.class, 315,
            AudioModerationEvent.class, 317, PornDetectionEvent.class, 321, PushErrorEvent.class, 328,
            LiveMonitorEvent.class, 332, RecordingStatusEvent.class, 341, RecordingErrorEvent.class, 343,
            QualityCheckEvent.class, 348, LiveSummaryEvent.class, 349, HighlightEvent.class);

    AdjustableClock clock;
    CallbackReceiver receiver;
    LvbSimulator sim;

    @BeforeEach
    void setUp() {
        clock = AdjustableClock.at(Lvb.T0);
        receiver = new CallbackReceiver(CALLBACK_KEY, clock);
        sim = LvbSimulator.start(Lvb.testConfig(clock).callbackKey(CALLBACK_KEY).callbackUrl(receiver.url())
                .callbackRetry(CallbackRetryPolicy.of(3, Duration.ofMillis(20))).build());
    }

    @AfterEach
    void tearDown() {
        sim.close();
        receiver.close();
    }

    @Test
    void everyTypeIsSentSignedInItsShapeAndBindsToItsType() throws Exception {
        List<Integer> types = List.of(314, 315, 317, 321, 328, 332, 341, 343, 348, 349);
        for (int type : types) {
            LvbEvent sent = sim.sendEvent(type, "today_" + type);
            assertThat(sent).isInstanceOf(TYPES.get(type));
        }
        List<CallbackReceiver.Received> got = receiver.await(types.size(), Duration.ofSeconds(10));
        assertThat(got).extracting(CallbackReceiver.Received::eventType)
                .containsExactlyInAnyOrderElementsOf(types);
        for (CallbackReceiver.Received r : got) {
            assertThat(r.verification().accepted()).as("signature of %d", r.eventType()).isTrue();
            LvbEvent event = LvbEvents.fromJson(r.body());
            assertThat(event).isInstanceOf(TYPES.get(r.eventType()));
            assertThat(event.streamId()).isEqualTo("today_" + r.eventType());
        }
        JsonObject relay = body(got, 314);
        // JSON text inside fields travels as text, as LVB sends it.
        assertThat(relay.getString("msg")).startsWith("{");
        assertThat(relay.getString("source_urls")).startsWith("[");
        assertThat(((RelayTaskEvent) LvbEvents.fromJson(relay)).message().orElseThrow().duration())
                .isEqualTo(14920L);
        RecordingStatusEvent status = (RecordingStatusEvent) LvbEvents.fromJson(body(got, 332));
        assertThat(status.detail().orElseThrow().fileFormat()).isEqualTo(3);
        PushErrorEvent error = (PushErrorEvent) LvbEvents.fromJson(body(got, 321));
        assertThat(error.abnormalEvents().get(0).details()).hasSize(1);
        assertThat(body(got, 348).getString("summary")).isEqualTo("simulated summary of today_348");
    }

    @Test
    void theControlApiSendsThemToo() throws Exception {
        LvbSimulatorControl control = LvbSimulatorControl.of(sim.baseUri());
        LvbSimulatorControl.Answer answer = control.sendEvent("ctl_1", 328);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().getString("event_name")).isEqualTo("StreamLowFramerate");
        assertThat(receiver.await(1, Duration.ofSeconds(10)).get(0).eventType()).isEqualTo(328);
        assertThat(control.sendEvent("ctl_1", 8).status()).isEqualTo(404);
        assertThat(control.sendEvent("a%22b", 328).status()).isEqualTo(400);
    }

    @Test
    void typesWithoutASampleAreRefused() {
        assertThatThrownBy(() -> sim.sendEvent(8, "s")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no sample of event_type 8");
        assertThatThrownBy(() -> sim.sendEvent(314, "a\"b")).isInstanceOf(IllegalArgumentException.class);
    }

    static JsonObject body(List<CallbackReceiver.Received> got, int type) {
        return got.stream().filter(r -> r.eventType() == type).findFirst().orElseThrow().body();
    }
}
