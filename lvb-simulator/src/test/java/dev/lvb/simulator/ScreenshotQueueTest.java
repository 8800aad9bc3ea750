package dev.lvb.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.lvb.core.LvbInterface;
import dev.lvb.core.event.ScreenshotEvent;
import dev.lvb.core.wire.LvbRequestParams;
import dev.lvb.core.model.QueuedScreenshot;
import dev.lvb.core.model.ScreenshotQueue;
import dev.lvb.core.model.ScreenshotQueueRequest;
import jakarta.json.JsonObject;

/** Screenshots fill the Live_Queue_Get queue and send event_type 200. */
class ScreenshotQueueTest extends SimulatorTestBase {

    private ScreenshotQueue get(Integer count) {
        return lvb.call(LvbInterface.QUEUE_GET, new ScreenshotQueueRequest(100, count), ScreenshotQueue.class);
    }

    @Test
    void onlyLiveStreamsHaveScreenshots() {
        assertThat(sim.screenshot("1000_a")).isEmpty();
        sim.startPush("1000_a");
        sim.stopPush("1000_a");
        assertThat(sim.screenshot("1000_a")).isEmpty();
        assertThat(sim.screenshotQueue()).isEmpty();
    }

    @Test
    void eachCallDequeuesUpToCount() {
        sim.startPush("1000_a", new PushOptions(null, "txSecret=abc", null));
        sim.startPush("1000_b");
        ScreenshotEvent first = sim.screenshot("1000_a").orElseThrow();
        CLOCK.advance(Duration.ofSeconds(10));
        sim.screenshot("1000_b");
        sim.screenshot("1000_a");
        assertThat(sim.screenshotQueue()).hasSize(3);

        ScreenshotQueue one = get(null);
        assertThat(one.count()).isEqualTo(1);
        QueuedScreenshot shot = one.data().get(0);
        assertThat(shot.streamId()).isEqualTo("1000_a");
        assertThat(shot.url()).isEqualTo(first.picFullUrl());
        assertThat(shot.createTime()).isEqualTo(Lvb.T0.getEpochSecond());

        ScreenshotQueue rest = get(10);
        assertThat(rest.count()).isEqualTo(2);
        assertThat(rest.data()).extracting(QueuedScreenshot::streamId).containsExactly("1000_b", "1000_a");
        assertThat(get(10).count()).isZero();

        JsonObject raw = lvb.json(LvbInterface.QUEUE_GET, ScreenshotQueueRequest.screenshots(5));
        assertThat(raw.getJsonObject("output").keySet()).containsExactlyInAnyOrder("count", "data");
    }

    @Test
    void queueItemsHaveTheDocumentedFields() {
        sim.startPush("1000_a");
        sim.screenshot("1000_a");
        JsonObject item = lvb.json(LvbInterface.QUEUE_GET, ScreenshotQueueRequest.screenshots(1)).getJsonObject("output")
                .getJsonArray("data").getJsonObject(0);
        assertThat(item.keySet()).containsExactlyInAnyOrder("stream_id", "pic_full_url", "create_time");
    }

    @Test
    void otherQueuesAreEmpty() {
        sim.startPush("1000_a");
        sim.screenshot("1000_a");
        ScreenshotQueue other = lvb.call(LvbInterface.QUEUE_GET, new ScreenshotQueueRequest(7, 10),
                ScreenshotQueue.class);
        assertThat(other.count()).isZero();
        assertThat(sim.screenshotQueue()).hasSize(1);
        assertThat(lvb.json(LvbInterface.QUEUE_GET, LvbRequestParams.of(new ScreenshotQueueRequest(100, null))).getInt("ret"))
                .isZero();
        assertThat(lvb.json(LvbInterface.QUEUE_GET, dev.lvb.core.wire.LvbParams.builder().n("count", 101)
                .n("bid", 100).build()).getInt("ret")).isNotZero();
    }

    @Test
    void screenshotsAreNotifiedAndServed() {
        sim.startPush("1000_a", new PushOptions(null, "txSecret=abc", null));
        ScreenshotEvent shot = sim.screenshot("1000_a").orElseThrow();
        List<CallbackRecord> log = sim.awaitCallbacks(r -> r.eventType() == 200, 1, Duration.ofSeconds(5));
        ScreenshotEvent notified = (ScreenshotEvent) log.get(0).toEvent();
        assertThat(notified).isEqualTo(shot);
        assertThat(notified.picUrl()).startsWith("/");
        assertThat(notified.picFullUrl()).isEqualTo(sim.baseUri() + notified.picUrl());
        assertThat(notified.streamParam()).isEqualTo("txSecret=abc");
        assertThat(log.get(0).body().getInt("event_type")).isEqualTo(200);
        // No callback URL: logged, not sent.
        assertThat(log.get(0).state()).isEqualTo(CallbackRecord.State.SKIPPED);

        HttpResponse<String> picture = Lvb.send(sim.baseUri(), "GET", URI.create(shot.picFullUrl()).getPath(), null,
                null);
        assertThat(picture.statusCode()).isEqualTo(200);
        assertThat(picture.headers().firstValue("Content-Type")).hasValue("image/jpeg");
    }

    @Test
    void periodicScreenshotsWhileLive() {
        AdjustableClock clock = AdjustableClock.at(Lvb.T0);
        try (LvbSimulator periodic = LvbSimulator.start(Lvb.testConfig(clock)
                .screenshotInterval(Duration.ofSeconds(10)).build())) {
            periodic.startPush("1000_a");
            clock.advance(Duration.ofSeconds(9));
            periodic.tick();
            assertThat(periodic.screenshotQueue()).isEmpty();
            clock.advance(Duration.ofSeconds(1));
            periodic.tick();
            assertThat(periodic.screenshotQueue()).hasSize(1);
            clock.advance(Duration.ofSeconds(10));
            periodic.tick();
            assertThat(periodic.screenshotQueue()).hasSize(2);
            periodic.stopPush("1000_a");
            clock.advance(Duration.ofSeconds(60));
            periodic.tick();
            assertThat(periodic.screenshotQueue()).hasSize(2);
            assertThat(periodic.awaitCallbacks(r -> r.eventType() == 200, 2, Duration.ofSeconds(5))).hasSize(2);
        }
    }
}
