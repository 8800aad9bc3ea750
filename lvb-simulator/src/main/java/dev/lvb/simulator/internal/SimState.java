package dev.lvb.simulator.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.lvb.core.LvbInterface;
import dev.lvb.core.LvbSignature;
import dev.lvb.core.LvbTime;
import dev.lvb.core.event.LvbEvent;
import dev.lvb.core.event.RecordingFileEvent;
import dev.lvb.core.event.ScreenshotEvent;
import dev.lvb.core.event.StreamBeginEvent;
import dev.lvb.core.event.StreamEndEvent;
import dev.lvb.core.model.CancelMixRequest;
import dev.lvb.core.model.Channel;
import dev.lvb.core.model.ChannelList;
import dev.lvb.core.model.ChannelListRequest;
import dev.lvb.core.model.ChannelManagerRequest;
import dev.lvb.core.model.ChannelStatusFilter;
import dev.lvb.core.model.LiveChannel;
import dev.lvb.core.model.LiveChannelList;
import dev.lvb.core.model.LiveStat;
import dev.lvb.core.model.LiveStatRequest;
import dev.lvb.core.model.MixInput;
import dev.lvb.core.model.MixOutputType;
import dev.lvb.core.model.PlayStatHistory;
import dev.lvb.core.model.PlayStatHistoryRequest;
import dev.lvb.core.model.PlayStatPoint;
import dev.lvb.core.model.PlayStatSum;
import dev.lvb.core.model.PushStatHistory;
import dev.lvb.core.model.PushStatHistoryRequest;
import dev.lvb.core.model.PushStatPoint;
import dev.lvb.core.model.QueuedScreenshot;
import dev.lvb.core.model.RecordType;
import dev.lvb.core.model.RecordingFile;
import dev.lvb.core.model.RecordingFiles;
import dev.lvb.core.model.RecordingFilesRequest;
import dev.lvb.core.model.RecordingFormat;
import dev.lvb.core.model.RecordingMode;
import dev.lvb.core.model.RecordingTask;
import dev.lvb.core.model.ScreenshotQueue;
import dev.lvb.core.model.ScreenshotQueueRequest;
import dev.lvb.core.model.SetStatusRequest;
import dev.lvb.core.model.SortOrder;
import dev.lvb.core.model.StartMixRequest;
import dev.lvb.core.model.StartRecordingRequest;
import dev.lvb.core.model.StopRecordingRequest;
import dev.lvb.core.model.StreamStat;
import dev.lvb.core.model.StreamStatusEntry;
import dev.lvb.core.model.StreamStatusRequest;
import dev.lvb.core.url.LvbTxSecret;
import dev.lvb.core.url.LvbUrlVerification;
import dev.lvb.core.url.LvbUrlVerifier;
import dev.lvb.simulator.DisconnectReason;
import dev.lvb.simulator.LvbSimulatorConfig;
import dev.lvb.simulator.MixSessionView;
import dev.lvb.simulator.PushOptions;
import dev.lvb.simulator.PushResult;
import dev.lvb.simulator.RecordingTaskView;
import dev.lvb.simulator.StreamView;

/**
 * The simulated LVB account: streams and their pushes, bans and forbids, recording tasks and files, the
 * screenshot queue and mixing sessions. Every public method is atomic (one lock: a simulator is not a hot path),
 * first applies what the passage of time changed, and leaves the notifications it caused in an outbox that
 * {@link Engine} hands to the {@link CallbackDispatcher} in order.
 */
public final class SimState {

    /** Live_Channel_SetStatus 0 lasts at most 7 days (2018 doc). */
    static final Duration BAN_DURATION = Duration.ofDays(7);
    /** channel_manager caps abstime_end at about 3 months ahead. */
    static final Duration MAX_FORBID = Duration.ofDays(90);
    /** A real-time recording ends at most 30 minutes after it starts. */
    static final Duration MAX_REALTIME = Duration.ofMinutes(30);
    /** Push statistics history is kept 3 days, play statistics 15 days. */
    static final Duration PUSH_HISTORY_RETENTION = Duration.ofDays(3);
    static final Duration PLAY_HISTORY_RETENTION = Duration.ofDays(15);
    /** Statistics history has one sample per minute, on the minute. */
    static final long SAMPLE_SECONDS = 60;
    static final int MAX_SAMPLES = 20_000;
    static final int QUEUE_LIMIT = 10_000;
    /** Live_Tape_GetFilelist's default page size. */
    static final int FILE_LIST_DEFAULT_PAGE_SIZE = 10;
    static final int SESSION_HISTORY_LIMIT = 1_000;
    static final String NODE_IP = "127.0.0.1";
    static final String DEFAULT_USER_IP = "127.0.0.1";
    static final String APP_NAME = "live";
    /** Task ids start above 2^63 so that clients must treat them as unsigned 64-bit numbers. */
    static final long TASK_ID_BASE = Long.MIN_VALUE + 0x5_0000L;
    static final long FILE_ID_BASE = 9031868222958930000L;
    static final long SEQUENCE_BASE = 5911795891871900000L;

    private final LvbSimulatorConfig config;
    private final Clock clock;
    private final String mediaBase;

    private final Map<String, StreamRec> streams = new LinkedHashMap<>();
    private final Map<String, TaskRec> tasks = new LinkedHashMap<>();
    private final List<RecordingFileEvent> files = new ArrayList<>();
    private final ArrayDeque<QueuedScreenshot> queue = new ArrayDeque<>();
    private final Map<String, MixRec> mixes = new LinkedHashMap<>();
    private final List<LvbEvent> outbox = new ArrayList<>();

    private long taskSeq;
    private long fileSeq;
    private long pushSeq;
    private long shotSeq;

    /**
     * @param config the configuration
     * @param baseUri where the simulator serves, for the URLs of recording files and screenshots
     */
    public SimState(LvbSimulatorConfig config, URI baseUri) {
        this.config = config;
        this.clock = config.clock();
        this.mediaBase = baseUri.toString() + Media.PATH;
    }

    // ------------------------------------------------------------------------------------------------ control

    public synchronized PushResult startPush(String streamId, PushOptions options) {
        Instant now = advance();
        StreamRec s = streams.computeIfAbsent(streamId, StreamRec::new);
        if (s.live != null) {
            return new PushResult(PushResult.Outcome.ALREADY_LIVE, streamId, s.live.sequence,
                    "stream " + streamId + " is already being pushed");
        }
        if (s.isDisabled(now)) {
            boolean banned = s.disabledBy == DisableKind.SET_STATUS;
            return new PushResult(banned ? PushResult.Outcome.DISABLED : PushResult.Outcome.FORBIDDEN, streamId, null,
                    "stream " + streamId + (banned ? " is disabled by Live_Channel_SetStatus"
                            : " is forbidden by channel_manager") + " until " + LvbTime.format(s.disabledUntil)
                            + " (UTC+8)");
        }
        PushOptions o = options == null ? PushOptions.defaults() : options;
        if (config.pushKey() != null) {
            PushResult refused = checkPushAuth(streamId, o.streamParam(), now);
            if (refused != null) {
                return refused;
            }
        }
        int h = streamId.hashCode() & 0x7fffffff;
        Session session = new Session(Long.toString(SEQUENCE_BASE + (++pushSeq) * 7919L), now,
                o.userIp() == null ? DEFAULT_USER_IP : o.userIp(), o.streamParam() == null ? "" : o.streamParam(),
                o.viewers() == null ? 1 + h % 50 : o.viewers(), 25 + h % 6, 1_000_000L + (h % 1000) * 1_000L);
        s.live = session;
        s.history.add(session);
        if (s.history.size() > SESSION_HISTORY_LIMIT) {
            s.history.remove(0);
        }
        s.pushCount++;
        s.lastScreenshot = now;
        if (s.channelCreatedAt == null) {
            s.channelCreatedAt = now;
        }
        outbox.add(new StreamBeginEvent(config.appId(), config.pushDomain(), APP_NAME, streamId, streamId,
                now.getEpochSecond(), session.sequence, NODE_IP, session.userIp, session.streamParam, 0, "", null,
                null, null, null));
        return new PushResult(PushResult.Outcome.STARTED, streamId, session.sequence, null);
    }

    /** LVB's push authentication: {@code txSecret = md5(key + streamName + txTime)}, not after txTime + delta. */
    private PushResult checkPushAuth(String streamId, String streamParam, Instant now) {
        String secret = null;
        String txTime = null;
        for (String pair : (streamParam == null ? "" : streamParam).split("&")) {
            if (pair.startsWith(LvbTxSecret.TX_SECRET + "=")) {
                secret = pair.substring(LvbTxSecret.TX_SECRET.length() + 1);
            } else if (pair.startsWith(LvbTxSecret.TX_TIME + "=")) {
                txTime = pair.substring(LvbTxSecret.TX_TIME.length() + 1);
            }
        }
        LvbUrlVerification v = new LvbUrlVerifier(config.pushKey(), config.pushAuthDelta()).verify(streamId, secret,
                txTime, now);
        if (v instanceof LvbUrlVerification.Forged f) {
            return new PushResult(PushResult.Outcome.UNAUTHORIZED, streamId, null,
                    "push authentication failed: " + f.reason());
        }
        if (v instanceof LvbUrlVerification.Expired e) {
            return new PushResult(PushResult.Outcome.EXPIRED, streamId, null,
                    "push URL expired at " + e.expiry());
        }
        return null;
    }

    /**
     * Queues a notification as LVB would send it (signed on delivery).
     *
     * @param event the event
     */
    public synchronized void send(LvbEvent event) {
        advance();
        outbox.add(event);
    }

    /**
     * Queues the sample of an event type for a stream (see {@link SampleEvents}).
     *
     * @return the event, empty when there is no sample of that type
     */
    public synchronized Optional<LvbEvent> sendSample(int eventType, String streamId) {
        Instant now = advance();
        Optional<LvbEvent> event = SampleEvents.of(eventType, config.appId(), config.pushDomain(), APP_NAME,
                streamId, now);
        event.ifPresent(outbox::add);
        return event;
    }

    public synchronized boolean stopPush(String streamId, DisconnectReason reason) {
        Instant now = advance();
        StreamRec s = streams.get(streamId);
        if (s == null || s.live == null) {
            return false;
        }
        endPush(s, now, reason);
        return true;
    }

    public synchronized Optional<ScreenshotEvent> screenshot(String streamId) {
        Instant now = advance();
        StreamRec s = streams.get(streamId);
        if (s == null || s.live == null) {
            return Optional.empty();
        }
        return Optional.of(takeScreenshot(s, now));
    }

    /** Applies what the passage of time changed. */
    public synchronized void tick() {
        advance();
    }

    public synchronized void reset() {
        streams.clear();
        tasks.clear();
        files.clear();
        queue.clear();
        mixes.clear();
        outbox.clear();
    }

    /** @return the notifications caused since the last call, oldest first */
    public synchronized List<LvbEvent> drainOutbox() {
        if (outbox.isEmpty()) {
            return List.of();
        }
        List<LvbEvent> out = List.copyOf(outbox);
        outbox.clear();
        return out;
    }

    public synchronized List<StreamView> streams() {
        Instant now = advance();
        return streams.values().stream().map(s -> s.view(now)).toList();
    }

    public synchronized Optional<StreamView> stream(String streamId) {
        Instant now = advance();
        return Optional.ofNullable(streams.get(streamId)).map(s -> s.view(now));
    }

    public synchronized List<RecordingTaskView> recordingTasks() {
        Instant now = advance();
        return tasks.values().stream().map(t -> t.view(now)).toList();
    }

    public synchronized List<RecordingFileEvent> recordingFiles() {
        advance();
        return List.copyOf(files);
    }

    public synchronized List<MixSessionView> mixSessions() {
        advance();
        return mixes.values().stream().map(MixRec::view).toList();
    }

    public synchronized List<QueuedScreenshot> screenshotQueue() {
        advance();
        return List.copyOf(queue);
    }

    // ----------------------------------------------------------------------------------------- status APIs

    public synchronized List<StreamStatusEntry> getStatus(StreamStatusRequest r) {
        Instant now = advance();
        StreamRec s = streams.get(r.streamId());
        StreamView.Status status = s == null ? StreamView.Status.IDLE : s.status(now);
        if (s == null || (s.channelCreatedAt == null && status == StreamView.Status.IDLE)) {
            throw new ApiError(ApiError.NEVER_PUSHED, "stream " + r.streamId() + " has never been pushed");
        }
        return List.of(new StreamStatusEntry(0, 1, status.lvbStatus(), null, null));
    }

    public synchronized void setStatus(SetStatusRequest r) {
        Instant now = advance();
        StreamRec s = streams.get(r.streamId());
        switch (r.action()) {
            case BAN -> {
                if (s == null) {
                    s = new StreamRec(r.streamId());
                    streams.put(s.id, s);
                }
                kick(s, now, DisconnectReason.DISABLED);
                s.disabledUntil = now.plus(BAN_DURATION);
                s.disabledBy = DisableKind.SET_STATUS;
            }
            case ALLOW -> {
                if (s != null) {
                    s.enable();
                }
            }
            case DROP -> {
                if (s != null) {
                    kick(s, now, DisconnectReason.DROPPED);
                }
            }
        }
    }

    public synchronized void channelManager(ChannelManagerRequest r) {
        Instant now = advance();
        StreamRec s = streams.get(r.streamId());
        if (r.action() == ChannelManagerRequest.Action.RESUME) {
            if (s != null) {
                s.enable();
            }
            return;
        }
        if (s == null) {
            s = new StreamRec(r.streamId());
            streams.put(s.id, s);
        }
        kick(s, now, DisconnectReason.FORBIDDEN);
        Instant cap = now.plus(MAX_FORBID);
        Instant until = r.until().isAfter(cap) ? cap : r.until();
        if (until.isAfter(now)) {
            s.disabledUntil = until;
            s.disabledBy = DisableKind.CHANNEL_MANAGER;
        } else {
            s.enable();
        }
    }

    public synchronized ChannelList channelList(ChannelListRequest r) {
        Instant now = advance();
        Comparator<StreamRec> byCreation = Comparator.comparing((StreamRec s) -> s.channelCreatedAt)
                .thenComparing(s -> s.id);
        if (r.order() == SortOrder.DESC) {
            byCreation = byCreation.reversed();
        }
        List<Channel> all = streams.values().stream().filter(s -> s.channelCreatedAt != null)
                .filter(s -> matches(r.status(), channelStatus(s, now))).sorted(byCreation)
                .map(s -> new Channel(s.id, s.id, "0", LvbTime.format(s.channelCreatedAt), List.of(APP_NAME),
                        channelStatus(s, now), "0"))
                .toList();
        return new ChannelList(all.size(), page(all, r.pageNo(), r.pageSize(), ChannelListRequest.MIN_PAGE_SIZE));
    }

    public synchronized LiveChannelList liveChannelList() {
        advance();
        List<LiveChannel> live = liveStreams().stream().map(s -> new LiveChannel(s.id)).toList();
        return new LiveChannelList(live.size(), live);
    }

    // -------------------------------------------------------------------------------------- statistics APIs

    /**
     * @return the statistics, or {@code null} for LVB's "empty output" (a stream was named and is not live)
     */
    public synchronized LiveStat liveStat(LvbInterface api, LiveStatRequest r) {
        Instant now = advance();
        List<StreamRec> live = liveStreams();
        if (r.streamId() != null) {
            live = live.stream().filter(s -> s.id.equals(r.streamId())).toList();
        }
        if ((r.pullDomain() != null && !r.pullDomain().equals(config.playDomain()))
                || (r.pushDomain() != null && !r.pushDomain().equals(config.pushDomain()))) {
            live = List.of();
        }
        if (r.streamId() != null && live.isEmpty()) {
            return null;
        }
        boolean push = api != LvbInterface.GET_LIVE_PLAY_STAT;
        boolean play = api != LvbInterface.GET_LIVE_PUSH_STAT;
        double totalBandwidth = 0;
        long totalOnline = 0;
        for (StreamRec s : live) {
            totalBandwidth += s.live.bandwidthMbps();
            totalOnline += s.live.viewers;
        }
        List<StreamStat> info = page(live, r.pageNo(), r.pageSize(), LiveStatRequest.MAX_PAGE_SIZE).stream()
                .map(s -> new StreamStat(s.id, play ? s.live.bandwidthMbps() : null,
                        play ? (Long) (long) s.live.viewers : null, push ? s.live.userIp : null,
                        push ? NODE_IP : null, push ? s.live.fps : null, push ? s.live.speed : null, null, null))
                .toList();
        return new LiveStat(live.size(), play ? round(totalBandwidth) : null, play ? totalOnline : null, info,
                LvbTime.format(now));
    }

    public synchronized PushStatHistory pushStatHistory(PushStatHistoryRequest r) {
        Instant now = advance();
        Instant from = max(r.startTime(), now.minus(PUSH_HISTORY_RETENTION));
        Instant to = min(r.endTime(), now);
        StreamRec s = streams.get(r.streamId());
        List<PushStatPoint> points = new ArrayList<>();
        if (s != null) {
            for (Instant t = firstSample(from); !t.isAfter(to) && points.size() < MAX_SAMPLES;
                    t = t.plusSeconds(SAMPLE_SECONDS)) {
                Session live = s.sessionAt(t);
                if (live != null) {
                    points.add(new PushStatPoint(LvbTime.format(t), live.userIp, NODE_IP, live.fps, live.speed));
                }
            }
        }
        if (points.isEmpty()) {
            throw new ApiError(ApiError.STAT_NO_DATA, "query data is empty");
        }
        return new PushStatHistory(points);
    }

    public synchronized PlayStatHistory playStatHistory(PlayStatHistoryRequest r) {
        Instant now = advance();
        List<StreamRec> scope;
        if (r.domain() != null && !r.domain().equals(config.playDomain())) {
            scope = List.of();
        } else if (r.streamId() != null) {
            StreamRec s = streams.get(r.streamId());
            scope = s == null ? List.of() : List.of(s);
        } else {
            scope = List.copyOf(streams.values());
        }
        Instant from = max(r.startTime(), now.minus(PLAY_HISTORY_RETENTION));
        Instant to = min(r.endTime(), now);
        List<PlayStatPoint> points = new ArrayList<>();
        double sumFlux = 0;
        for (Instant t = firstSample(from); !scope.isEmpty() && !t.isAfter(to) && points.size() < MAX_SAMPLES;
                t = t.plusSeconds(SAMPLE_SECONDS)) {
            double bandwidth = 0;
            long online = 0;
            boolean any = false;
            for (StreamRec s : scope) {
                Session live = s.sessionAt(t);
                if (live != null) {
                    any = true;
                    bandwidth += live.bandwidthMbps();
                    online += live.viewers;
                }
            }
            if (any) {
                // Mbps over one minute, in MB.
                double flux = round(bandwidth * SAMPLE_SECONDS / 8);
                sumFlux += flux;
                points.add(new PlayStatPoint(LvbTime.format(t), round(bandwidth), online, flux));
            }
        }
        if (points.isEmpty()) {
            throw new ApiError(ApiError.STAT_NO_DATA, "query data is empty");
        }
        return new PlayStatHistory(points, new PlayStatSum(round(sumFlux)), r.domain(), r.streamId());
    }

    // ----------------------------------------------------------------------------------------- recording APIs

    public synchronized RecordingTask startRecording(StartRecordingRequest r) {
        Instant now = advance();
        boolean realtime = r.mode() == RecordingMode.REALTIME;
        Instant start = realtime ? now : r.startTime();
        Instant end = r.endTime();
        if (!end.isAfter(now)) {
            throw new ApiError(ApiError.FCGI_INVALID_PARAM,
                    "invalid Param.s.end_time: " + LvbTime.format(end) + " has already passed");
        }
        if (realtime && end.isAfter(now.plus(MAX_REALTIME))) {
            end = now.plus(MAX_REALTIME);
        }
        String id = Long.toUnsignedString(TASK_ID_BASE + (++taskSeq));
        RecordingFormat format = r.format() == null ? RecordingFormat.FLV : r.format();
        RecordType type = r.recordType() == null ? RecordType.VIDEO : r.recordType();
        tasks.put(id, new TaskRec(id, r.streamId(), realtime ? RecordingMode.REALTIME : RecordingMode.SCHEDULED,
                start, end, format, type));
        return new RecordingTask(id);
    }

    public synchronized void stopRecording(StopRecordingRequest r) {
        Instant now = advance();
        TaskRec t = tasks.get(normalizeTaskId(r.taskId()));
        if (t == null || !t.streamId.equals(r.streamId())) {
            throw new ApiError(ApiError.FCGI_INVALID_PARAM,
                    "invalid Param.n.task_id: no recording task " + r.taskId() + " for stream " + r.streamId());
        }
        if (t.done) {
            return;
        }
        finish(t, now.isBefore(t.start) ? t.start : now, RecordingTaskView.State.STOPPED);
    }

    public synchronized RecordingFiles recordingFileList(RecordingFilesRequest r) {
        advance();
        Comparator<RecordingFileEvent> order = Comparator.comparing(RecordingFileEvent::startTime)
                .thenComparing(RecordingFileEvent::fileId);
        if (r.sort() == SortOrder.DESC) {
            order = order.reversed();
        }
        List<RecordingFile> matching = files.stream().filter(f -> f.streamId().equals(r.streamId()))
                .filter(f -> r.startTime() == null || f.startTime() >= r.startTime().getEpochSecond())
                .filter(f -> r.endTime() == null || f.endTime() <= r.endTime().getEpochSecond()).sorted(order)
                .map(f -> new RecordingFile(f.videoId(), LvbTime.format(Instant.ofEpochSecond(f.startTime())),
                        LvbTime.format(Instant.ofEpochSecond(f.endTime())), f.fileId(), f.videoUrl()))
                .toList();
        return new RecordingFiles(matching.size(),
                page(matching, r.pageNo(), r.pageSize(), FILE_LIST_DEFAULT_PAGE_SIZE));
    }

    // -------------------------------------------------------------------------------------- screenshot queue

    public synchronized ScreenshotQueue queueGet(ScreenshotQueueRequest r) {
        advance();
        List<QueuedScreenshot> out = new ArrayList<>();
        if (r.bid() == ScreenshotQueueRequest.SCREENSHOT_QUEUE) {
            int want = r.count() == null ? 1 : r.count();
            while (out.size() < want && !queue.isEmpty()) {
                out.add(queue.pollFirst());
            }
        }
        return new ScreenshotQueue(out.size(), out);
    }

    // ------------------------------------------------------------------------------------------------- mixing

    public synchronized void startMix(StartMixRequest r) {
        Instant now = advance();
        for (MixInput in : r.inputs()) {
            Integer type = in.layoutParams().inputType();
            boolean isStream = type == null || type == 0 || type == 4 || type == 5;
            StreamRec s = streams.get(in.inputStreamId());
            if (isStream && (s == null || s.live == null)) {
                throw new MixError(dev.lvb.core.error.LvbMixErrorCode.INPUT_STREAM_NOT_FOUND,
                        "input stream " + in.inputStreamId() + " is not being pushed");
            }
        }
        boolean outputIsInput = r.inputs().stream().anyMatch(i -> i.inputStreamId().equals(r.outputStreamId()));
        MixOutputType type = r.outputType() == null ? MixOutputType.ONE_OF_INPUTS : r.outputType();
        if (type == MixOutputType.ONE_OF_INPUTS && !outputIsInput) {
            throw new MixError(dev.lvb.core.error.LvbMixErrorCode.OUTPUT_TYPE_MISMATCH,
                    "output_stream_type 0 needs output_stream_id to be one of the inputs");
        }
        if (type == MixOutputType.NEW_STREAM && (outputIsInput || streams.containsKey(r.outputStreamId()))) {
            throw new MixError(dev.lvb.core.error.LvbMixErrorCode.OUTPUT_TYPE_MISMATCH,
                    "output_stream_type 1 needs a new output_stream_id, not an input or an existing stream");
        }
        MixRec existing = mixes.get(r.sessionId());
        if (existing != null && !existing.outputStreamId.equals(r.outputStreamId())) {
            throw new MixError(dev.lvb.core.error.LvbMixErrorCode.SESSION_OUTPUT_CONFLICT,
                    "session " + r.sessionId() + " mixes into " + existing.outputStreamId);
        }
        for (MixRec other : mixes.values()) {
            if (other != existing && other.outputStreamId.equals(r.outputStreamId())) {
                throw new MixError(dev.lvb.core.error.LvbMixErrorCode.OUTPUT_STREAM_IN_USE,
                        "session " + other.sessionId + " already mixes into " + r.outputStreamId());
            }
        }
        List<String> inputs = r.inputs().stream().map(MixInput::inputStreamId).toList();
        int template = r.templateId() == null ? 0 : r.templateId();
        if (existing == null) {
            mixes.put(r.sessionId(), new MixRec(r.sessionId(), r.outputStreamId(), type.code(), template, inputs,
                    now, now));
        } else {
            mixes.put(r.sessionId(), new MixRec(r.sessionId(), r.outputStreamId(), type.code(), template, inputs,
                    existing.createdAt, now));
        }
    }

    public synchronized void cancelMix(CancelMixRequest r) {
        advance();
        MixRec existing = mixes.get(r.sessionId());
        if (existing == null) {
            throw new MixError(dev.lvb.core.error.LvbMixErrorCode.CANCEL_UNKNOWN_SESSION_1,
                    "no mixing session " + r.sessionId());
        }
        if (!existing.outputStreamId.equals(r.outputStreamId())) {
            throw new MixError(dev.lvb.core.error.LvbMixErrorCode.CANCEL_OUTPUT_MISMATCH,
                    "session " + r.sessionId() + " mixes into " + existing.outputStreamId);
        }
        mixes.remove(r.sessionId());
    }

    /** @return whether a stream id is known to the simulator (pushed, or its status set) */
    public synchronized boolean knows(String streamId) {
        return streams.containsKey(streamId);
    }

    // ------------------------------------------------------------------------------------------------ internals

    /** Applies expiries, ends recording windows, takes periodic screenshots; returns now. */
    private Instant advance() {
        Instant now = clock.instant();
        for (StreamRec s : streams.values()) {
            if (s.disabledUntil != null && !now.isBefore(s.disabledUntil)) {
                s.enable();
            }
        }
        for (TaskRec t : tasks.values()) {
            if (!t.done && !now.isBefore(t.end)) {
                finish(t, t.end, RecordingTaskView.State.FINISHED);
            }
        }
        Duration every = config.screenshotInterval();
        if (every != null) {
            for (StreamRec s : streams.values()) {
                if (s.live != null && !now.isBefore(s.lastScreenshot.plus(every))) {
                    takeScreenshot(s, now);
                }
            }
        }
        return now;
    }

    private void kick(StreamRec s, Instant now, DisconnectReason reason) {
        if (s.live != null) {
            endPush(s, now, reason);
        }
    }

    private void endPush(StreamRec s, Instant now, DisconnectReason reason) {
        Session session = s.live;
        session.end = now;
        s.live = null;
        long durationMs = Math.max(0, Duration.between(session.start, now).toMillis());
        outbox.add(new StreamEndEvent(config.appId(), config.pushDomain(), APP_NAME, s.id, s.id,
                now.getEpochSecond(), session.sequence, NODE_IP, session.userIp, session.streamParam,
                reason.errcode(), reason.errmsg(), null, null, null, null, durationMs));
    }

    private ScreenshotEvent takeScreenshot(StreamRec s, Instant now) {
        long n = ++shotSeq;
        String path = Media.PATH + "snapshot-" + n + ".jpg";
        String full = mediaBase + "snapshot-" + n + ".jpg";
        s.lastScreenshot = now;
        queue.addLast(new QueuedScreenshot(s.id, full, null, now.getEpochSecond()));
        while (queue.size() > QUEUE_LIMIT) {
            queue.pollFirst();
        }
        ScreenshotEvent event = new ScreenshotEvent(config.appId(), s.id, s.id, path, full, now.getEpochSecond(),
                null, null, null, null, null, s.live.streamParam, null);
        outbox.add(event);
        return event;
    }

    /** Ends a task at {@code at}: one file per stretch of the window during which the stream was live. */
    private void finish(TaskRec t, Instant at, RecordingTaskView.State state) {
        t.done = true;
        t.state = state;
        t.finishedAt = at;
        StreamRec s = streams.get(t.streamId);
        if (s == null) {
            return;
        }
        for (Session session : s.history) {
            Instant from = max(t.start, session.start);
            Instant to = min(at, session.end == null ? at : session.end);
            if (Duration.between(from, to).getSeconds() >= 1) {
                addFile(t, session, from.truncatedTo(ChronoUnit.SECONDS), to.truncatedTo(ChronoUnit.SECONDS));
            }
        }
    }

    private void addFile(TaskRec t, Session session, Instant from, Instant to) {
        long n = ++fileSeq;
        String fileId = Long.toString(FILE_ID_BASE + n);
        String vid = config.appId() + "_" + LvbSignature.sign(t.streamId, n);
        String ext = switch (t.format) {
            case FLV -> "flv";
            case HLS -> "m3u8";
            case MP4 -> "mp4";
            case AAC -> "aac";
        };
        long duration = Duration.between(from, to).getSeconds();
        long bitsPerSecond = t.recordType == RecordType.AUDIO ? 128_000L : session.speed;
        RecordingFileEvent file = new RecordingFileEvent(config.appId(), t.streamId, t.streamId, vid,
                mediaBase + vid + ".f0." + ext, duration * bitsPerSecond / 8, from.getEpochSecond(),
                to.getEpochSecond(), fileId, t.format.wire(), null, fileId, duration, session.streamParam, null,
                t.id);
        files.add(file);
        t.fileIds.add(fileId);
        outbox.add(file);
    }

    private List<StreamRec> liveStreams() {
        return streams.values().stream().filter(s -> s.live != null)
                .sorted(Comparator.comparing((StreamRec s) -> s.live.start).thenComparing(s -> s.id)).toList();
    }

    /** Live_Channel_GetChannelList item status: 0 no input, 1 normal, 3 closed (banned), 4 forbidden. */
    private static int channelStatus(StreamRec s, Instant now) {
        return switch (s.status(now)) {
            case LIVE -> 1;
            case DISABLED -> 3;
            case FORBIDDEN -> 4;
            case IDLE -> 0;
        };
    }

    /** The filter's 3 ("off") covers both closed and forbidden channels. */
    private static boolean matches(ChannelStatusFilter filter, int status) {
        if (filter == null) {
            return true;
        }
        return switch (filter) {
            case INTERRUPTED -> status == 0;
            case ON -> status == 1;
            case OFF -> status == 3 || status == 4;
        };
    }

    private static <T> List<T> page(List<T> all, Integer pageNo, Integer pageSize, int defaultSize) {
        int size = pageSize == null ? defaultSize : pageSize;
        long from = (long) ((pageNo == null ? 1 : pageNo) - 1) * size;
        if (from >= all.size()) {
            return List.of();
        }
        return List.copyOf(all.subList((int) from, (int) Math.min(all.size(), from + size)));
    }

    private static Instant firstSample(Instant from) {
        long s = from.getEpochSecond();
        long aligned = Math.floorDiv(s + SAMPLE_SECONDS - 1, SAMPLE_SECONDS) * SAMPLE_SECONDS;
        return Instant.ofEpochSecond(aligned);
    }

    private static String normalizeTaskId(String digits) {
        // "00123" and "123" name the same task.
        return new java.math.BigInteger(digits).toString();
    }

    static double round(double v) {
        return BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_UP).doubleValue();
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private enum DisableKind {
        SET_STATUS, CHANNEL_MANAGER
    }

    private static final class StreamRec {
        final String id;
        final List<Session> history = new ArrayList<>();
        Session live;
        Instant channelCreatedAt;
        Instant disabledUntil;
        DisableKind disabledBy;
        int pushCount;
        Instant lastScreenshot;

        StreamRec(String id) {
            this.id = id;
        }

        boolean isDisabled(Instant now) {
            return disabledUntil != null && now.isBefore(disabledUntil);
        }

        void enable() {
            disabledUntil = null;
            disabledBy = null;
        }

        StreamView.Status status(Instant now) {
            if (live != null) {
                return StreamView.Status.LIVE;
            }
            if (isDisabled(now)) {
                return disabledBy == DisableKind.SET_STATUS ? StreamView.Status.DISABLED
                        : StreamView.Status.FORBIDDEN;
            }
            return StreamView.Status.IDLE;
        }

        Session sessionAt(Instant t) {
            for (Session s : history) {
                if (!t.isBefore(s.start) && (s.end == null || t.isBefore(s.end))) {
                    return s;
                }
            }
            return null;
        }

        StreamView view(Instant now) {
            StreamView.Status status = status(now);
            Session l = live;
            return new StreamView(id, status, l == null ? null : l.sequence, l == null ? null : l.start,
                    isDisabled(now) ? disabledUntil : null, channelCreatedAt, pushCount,
                    l == null ? null : l.viewers, l == null ? null : l.fps, l == null ? null : l.speed,
                    l == null ? null : l.bandwidthMbps());
        }
    }

    private static final class Session {
        final String sequence;
        final Instant start;
        final String userIp;
        final String streamParam;
        final int viewers;
        final int fps;
        final long speed;
        Instant end;

        Session(String sequence, Instant start, String userIp, String streamParam, int viewers, int fps,
                long speed) {
            this.sequence = sequence;
            this.start = start;
            this.userIp = userIp;
            this.streamParam = streamParam;
            this.viewers = viewers;
            this.fps = fps;
            this.speed = speed;
        }

        /** Playback bandwidth: every viewer pulls the push's bit rate. */
        double bandwidthMbps() {
            return round(viewers * (double) speed / 1_000_000d);
        }
    }

    private static final class TaskRec {
        final String id;
        final String streamId;
        final RecordingMode mode;
        final Instant start;
        final Instant end;
        final RecordingFormat format;
        final RecordType recordType;
        final List<String> fileIds = new ArrayList<>();
        boolean done;
        RecordingTaskView.State state;
        Instant finishedAt;

        TaskRec(String id, String streamId, RecordingMode mode, Instant start, Instant end, RecordingFormat format,
                RecordType recordType) {
            this.id = id;
            this.streamId = streamId;
            this.mode = mode;
            this.start = start;
            this.end = end;
            this.format = format;
            this.recordType = recordType;
        }

        RecordingTaskView view(Instant now) {
            RecordingTaskView.State s = done ? state
                    : now.isBefore(start) ? RecordingTaskView.State.SCHEDULED : RecordingTaskView.State.RECORDING;
            return new RecordingTaskView(id, streamId, mode, start, done ? finishedAt : end, format.wire(),
                    recordType.wire(), s, fileIds);
        }
    }

    private record MixRec(String sessionId, String outputStreamId, int outputType, int templateId,
            List<String> inputs, Instant createdAt, Instant updatedAt) {
        MixSessionView view() {
            return new MixSessionView(sessionId, outputStreamId, outputType, templateId, inputs, createdAt,
                    updatedAt);
        }
    }
}
