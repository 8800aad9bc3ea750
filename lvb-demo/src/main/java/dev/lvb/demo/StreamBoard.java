package dev.lvb.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

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
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * The current picture of streams, built from LVB's event notifications only: which streams are live and since when,
 * how their last push ended, the recording files and screenshots LVB announced, and the other notifications.
 * <p>
 * LVB may repeat a notification (it retries until answered) and, across streams, deliver them in any order: every
 * update is idempotent, and begin/end notifications are matched by their {@code sequence} (one push session), so a
 * late or repeated one does not undo a newer state. Everything is bounded: streams, files, screenshots and events
 * per stream, and the log of recent notifications. Thread-safe.
 */
@ApplicationScoped
public class StreamBoard {

    /** Most streams kept; the least recently updated stream that is not live goes first. */
    static final int MAX_STREAMS = 500;
    /** Recording files kept per stream (the count keeps counting). */
    static final int MAX_RECORDINGS = 20;
    /** Screenshots kept per stream (the count keeps counting). */
    static final int MAX_SCREENSHOTS = 20;
    /** Other notifications (porn detection, unknown types) kept per stream. */
    static final int MAX_STREAM_EVENTS = 10;
    /** Recording tasks started from this demo kept per stream. */
    static final int MAX_TASKS = 5;
    /** Recent notifications of every kind, for the page's log. */
    static final int MAX_RECENT = 30;
    /** Push sessions remembered as ended per stream, to recognise late or repeated notifications. */
    static final int MAX_ENDED_SEQUENCES = 32;

    // ---- what the board shows (JSON) --------------------------------------------------------------------------

    /**
     * The whole picture.
     *
     * @param version increases with every change (a client keeps the highest it saw)
     * @param generatedAt when this snapshot was taken
     * @param streams every stream, live ones first, then the most recently updated
     * @param events the most recent notifications of every kind, newest first
     */
    @JsonbPropertyOrder({ "version", "generatedAt", "streams", "events" })
    public record Board(long version, Instant generatedAt, List<StreamSnapshot> streams, List<EventSummary> events) {
    }

    /**
     * One stream as the notifications describe it.
     *
     * @param streamId the stream
     * @param live whether a push is live
     * @param liveSince when the live push began ({@code event_time}), {@code null} when not live
     * @param sequence the live push session, {@code null} when not live
     * @param lastPush the last push that ended, or {@code null}
     * @param recordingCount recording files announced in total
     * @param recordings the most recent files, newest first
     * @param screenshotCount screenshots announced in total
     * @param screenshots the most recent screenshots, newest first
     * @param recordingTasks recording tasks started from this demo, newest first
     * @param events other notifications about the stream (moderation, push errors, monitoring, recording status,
 *        relay tasks, ..., unknown types), newest first
     * @param updatedAt when a notification last changed it
     */
    @JsonbPropertyOrder({ "streamId", "live", "liveSince", "sequence", "lastPush", "recordingCount", "recordings",
            "screenshotCount", "screenshots", "recordingTasks", "events", "updatedAt" })
    public record StreamSnapshot(String streamId, boolean live, Instant liveSince, String sequence, PushSummary lastPush,
            int recordingCount, List<Recording> recordings, int screenshotCount, List<Screenshot> screenshots,
            List<RecordingTaskInfo> recordingTasks, List<EventSummary> events, Instant updatedAt) {
    }

    /**
     * A push that ended.
     *
     * @param sequence its session
     * @param began when it began, when known
     * @param ended when it ended ({@code event_time})
     * @param durationMs {@code push_duration}
     * @param errcode why it ended (1 and 2: the anchor stopped; 3, 4: TCP; 18: push authentication failed; ...)
     * @param errmsg LVB's text for it
     */
    @JsonbPropertyOrder({ "sequence", "began", "ended", "durationMs", "errcode", "errmsg" })
    public record PushSummary(String sequence, Instant began, Instant ended, Long durationMs, Integer errcode,
            String errmsg) {
    }

    /**
     * A recording file LVB announced (event_type 100).
     *
     * @param fileId the VOD file id
     * @param videoUrl where to download it
     * @param format {@code flv}, {@code hls}, {@code mp4} or {@code aac}
     * @param start start of the recording
     * @param end end of the recording
     * @param durationSeconds length
     * @param fileSize bytes
     * @param taskId the recording task that made it, when LVB says
     * @param receivedAt when the notification arrived
     */
    public record Recording(String fileId, String videoUrl, String format, Instant start, Instant end,
            Long durationSeconds, Long fileSize, String taskId, Instant receivedAt) {
    }

    /**
     * A screenshot LVB announced (event_type 200).
     *
     * @param url the picture
     * @param takenAt {@code create_time}
     * @param receivedAt when the notification arrived
     */
    public record Screenshot(String url, Instant takenAt, Instant receivedAt) {
    }

    /**
     * A recording task this demo started (Live_Tape_Start).
     *
     * @param taskId LVB's task id (unsigned 64-bit, as digits)
     * @param startedAt when it was started
     * @param until when LVB ends it
     * @param stoppedAt when it was stopped from this demo, or {@code null}
     * @param files recording files LVB announced for it so far
     */
    public record RecordingTaskInfo(String taskId, Instant startedAt, Instant until, Instant stoppedAt, int files) {
    }

    /**
     * One notification, for the log.
     *
     * @param eventType LVB's {@code event_type}
     * @param kind a name for it ({@code stream-begin}, {@code porn-detection}, ...)
     * @param streamId the stream, when LVB said
     * @param receivedAt when it arrived
     * @param summary a line of text
     */
    @JsonbPropertyOrder({ "receivedAt", "eventType", "kind", "streamId", "summary" })
    public record EventSummary(int eventType, String kind, String streamId, Instant receivedAt, String summary) {
    }

    // ---- state ------------------------------------------------------------------------------------------------

    private static final class Entry {
        final String streamId;
        boolean live;
        Instant liveSince;
        String sequence;
        PushSummary lastPush;
        final Deque<String> endedSequences = new ArrayDeque<>();
        final LinkedHashMap<String, Recording> recordings = new LinkedHashMap<>();
        int recordingCount;
        final LinkedHashMap<String, Screenshot> screenshots = new LinkedHashMap<>();
        int screenshotCount;
        final LinkedHashMap<String, RecordingTaskInfo> tasks = new LinkedHashMap<>();
        final Deque<LvbEvent> rawEvents = new ArrayDeque<>();
        final Deque<EventSummary> events = new ArrayDeque<>();
        Instant updatedAt;

        Entry(String streamId) {
            this.streamId = streamId;
        }

        void ended(String seq) {
            if (seq != null && !endedSequences.contains(seq)) {
                endedSequences.addLast(seq);
                while (endedSequences.size() > MAX_ENDED_SEQUENCES) {
                    endedSequences.removeFirst();
                }
            }
        }

        StreamSnapshot snapshot() {
            return new StreamSnapshot(streamId, live, liveSince, sequence, lastPush, recordingCount,
                    reversed(recordings.values()), screenshotCount, reversed(screenshots.values()),
                    reversed(tasks.values()), List.copyOf(events), updatedAt);
        }
    }

    private final Clock clock;
    private final Object lock = new Object();
    private final Object publishLock = new Object();
    /** In update order: the first entry is the least recently updated. */
    private final LinkedHashMap<String, Entry> streams = new LinkedHashMap<>();
    private final Deque<EventSummary> recent = new ArrayDeque<>();
    private final List<Consumer<Board>> listeners = new CopyOnWriteArrayList<>();
    private long version;

    /** The CDI bean. */
    public StreamBoard() {
        this(Clock.systemUTC());
    }

    StreamBoard(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    // ---- CDI observers: synchronous, so a failure makes LVB retry; they only touch memory -----------------

    void onBegin(@Observes StreamBeginEvent event) {
        apply(event);
    }

    void onEnd(@Observes StreamEndEvent event) {
        apply(event);
    }

    void onRecording(@Observes RecordingFileEvent event) {
        apply(event);
    }

    void onScreenshot(@Observes ScreenshotEvent event) {
        apply(event);
    }

    void onPornDetection(@Observes PornDetectionEvent event) {
        apply(event);
    }

    void onUnknown(@Observes UnknownEvent event) {
        apply(event);
    }

    void onTodaysTypes(@Observes LvbEvent event) {
        // The types above have observers of their own; today's types (314, 321, 332, ...) share this one.
        if (todaysKind(event) != null) {
            apply(event);
        }
    }

    // ---- updates ----------------------------------------------------------------------------------------------

    /**
     * Applies one notification.
     *
     * @param event a verified LVB event
     * @return whether the picture changed ({@code false} for a repeated or outdated notification)
     */
    public boolean apply(LvbEvent event) {
        Objects.requireNonNull(event, "event");
        Instant now = clock.instant();
        boolean changed;
        synchronized (lock) {
            if (event instanceof StreamBeginEvent e) {
                changed = begin(e, now);
            } else if (event instanceof StreamEndEvent e) {
                changed = end(e, now);
            } else if (event instanceof RecordingFileEvent e) {
                changed = recording(e, now);
            } else if (event instanceof ScreenshotEvent e) {
                changed = screenshot(e, now);
            } else if (event instanceof PornDetectionEvent e) {
                changed = other(e, now, "porn-detection", pornSummary(e));
            } else if (todaysKind(event) != null) {
                changed = other(event, now, todaysKind(event), todaysSummary(event));
            } else {
                changed = other(event, now, "unknown", "event_type " + event.eventType() + " (no type for it)");
            }
            if (changed) {
                version++;
            }
        }
        if (changed) {
            publish();
        }
        return changed;
    }

    /**
     * Notes a recording task started from this demo, so the page can offer to stop it.
     *
     * @param streamId the stream
     * @param taskId LVB's task id
     * @param until when LVB ends it
     */
    public void taskStarted(String streamId, String taskId, Instant until) {
        Instant now = clock.instant();
        synchronized (lock) {
            Entry entry = touch(streamId, now);
            entry.tasks.put(taskId, new RecordingTaskInfo(taskId, now, until, null, 0));
            trim(entry.tasks, MAX_TASKS);
            version++;
        }
        publish();
    }

    /**
     * Notes that a recording task was stopped from this demo.
     *
     * @param streamId the stream
     * @param taskId LVB's task id
     */
    public void taskStopped(String streamId, String taskId) {
        Instant now = clock.instant();
        synchronized (lock) {
            Entry entry = streams.get(streamId);
            RecordingTaskInfo task = entry == null ? null : entry.tasks.get(taskId);
            if (task == null || task.stoppedAt() != null) {
                return;
            }
            entry.tasks.put(taskId, new RecordingTaskInfo(taskId, task.startedAt(), task.until(), now, task.files()));
            version++;
        }
        publish();
    }

    private boolean begin(StreamBeginEvent e, Instant now) {
        String id = e.streamId();
        if (id == null) {
            return log(e, now, "stream-begin", "a push began (no stream id)");
        }
        Instant time = seconds(e.eventTime(), now);
        String seq = e.sequence();
        Entry entry = streams.get(id);
        if (entry != null) {
            if (seq != null && (entry.endedSequences.contains(seq) || (entry.live && seq.equals(entry.sequence)))) {
                return false; // repeated, or late after its own end
            }
            if (seq == null && entry.live && time.equals(entry.liveSince)) {
                return false;
            }
            if (entry.live && time.isBefore(entry.liveSince)) {
                return false; // an older push than the live one
            }
            if (!entry.live && entry.lastPush != null && entry.lastPush.ended() != null
                    && time.isBefore(entry.lastPush.ended())) {
                return false; // began before the last known push ended: outdated
            }
        }
        entry = touch(id, now);
        entry.live = true;
        entry.liveSince = time;
        entry.sequence = seq;
        return log(e, now, "stream-begin", "push began" + (e.userIp() == null ? "" : " from " + e.userIp()));
    }

    private boolean end(StreamEndEvent e, Instant now) {
        String id = e.streamId();
        if (id == null) {
            return log(e, now, "stream-end", "a push ended (no stream id)");
        }
        Instant time = seconds(e.eventTime(), now);
        String seq = e.sequence();
        Entry entry = streams.get(id);
        if (entry != null && seq != null && entry.endedSequences.contains(seq)) {
            return false; // repeated
        }
        Instant began = e.pushDuration() == null ? null : time.minus(Duration.ofMillis(e.pushDuration()));
        PushSummary summary = new PushSummary(seq, began, time, e.pushDuration(), e.errcode(), e.errmsg());
        if (entry != null && entry.live) {
            boolean same = seq != null && seq.equals(entry.sequence);
            boolean unknown = seq == null || entry.sequence == null;
            if (!(same || (unknown && !time.isBefore(entry.liveSince)) || time.isAfter(entry.liveSince))) {
                entry.ended(seq); // the end of an older push than the live one
                return false;
            }
            entry = touch(id, now);
            entry.live = false;
            summary = new PushSummary(seq != null ? seq : entry.sequence, same ? entry.liveSince : began, time,
                    e.pushDuration(), e.errcode(), e.errmsg());
            entry.liveSince = null;
            entry.sequence = null;
        } else {
            if (entry != null && entry.lastPush != null && entry.lastPush.ended() != null
                    && time.isBefore(entry.lastPush.ended())) {
                entry.ended(seq); // older than the push we know ended last
                return false;
            }
            entry = touch(id, now); // the end of a push whose begin we did not see
        }
        entry.lastPush = summary;
        entry.ended(seq);
        return log(e, now, "stream-end", "push ended" + (e.errcode() == null ? "" : ": errcode " + e.errcode()
                + (e.errmsg() == null || e.errmsg().isEmpty() ? "" : " " + e.errmsg()))
                + (e.pushDuration() == null ? "" : " after " + e.pushDuration() / 1000 + " s"));
    }

    private boolean recording(RecordingFileEvent e, Instant now) {
        String id = e.streamId();
        if (id == null) {
            return log(e, now, "recording-file", "a recording file (no stream id): " + e.videoUrl());
        }
        String key = firstNonEmpty(e.fileId(), e.videoUrl(), e.recordFileId(), e.videoId(),
                e.startTime() + "/" + e.endTime() + "/" + e.fileFormat());
        Entry existing = streams.get(id);
        if (existing != null && existing.recordings.containsKey(key)) {
            return false;
        }
        Entry entry = touch(id, now);
        entry.recordings.put(key, new Recording(e.fileId(), e.videoUrl(), e.fileFormat(), seconds(e.startTime(), null),
                seconds(e.endTime(), null), e.duration(), e.fileSize(), e.taskId(), now));
        entry.recordingCount++;
        trim(entry.recordings, MAX_RECORDINGS);
        if (e.taskId() != null) {
            RecordingTaskInfo task = entry.tasks.get(e.taskId());
            if (task != null) {
                entry.tasks.put(task.taskId(), new RecordingTaskInfo(task.taskId(), task.startedAt(), task.until(),
                        task.stoppedAt(), task.files() + 1));
            }
        }
        return log(e, now, "recording-file", "recording file " + (e.fileFormat() == null ? "" : e.fileFormat() + " ")
                + (e.duration() == null ? "" : e.duration() + " s ") + (e.taskId() == null ? "" : "(task " + e.taskId()
                        + ")"));
    }

    private boolean screenshot(ScreenshotEvent e, Instant now) {
        String id = e.streamId();
        if (id == null) {
            return log(e, now, "screenshot", "a screenshot (no stream id): " + e.url());
        }
        String key = firstNonEmpty(e.url(), String.valueOf(e.createTime()));
        Entry existing = streams.get(id);
        if (existing != null && existing.screenshots.containsKey(key)) {
            return false;
        }
        Entry entry = touch(id, now);
        entry.screenshots.put(key, new Screenshot(e.url(), seconds(e.createTime(), null), now));
        entry.screenshotCount++;
        trim(entry.screenshots, MAX_SCREENSHOTS);
        return log(e, now, "screenshot", "screenshot " + e.url());
    }

    private boolean other(LvbEvent e, Instant now, String kind, String summary) {
        String id = e.streamId();
        if (id == null) {
            if (recent.stream().anyMatch(s -> s.eventType() == e.eventType() && s.summary().equals(summary)
                    && s.streamId() == null)) {
                return false;
            }
            return log(e, now, kind, summary);
        }
        Entry existing = streams.get(id);
        if (existing != null && existing.rawEvents.contains(e)) {
            return false;
        }
        Entry entry = touch(id, now);
        entry.rawEvents.addFirst(e);
        EventSummary line = new EventSummary(e.eventType(), kind, id, now, summary);
        entry.events.addFirst(line);
        while (entry.events.size() > MAX_STREAM_EVENTS) {
            entry.events.removeLast();
            entry.rawEvents.removeLast();
        }
        return log(e, now, kind, summary);
    }

    private boolean log(LvbEvent e, Instant now, String kind, String summary) {
        recent.addFirst(new EventSummary(e.eventType(), kind, e.streamId(), now, summary));
        while (recent.size() > MAX_RECENT) {
            recent.removeLast();
        }
        return true;
    }

    /** @return the stream's entry, moved to the most recently updated end (evicting the stalest when full) */
    private Entry touch(String streamId, Instant now) {
        Entry entry = streams.remove(streamId);
        if (entry == null) {
            entry = new Entry(streamId);
            if (streams.size() >= MAX_STREAMS) {
                evictOne();
            }
        }
        entry.updatedAt = now;
        streams.put(streamId, entry);
        return entry;
    }

    private void evictOne() {
        Iterator<Entry> it = streams.values().iterator();
        while (it.hasNext()) {
            if (!it.next().live) {
                it.remove();
                return;
            }
        }
        it = streams.values().iterator();
        it.next();
        it.remove();
    }

    private static String pornSummary(PornDetectionEvent e) {
        return "image moderation: type " + e.type() + (e.label() == null ? "" : ", " + e.label())
                + (e.suggestion() == null ? "" : " (" + e.suggestion() + ")")
                + (e.anyScore() == null ? "" : ", score " + e.anyScore())
                + (e.confidence() == null ? "" : ", confidence " + e.confidence())
                + (e.img() == null ? "" : ", " + e.img());
    }

    /** @return the log's name for one of today's notification types, {@code null} for any other event */
    static String todaysKind(LvbEvent event) {
        if (event instanceof RelayTaskEvent) {
            return "relay-task";
        } else if (event instanceof AudioModerationEvent) {
            return "audio-moderation";
        } else if (event instanceof PushErrorEvent) {
            return "push-error";
        } else if (event instanceof LiveMonitorEvent) {
            return "live-monitor";
        } else if (event instanceof RecordingStatusEvent) {
            return "recording-status";
        } else if (event instanceof RecordingErrorEvent) {
            return "recording-error";
        } else if (event instanceof QualityCheckEvent) {
            return "quality-check";
        } else if (event instanceof LiveSummaryEvent) {
            return "live-summary";
        } else if (event instanceof HighlightEvent) {
            return "highlights";
        }
        return null;
    }

    private static String todaysSummary(LvbEvent event) {
        if (event instanceof RelayTaskEvent e) {
            return "relay task " + e.taskId() + ": " + e.callbackEvent()
                    + e.message().map(m -> m.url() != null ? " " + m.url() : "").orElse("");
        } else if (event instanceof AudioModerationEvent e) {
            return "audio moderation: " + e.label() + (e.suggestion() == null ? "" : " (" + e.suggestion() + ")")
                    + (e.score() == null ? "" : ", score " + e.score());
        } else if (event instanceof PushErrorEvent e) {
            return "push errors: " + e.abnormalEvents().stream().map(a -> a.typeDescEn() + " x" + a.count()).toList();
        } else if (event instanceof LiveMonitorEvent e) {
            return "monitoring: " + e.eventName();
        } else if (event instanceof RecordingStatusEvent e) {
            return "recording " + e.recordEvent() + " (session " + e.sessionId() + ")";
        } else if (event instanceof RecordingErrorEvent e) {
            return "recording error (" + e.exceptionLevel() + ")"
                    + (e.exception() == null ? "" : ": " + e.exception().desc());
        } else if (event instanceof QualityCheckEvent e) {
            return "quality check (task " + e.taskId() + ")";
        } else if (event instanceof LiveSummaryEvent e) {
            return "live summary (task " + e.taskId() + ")";
        } else if (event instanceof HighlightEvent e) {
            return "highlights: " + e.items().size() + " clip(s)";
        }
        return "event_type " + event.eventType();
    }

    // ---- reading ----------------------------------------------------------------------------------------------

    /** @return the whole picture now */
    public Board snapshot() {
        synchronized (lock) {
            List<StreamSnapshot> list = new ArrayList<>(streams.size());
            for (Entry e : streams.values()) {
                list.add(e.snapshot());
            }
            // by stream id: a row stays where it is when its state changes (the one just clicked does not move away)
            list.sort(Comparator.comparing(StreamSnapshot::streamId));
            return new Board(version, clock.instant(), List.copyOf(list), List.copyOf(recent));
        }
    }

    /** @return one stream, or {@code null} when no notification mentioned it */
    public StreamSnapshot stream(String streamId) {
        synchronized (lock) {
            Entry e = streams.get(streamId);
            return e == null ? null : e.snapshot();
        }
    }

    /**
     * Calls {@code listener} with the current picture now and with every new one, in order, until removed. The
     * listener must not block.
     *
     * @param listener receives pictures
     */
    public void subscribe(Consumer<Board> listener) {
        synchronized (publishLock) {
            listeners.add(listener);
            listener.accept(snapshot());
        }
    }

    /** @param listener a listener given to {@link #subscribe} */
    public void unsubscribe(Consumer<Board> listener) {
        listeners.remove(listener);
    }

    /** @return how many listeners are subscribed */
    int listenerCount() {
        return listeners.size();
    }

    private void publish() {
        if (listeners.isEmpty()) {
            return;
        }
        synchronized (publishLock) {
            Board board = snapshot();
            for (Consumer<Board> l : listeners) {
                try {
                    l.accept(board);
                } catch (RuntimeException ex) {
                    listeners.remove(l);
                }
            }
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private static Instant seconds(Long epochSeconds, Instant otherwise) {
        return epochSeconds == null || epochSeconds <= 0 ? otherwise : Instant.ofEpochSecond(epochSeconds);
    }

    private static String firstNonEmpty(String... values) {
        for (String v : values) {
            if (v != null && !v.isEmpty()) {
                return v;
            }
        }
        return "";
    }

    private static <V> void trim(LinkedHashMap<String, V> map, int max) {
        Iterator<Map.Entry<String, V>> it = map.entrySet().iterator();
        while (map.size() > max && it.hasNext()) {
            it.next();
            it.remove();
        }
    }

    private static <V> List<V> reversed(java.util.Collection<V> values) {
        List<V> list = new ArrayList<>(values);
        java.util.Collections.reverse(list);
        return List.copyOf(list);
    }
}
