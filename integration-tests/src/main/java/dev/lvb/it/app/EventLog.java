package dev.lvb.it.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import dev.lvb.core.event.AudioModerationEvent;
import dev.lvb.core.event.HighlightEvent;
import dev.lvb.core.event.LiveMonitorEvent;
import dev.lvb.core.event.LiveSummaryEvent;
import dev.lvb.core.event.LvbEvent;
import dev.lvb.core.event.PornDetectionEvent;
import dev.lvb.core.event.PushErrorEvent;
import dev.lvb.core.event.QualityCheckEvent;
import dev.lvb.core.event.RecordingErrorEvent;
import dev.lvb.core.event.RecordingFileEvent;
import dev.lvb.core.event.RecordingStatusEvent;
import dev.lvb.core.event.RelayTaskEvent;
import dev.lvb.core.event.ScreenshotEvent;
import dev.lvb.core.event.StreamBeginEvent;
import dev.lvb.core.event.StreamEndEvent;
import dev.lvb.core.event.UnknownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The application's LVB event observers, written as a user would: one {@code @Observes} method per event type and
 * one for every {@link LvbEvent}. Each records what it saw, per stream, so that tests can check that every
 * notification reached each observer exactly once (in-process through the bean, over HTTP through
 * {@code /test-support/events}).
 * <p>
 * Streams whose id starts with {@value #FAILING_PREFIX} make the first observer throw until {@link #heal(String)}
 * is called for them, which is how a failing application looks to LVB (500, then a retry). Streams whose id starts
 * with {@value #SLOW_PREFIX} make it take {@value #SLOW_MILLIS} ms, which is how a concurrent re-send meets an event
 * still being processed (409, then a retry).
 * <p>
 * Counting only, never logging: the hostile-traffic suite delivers tens of thousands of events.
 */
@ApplicationScoped
public class EventLog {

    /** Stream ids with this prefix fail until healed. */
    public static final String FAILING_PREFIX = "fail-";

    /** Stream ids with this prefix are processed slowly. */
    public static final String SLOW_PREFIX = "slow-";

    /** How long a "slow-" event takes. */
    public static final long SLOW_MILLIS = 150;

    /** Stream ids with this prefix wait in the observer until {@link #release(String)}: a deterministic "slow". */
    public static final String HELD_PREFIX = "held-";

    private final Map<String, Map<String, AtomicInteger>> counts = new ConcurrentHashMap<>();
    private final Map<String, List<LvbEvent>> events = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
    private final Map<String, Boolean> healed = new ConcurrentHashMap<>();
    private final Map<String, java.util.concurrent.CountDownLatch> holds = new ConcurrentHashMap<>();
    private final Map<String, Boolean> holding = new ConcurrentHashMap<>();

    /**
     * Runs before every other observer: refuses "fail-" streams, so that nothing is recorded for them, and takes its
     * time over "slow-" streams.
     */
    void refuseFailingStreams(@Observes @Priority(1) LvbEvent event) {
        String stream = event.streamId();
        if (stream != null && stream.startsWith(FAILING_PREFIX) && !healed.containsKey(stream)) {
            failures.computeIfAbsent(stream, s -> new AtomicInteger()).incrementAndGet();
            throw new IllegalStateException("the application cannot process events of " + stream + " yet");
        }
        if (stream != null && stream.startsWith(HELD_PREFIX)) {
            holding.put(stream, Boolean.TRUE);
            try {
                // bounded, so that a test that forgets to release cannot hang the application
                hold(stream).await(60, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                holding.remove(stream);
            }
        }
        if (stream != null && stream.startsWith(SLOW_PREFIX)) {
            try {
                Thread.sleep(SLOW_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    void onAny(@Observes LvbEvent event) {
        record("LvbEvent", event);
        events.computeIfAbsent(key(event.streamId()), s -> new CopyOnWriteArrayList<>()).add(event);
    }

    void onBegin(@Observes StreamBeginEvent event) {
        record("StreamBeginEvent", event);
    }

    void onEnd(@Observes StreamEndEvent event) {
        record("StreamEndEvent", event);
    }

    void onRecording(@Observes RecordingFileEvent event) {
        record("RecordingFileEvent", event);
    }

    void onScreenshot(@Observes ScreenshotEvent event) {
        record("ScreenshotEvent", event);
    }

    void onPornDetection(@Observes PornDetectionEvent event) {
        record("PornDetectionEvent", event);
    }

    void onUnknown(@Observes UnknownEvent event) {
        record("UnknownEvent", event);
    }

    void onRelayTask(@Observes RelayTaskEvent event) {
        record("RelayTaskEvent", event);
    }

    void onAudioModeration(@Observes AudioModerationEvent event) {
        record("AudioModerationEvent", event);
    }

    void onPushError(@Observes PushErrorEvent event) {
        record("PushErrorEvent", event);
    }

    void onLiveMonitor(@Observes LiveMonitorEvent event) {
        record("LiveMonitorEvent", event);
    }

    void onRecordingStatus(@Observes RecordingStatusEvent event) {
        record("RecordingStatusEvent", event);
    }

    void onRecordingError(@Observes RecordingErrorEvent event) {
        record("RecordingErrorEvent", event);
    }

    void onQualityCheck(@Observes QualityCheckEvent event) {
        record("QualityCheckEvent", event);
    }

    void onLiveSummary(@Observes LiveSummaryEvent event) {
        record("LiveSummaryEvent", event);
    }

    void onHighlights(@Observes HighlightEvent event) {
        record("HighlightEvent", event);
    }

    private void record(String observer, LvbEvent event) {
        counts.computeIfAbsent(key(event.streamId()), s -> new ConcurrentHashMap<>())
                .computeIfAbsent(observer, o -> new AtomicInteger()).incrementAndGet();
    }

    private static String key(String streamId) {
        return streamId == null ? "-" : streamId;
    }

    // ---- read by the tests (through methods: the injected reference is a client proxy) ---------------------

    /** @return per observer, how many events of this stream it saw */
    public Map<String, Integer> counts(String streamId) {
        Map<String, Integer> out = new LinkedHashMap<>();
        counts.getOrDefault(key(streamId), Map.of()).forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    /**
     * @param prefix a stream id prefix
     * @return per stream whose id starts with {@code prefix}: per observer, how many of its events it saw
     */
    public Map<String, Map<String, Integer>> countsByPrefix(String prefix) {
        Map<String, Map<String, Integer>> out = new java.util.TreeMap<>();
        counts.forEach((stream, perObserver) -> {
            if (stream.startsWith(prefix)) {
                Map<String, Integer> c = new LinkedHashMap<>();
                perObserver.forEach((k, v) -> c.put(k, v.get()));
                out.put(stream, c);
            }
        });
        return out;
    }

    /** @return the events of this stream the {@link LvbEvent} observer saw, in order */
    public List<LvbEvent> events(String streamId) {
        return List.copyOf(events.getOrDefault(key(streamId), List.of()));
    }

    /** @return how often the observers refused this stream's events */
    public int failures(String streamId) {
        AtomicInteger n = failures.get(key(streamId));
        return n == null ? 0 : n.get();
    }

    private java.util.concurrent.CountDownLatch hold(String streamId) {
        return holds.computeIfAbsent(streamId, s -> new java.util.concurrent.CountDownLatch(1));
    }

    /** @return whether an event of this "held-" stream is waiting in the observer now */
    public boolean isHeld(String streamId) {
        return holding.containsKey(streamId);
    }

    /** Lets the events of this "held-" stream through, now and from now on. */
    public void release(String streamId) {
        hold(streamId).countDown();
    }

    /** Lets this "fail-" stream's events through from now on. */
    public void heal(String streamId) {
        healed.put(streamId, Boolean.TRUE);
    }
}
