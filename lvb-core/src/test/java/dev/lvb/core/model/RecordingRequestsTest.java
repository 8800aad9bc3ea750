package dev.lvb.core.model;

import static dev.lvb.core.model.RequestAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Live_Tape_GetFilelist, Live_Tape_Start, Live_Tape_Stop (§2.6, 2.11, 2.12). */
class RecordingRequestsTest {
    // 2017-01-01 10:10:01 CST and 11:00:00 CST
    private static final Instant START = Instant.parse("2017-01-01T02:10:01Z");

    private static final Instant END = Instant.parse("2017-01-01T03:00:00Z");

    @Test
    void recordingFilesPageSizeIsOneTo100() {
        RecordingFilesRequest r = RecordingFilesRequest.of("2519_a");
        assertThat(r.page(1, 1).pageSize()).isEqualTo(1);
        assertThat(r.page(1, 100).pageSize()).isEqualTo(100);
        assertInvalid("Param.n.page_size", () -> r.page(1, 0));
        assertInvalid("Param.n.page_size", () -> r.page(1, 101));
        assertInvalid("Param.n.page_no", () -> r.page(0, 10));
    }

    @Test
    void recordingFilesNeedsAStream() {
        assertInvalid("Param.s.channel_id", () -> RecordingFilesRequest.of(null));
        assertInvalid("Param.s.channel_id", () -> RecordingFilesRequest.of("a b"));
    }

    @Test
    void aWindowCrossingMidnightInChinaIsRejected() {
        // 23:30 CST to 00:10 CST the next day (15:30 to 16:10 UTC, the same UTC day)
        Instant start = Instant.parse("2017-01-01T15:30:00Z");
        Instant end = Instant.parse("2017-01-01T16:10:00Z");
        assertInvalid("Param.s.end_time", () -> RecordingFilesRequest.of("2519_a").between(start, end));
    }

    @Test
    void aWindowEndingBeforeItStartsIsRejected() {
        assertInvalid("Param.s.end_time", () -> RecordingFilesRequest.of("2519_a").between(END, START));
    }

    @Test
    void aScheduledRecordingNeedsAStart() {
        assertInvalid("Param.s.start_time", () -> StartRecordingRequest.scheduled("2519_a", null, END));
    }

    @Test
    void everyRecordingNeedsAnEndAndAStream() {
        assertInvalid("Param.s.end_time", () -> StartRecordingRequest.scheduled("2519_a", START, null));
        assertInvalid("Param.s.end_time", () -> StartRecordingRequest.realtime("2519_a", null));
        assertInvalid("Param.s.channel_id", () -> StartRecordingRequest.realtime("", END));
    }

    @ParameterizedTest(name = "task id \"{0}\"")
    @ValueSource(strings = { "18446744073709551616", "99999999999999999999", "123456789012345678901", "-1", "12a",
            "1.0", "1e3", "0x10", "١٢٣", "+1", "1_000" })
    void taskIdsBeyondUnsigned64BitOrNotDigitsAreRejected(String taskId) {
        assertInvalid("Param.n.task_id", () -> StopRecordingRequest.of("2519_a", taskId));
    }

    @Test
    void taskIdWithWhitespaceOrMissingIsRejected() {
        assertInvalid("Param.n.task_id", () -> StopRecordingRequest.of("2519_a", " 1"));
        assertInvalid("Param.n.task_id", () -> StopRecordingRequest.of("2519_a", ""));
        assertInvalid("Param.n.task_id", () -> StopRecordingRequest.of("2519_a", null));
        assertInvalid("Param.s.channel_id", () -> StopRecordingRequest.of(null, "1"));
    }

    @Test
    void recordingEnumsUseTheDocumentedWireValues() {
        assertThat(RecordingMode.SCHEDULED.code()).isZero();
        assertThat(RecordingMode.REALTIME.code()).isEqualTo(1);
        assertThat(RecordingFormat.AAC.wire()).isEqualTo("aac");
        assertThat(RecordType.AUDIO.wire()).isEqualTo("audio");
        assertThat(SortOrder.DESC.text()).isEqualTo("desc");
        assertThat(SortOrder.DESC.number()).isEqualTo(1);
        assertThat(SortOrder.ASC.number()).isZero();
    }
}
