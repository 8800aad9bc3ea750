package dev.lvb.callback;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import dev.lvb.core.event.LvbEvent;
import dev.lvb.core.event.PornDetectionEvent;
import dev.lvb.core.event.RecordingFileEvent;
import dev.lvb.core.event.ScreenshotEvent;
import dev.lvb.core.event.StreamBeginEvent;
import dev.lvb.core.event.StreamEndEvent;
import dev.lvb.core.event.UnknownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;

/**
 * The test application's observer: records every event per stream id, per observed type, and can be told to fail
 * or to be slow for given stream ids. Tests use unique stream ids, so they do not see each other's events.
 */
@ApplicationScoped
public class RecordingObserver {

    /** Observed type -> stream id -> events received by the observer of that type. */
    private final Map<Class<?>, Map<String, List<LvbEvent>>> received = new ConcurrentHashMap<>();
    private final Map<String, List<LvbEvent>> async = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private final Set<String> failing = ConcurrentHashMap.newKeySet();
    private final Set<String> slow = ConcurrentHashMap.newKeySet();

    /** Runs first (lowest priority value): counts attempts, fails or sleeps on demand. */
    void first(@Observes @Priority(1) LvbEvent e) throws InterruptedException {
        attempts.computeIfAbsent(key(e), k -> new AtomicInteger()).incrementAndGet();
        if (failing.contains(key(e))) {
            throw new IllegalStateException("observer failure requested by the test");
        }
        if (slow.contains(key(e))) {
            Thread.sleep(200);
        }
    }

    void any(@Observes LvbEvent e) {
        record(LvbEvent.class, e);
    }

    void begin(@Observes StreamBeginEvent e) {
        record(StreamBeginEvent.class, e);
    }

    void end(@Observes StreamEndEvent e) {
        record(StreamEndEvent.class, e);
    }

    void recording(@Observes RecordingFileEvent e) {
        record(RecordingFileEvent.class, e);
    }

    void screenshot(@Observes ScreenshotEvent e) {
        record(ScreenshotEvent.class, e);
    }

    void porn(@Observes PornDetectionEvent e) {
        record(PornDetectionEvent.class, e);
    }

    void unknown(@Observes UnknownEvent e) {
        record(UnknownEvent.class, e);
    }

    void later(@ObservesAsync LvbEvent e) {
        async.computeIfAbsent(key(e), k -> new CopyOnWriteArrayList<>()).add(e);
    }

    private void record(Class<?> type, LvbEvent e) {
        received.computeIfAbsent(type, t -> new ConcurrentHashMap<>())
                .computeIfAbsent(key(e), k -> new CopyOnWriteArrayList<>()).add(e);
    }

    private static String key(LvbEvent e) {
        return e.streamId() == null ? "-" : e.streamId();
    }

    /** @return the events the observer of {@code type} received for the stream */
    public List<LvbEvent> received(Class<?> type, String streamId) {
        return List.copyOf(received.getOrDefault(type, Map.of()).getOrDefault(streamId, List.of()));
    }

    /** @return the events the {@code @Observes LvbEvent} observer received for the stream */
    public List<LvbEvent> received(String streamId) {
        return received(LvbEvent.class, streamId);
    }

    /** @return how many events all typed observers together received for the stream */
    public int typedCount(String streamId) {
        int n = 0;
        for (Map.Entry<Class<?>, Map<String, List<LvbEvent>>> e : received.entrySet()) {
            if (e.getKey() != LvbEvent.class) {
                n += e.getValue().getOrDefault(streamId, List.of()).size();
            }
        }
        return n;
    }

    /** @return the events the {@code @ObservesAsync} observer received for the stream */
    public List<LvbEvent> receivedAsync(String streamId) {
        return List.copyOf(async.getOrDefault(streamId, List.of()));
    }

    /** @return how many times observers were entered for the stream, failed attempts included */
    public int attempts(String streamId) {
        AtomicInteger n = attempts.get(streamId);
        return n == null ? 0 : n.get();
    }

    /** @return the total number of events the {@code LvbEvent} observer received */
    public int total() {
        return received.getOrDefault(LvbEvent.class, Map.of()).values().stream().mapToInt(List::size).sum();
    }

    /** Makes the first observer throw for the stream, or stop throwing. */
    public void failFor(String streamId, boolean fail) {
        if (fail) {
            failing.add(streamId);
        } else {
            failing.remove(streamId);
        }
    }

    /** Makes the first observer take 200 ms for the stream. */
    public void slowFor(String streamId) {
        slow.add(streamId);
    }
}
