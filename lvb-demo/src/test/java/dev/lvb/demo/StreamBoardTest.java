package dev.lvb.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.lvb.core.event.PornDetectionEvent;
import dev.lvb.core.event.PushErrorEvent;
import dev.lvb.core.event.RecordingFileEvent;
import dev.lvb.core.event.RecordingStatusEvent;
import dev.lvb.core.event.ScreenshotEvent;
import dev.lvb.core.event.StreamBeginEvent;
import dev.lvb.core.event.StreamEndEvent;
import dev.lvb.core.event.UnknownEvent;
import jakarta.json.Json;

/** The board on its own: idempotent, order-tolerant, bounded. */
class StreamBoardTest {

    private final StreamBoard board = new StreamBoard(Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"),
            ZoneOffset.UTC));

    static StreamBeginEvent begin(String id, String seq, long time) {
        return new StreamBeginEvent(1L, "push.example", "live", id, id, time, seq, "10.0.0.1", "1.2.3.4", "", 0, "",
                null, null, null, null);
    }

    static StreamEndEvent end(String id, String seq, long time, long durationMs) {
        return new StreamEndEvent(1L, "push.example", "live", id, id, time, seq, "10.0.0.1", "1.2.3.4", "", 1,
                "recv rtmp deleteStream", null, null, null, null, durationMs);
    }

    static RecordingFileEvent file(String id, String fileId, String taskId) {
        return new RecordingFileEvent(1L, id, id, "vid_" + fileId, "http://media/" + fileId + ".flv", 1000L, 100L,
                160L, fileId, "flv", null, fileId, 60L, "", null, taskId);
    }

    static ScreenshotEvent shot(String id, String url) {
        return new ScreenshotEvent(1L, id, id, "/p", url, 100L, null, null, null, null, null, "", null);
    }

    @Test
    void beginAndEndOfAPush() {
        assertThat(board.apply(begin("a", "s1", 100))).isTrue();
        StreamBoard.StreamSnapshot a = board.stream("a");
        assertThat(a.live()).isTrue();
        assertThat(a.liveSince()).isEqualTo(Instant.ofEpochSecond(100));
        assertThat(a.sequence()).isEqualTo("s1");

        assertThat(board.apply(end("a", "s1", 160, 60_000))).isTrue();
        a = board.stream("a");
        assertThat(a.live()).isFalse();
        assertThat(a.liveSince()).isNull();
        assertThat(a.lastPush()).isEqualTo(new StreamBoard.PushSummary("s1", Instant.ofEpochSecond(100),
                Instant.ofEpochSecond(160), 60_000L, 1, "recv rtmp deleteStream"));
        assertThat(board.snapshot().events()).extracting(StreamBoard.EventSummary::kind)
                .containsExactly("stream-end", "stream-begin");
    }

    @Test
    void rowsKeepTheirOrderWhenTheirStateChanges() {
        board.apply(begin("b", "s1", 100));
        board.apply(begin("a", "s2", 101));
        board.apply(begin("c", "s3", 102));
        assertThat(board.snapshot().streams()).extracting(StreamBoard.StreamSnapshot::streamId)
                .containsExactly("a", "b", "c");
        board.apply(end("b", "s1", 160, 60_000)); // b stops: it stays where it was
        board.apply(shot("c", "http://pic/1.jpg"));
        assertThat(board.snapshot().streams()).extracting(StreamBoard.StreamSnapshot::streamId)
                .containsExactly("a", "b", "c");
    }

    @Test
    void repeatedNotificationsChangeNothing() {
        board.apply(begin("a", "s1", 100));
        long version = board.snapshot().version();
        assertThat(board.apply(begin("a", "s1", 100))).isFalse();
        board.apply(end("a", "s1", 160, 60_000));
        assertThat(board.apply(end("a", "s1", 160, 60_000))).isFalse();
        // a late repeat of the begin after its end does not make the stream live again
        assertThat(board.apply(begin("a", "s1", 100))).isFalse();
        assertThat(board.stream("a").live()).isFalse();
        board.apply(file("a", "f1", null));
        assertThat(board.apply(file("a", "f1", null))).isFalse();
        board.apply(shot("a", "http://pic/1.jpg"));
        assertThat(board.apply(shot("a", "http://pic/1.jpg"))).isFalse();
        StreamBoard.StreamSnapshot a = board.stream("a");
        assertThat(a.recordingCount()).isEqualTo(1);
        assertThat(a.screenshotCount()).isEqualTo(1);
        assertThat(board.snapshot().version()).isEqualTo(version + 3);
        assertThat(board.snapshot().events()).hasSize(4);
    }

    @Test
    void outOfOrderNotificationsDoNotUndoANewerState() {
        // the end of push s1 arrives after the begin of push s2
        board.apply(begin("a", "s1", 100));
        board.apply(begin("a", "s2", 200));
        assertThat(board.apply(end("a", "s1", 150, 50_000))).isFalse();
        assertThat(board.stream("a").live()).isTrue();
        assertThat(board.stream("a").sequence()).isEqualTo("s2");

        // an end arrives before its begin: the begin, older than that end, is outdated
        board.apply(end("b", "t1", 300, 100_000));
        assertThat(board.apply(begin("b", "t1", 200))).isFalse();
        assertThat(board.stream("b").live()).isFalse();
        assertThat(board.stream("b").lastPush().began()).isEqualTo(Instant.ofEpochSecond(200));

        // an older begin than the live push is ignored
        board.apply(begin("c", "u2", 500));
        assertThat(board.apply(begin("c", "u1", 400))).isFalse();
        assertThat(board.stream("c").liveSince()).isEqualTo(Instant.ofEpochSecond(500));

        // a newer begin while live (the end was lost) replaces the push
        assertThat(board.apply(begin("c", "u3", 600))).isTrue();
        assertThat(board.stream("c").sequence()).isEqualTo("u3");
    }

    @Test
    void recordingsScreenshotsAndOtherEventsAreBounded() {
        for (int i = 0; i < StreamBoard.MAX_RECORDINGS + 5; i++) {
            board.apply(file("a", "f" + i, null));
            board.apply(shot("a", "http://pic/" + i + ".jpg"));
        }
        for (int i = 0; i < StreamBoard.MAX_STREAM_EVENTS + 5; i++) {
            board.apply(new UnknownEvent(999, Json.createObjectBuilder().add("event_type", 999)
                    .add("stream_id", "a").add("n", i).build()));
        }
        StreamBoard.StreamSnapshot a = board.stream("a");
        assertThat(a.recordingCount()).isEqualTo(StreamBoard.MAX_RECORDINGS + 5);
        assertThat(a.recordings()).hasSize(StreamBoard.MAX_RECORDINGS);
        assertThat(a.recordings().get(0).fileId()).isEqualTo("f" + (StreamBoard.MAX_RECORDINGS + 4));
        assertThat(a.screenshotCount()).isEqualTo(StreamBoard.MAX_SCREENSHOTS + 5);
        assertThat(a.screenshots()).hasSize(StreamBoard.MAX_SCREENSHOTS);
        assertThat(a.events()).hasSize(StreamBoard.MAX_STREAM_EVENTS);
        assertThat(board.snapshot().events()).hasSize(StreamBoard.MAX_RECENT);
    }

    @Test
    void streamsAreBoundedAndLiveOnesAreKept() {
        board.apply(begin("live_one", "s", 1));
        for (int i = 0; i < StreamBoard.MAX_STREAMS + 10; i++) {
            board.apply(end("s" + i, "q" + i, 10, 1000));
        }
        StreamBoard.Board b = board.snapshot();
        assertThat(b.streams()).hasSize(StreamBoard.MAX_STREAMS);
        assertThat(b.streams().get(0).streamId()).isEqualTo("live_one");
        assertThat(board.stream("s0")).isNull();
    }

    @Test
    void pornDetectionAndUnknownEventsAreKeptOnce() {
        PornDetectionEvent porn = new PornDetectionEvent(1L, "push.example", "live", "a", "a", 20001,
                "http://pic/x.jpg", List.of(1), 90.0, 5.0, 5.0, 90.0, 1, "", 100L, 101L, 0.0, null, "");
        assertThat(board.apply(porn)).isTrue();
        assertThat(board.apply(porn)).isFalse();
        UnknownEvent unknown = new UnknownEvent(555, Json.createObjectBuilder().add("event_type", 555).build());
        assertThat(board.apply(unknown)).isTrue();
        assertThat(board.apply(unknown)).isFalse();
        assertThat(board.stream("a").events()).singleElement()
                .satisfies(e -> assertThat(e.kind()).isEqualTo("porn-detection"));
        assertThat(board.snapshot().events()).extracting(StreamBoard.EventSummary::eventType)
                .containsExactly(555, 317);
    }

    @Test
    void todaysTypesAreLoggedWithTheirKindOnce() {
        RecordingStatusEvent status = new RecordingStatusEvent(1L, "live", "push.example", 100L, null,
                "record_paused", "1", "sess_1", "t1", null);
        PushErrorEvent error = new PushErrorEvent(1L, null, 100_000L, null, null, 60_000L, "9", "t1", "", null,
                List.of(new PushErrorEvent.Abnormal(6, 2, List.of(), null, "video frame arrive interval too long",
                        null, null)));
        assertThat(board.apply(status)).isTrue();
        assertThat(board.apply(status)).isFalse();
        assertThat(board.apply(error)).isTrue();
        assertThat(board.stream("t1").events()).extracting(StreamBoard.EventSummary::kind)
                .containsExactly("push-error", "recording-status");
        assertThat(board.stream("t1").events()).extracting(StreamBoard.EventSummary::summary)
                .containsExactly("push errors: [video frame arrive interval too long x2]",
                        "recording record_paused (session sess_1)");
    }

    @Test
    void recordingTasksStartedHereCountTheirFiles() {
        board.taskStarted("a", "18446744073709551615", Instant.parse("2030-01-01T00:05:00Z"));
        board.apply(file("a", "f1", "18446744073709551615"));
        board.taskStopped("a", "18446744073709551615");
        StreamBoard.RecordingTaskInfo task = board.stream("a").recordingTasks().get(0);
        assertThat(task.files()).isEqualTo(1);
        assertThat(task.stoppedAt()).isNotNull();
    }

    @Test
    void listenersGetTheCurrentPictureThenEveryChangeInOrder() throws Exception {
        List<Long> versions = new ArrayList<>();
        board.subscribe(b -> versions.add(b.version()));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch done = new CountDownLatch(200);
        for (int i = 0; i < 200; i++) {
            int n = i;
            pool.execute(() -> {
                board.apply(begin("s" + (n % 20), "q" + n, 1000 + n));
                done.countDown();
            });
        }
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        pool.shutdown();
        assertThat(versions.get(0)).isZero();
        assertThat(versions).isSorted();
        assertThat(versions.get(versions.size() - 1)).isEqualTo(board.snapshot().version());
    }
}
