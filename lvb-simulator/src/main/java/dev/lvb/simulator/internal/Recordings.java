package dev.lvb.simulator.internal;

import static dev.lvb.simulator.internal.Account.max;
import static dev.lvb.simulator.internal.Account.min;
import static dev.lvb.simulator.internal.Account.page;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.lvb.core.LvbSignature;
import dev.lvb.core.LvbTime;
import dev.lvb.core.event.RecordingFileEvent;
import dev.lvb.core.model.RecordType;
import dev.lvb.core.model.RecordingFile;
import dev.lvb.core.model.RecordingFiles;
import dev.lvb.core.model.RecordingFilesRequest;
import dev.lvb.core.model.RecordingFormat;
import dev.lvb.core.model.RecordingMode;
import dev.lvb.core.model.RecordingTask;
import dev.lvb.core.model.SortOrder;
import dev.lvb.core.model.StartRecordingRequest;
import dev.lvb.core.model.StopRecordingRequest;
import dev.lvb.simulator.LvbSimulatorConfig;
import dev.lvb.simulator.RecordingTaskView;

/**
 * Recording tasks ({@code Live_Tape_Start}/{@code Stop}) and the files they leave: one file per stretch of a task's
 * window during which its stream was live.
 */
final class Recordings {

    /** A real-time recording ends at most 30 minutes after it starts. */
    static final Duration MAX_REALTIME = Duration.ofMinutes(30);
    /** Live_Tape_GetFilelist's default page size. */
    static final int FILE_LIST_DEFAULT_PAGE_SIZE = 10;
    /** Task ids start above 2^63 so that clients must treat them as unsigned 64-bit numbers. */
    static final long TASK_ID_BASE = Long.MIN_VALUE + 0x5_0000L;
    static final long FILE_ID_BASE = 9031868222958930000L;

    private final Account account;
    private final LvbSimulatorConfig config;
    private final String mediaBase;
    private final Streams streams;
    private final Map<String, TaskRec> tasks = new LinkedHashMap<>();
    private final List<RecordingFileEvent> files = new ArrayList<>();
    private long taskSeq;
    private long fileSeq;

    Recordings(Account account, Streams streams) {
        this.account = account;
        this.config = account.config;
        this.mediaBase = account.mediaBase;
        this.streams = streams;
    }

    /** Ends the tasks whose window closed. */
    void finishDue(Instant now) {
        for (TaskRec t : tasks.values()) {
            if (!t.done && !now.isBefore(t.end)) {
                finish(t, t.end, RecordingTaskView.State.FINISHED);
            }
        }
    }

    List<RecordingTaskView> tasks(Instant now) {
        return tasks.values().stream().map(t -> t.view(now)).toList();
    }

    List<RecordingFileEvent> files() {
        return List.copyOf(files);
    }

    void reset() {
        tasks.clear();
        files.clear();
    }

    RecordingTask startRecording(StartRecordingRequest r, Instant now) {
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

    void stopRecording(StopRecordingRequest r, Instant now) {
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

    RecordingFiles recordingFileList(RecordingFilesRequest r) {
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

    /** Ends a task at {@code at}: one file per stretch of the window during which the stream was live. */
    private void finish(TaskRec t, Instant at, RecordingTaskView.State state) {
        t.done = true;
        t.state = state;
        t.finishedAt = at;
        Streams.StreamRec s = streams.get(t.streamId);
        if (s == null) {
            return;
        }
        for (Streams.Session session : s.history) {
            Instant from = max(t.start, session.start);
            Instant to = min(at, session.end == null ? at : session.end);
            if (Duration.between(from, to).getSeconds() >= 1) {
                addFile(t, session, from.truncatedTo(ChronoUnit.SECONDS), to.truncatedTo(ChronoUnit.SECONDS));
            }
        }
    }

    private void addFile(TaskRec t, Streams.Session session, Instant from, Instant to) {
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
        RecordingFileEvent file = new RecordingFileEvent(session.appId, t.streamId, t.streamId, vid,
                mediaBase + vid + ".f0." + ext, duration * bitsPerSecond / 8, from.getEpochSecond(),
                to.getEpochSecond(), fileId, t.format.wire(), null, fileId, duration, session.streamParam, null,
                t.id);
        files.add(file);
        t.fileIds.add(fileId);
        account.emit(file);
    }

    private static String normalizeTaskId(String digits) {
        // "00123" and "123" name the same task.
        return new java.math.BigInteger(digits).toString();
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
}
