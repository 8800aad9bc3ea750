package dev.lvb.simulator;

import java.time.Instant;
import java.util.List;

import dev.lvb.core.model.RecordingMode;

/**
 * A snapshot of one recording task created by Live_Tape_Start.
 *
 * @param taskId the task id, an unsigned 64-bit number in decimal (the simulator's ids exceed 2^63)
 * @param streamId the stream
 * @param mode scheduled or real-time
 * @param startTime the start of the recording window
 * @param endTime the end of the window (real-time tasks: capped at creation + 30 minutes), or when
 *        Live_Tape_Stop ended the task
 * @param fileFormat {@code flv}, {@code hls}, {@code mp4} or {@code aac}
 * @param recordType {@code video} or {@code audio}
 * @param state where the task is
 * @param fileIds the {@code file_id}s of the recording files it produced
 */
public record RecordingTaskView(String taskId, String streamId, RecordingMode mode, Instant startTime,
        Instant endTime, String fileFormat, String recordType, State state, List<String> fileIds) {

    /** Where a task is. */
    public enum State {
        /** Its window has not begun. */
        SCHEDULED,
        /** Its window is open. */
        RECORDING,
        /** Its window has passed; files were produced for the time the stream was live. */
        FINISHED,
        /** Live_Tape_Stop ended it; files were produced for the time the stream was live. */
        STOPPED
    }

    /**
     * Keeps an unmodifiable copy of {@code fileIds}.
     *
     * @param taskId the task id, an unsigned 64-bit number in decimal (the simulator's ids exceed 2^63)
     * @param streamId the stream
     * @param mode scheduled or real-time
     * @param startTime the start of the recording window
     * @param endTime the end of the window (real-time tasks: capped at creation + 30 minutes), or when
     *         Live_Tape_Stop ended the task
     * @param fileFormat {@code flv}, {@code hls}, {@code mp4} or {@code aac}
     * @param recordType {@code video} or {@code audio}
     * @param state where the task is
     * @param fileIds the {@code file_id}s of the recording files it produced
     */
    public RecordingTaskView {
        fileIds = List.copyOf(fileIds);
    }
}
