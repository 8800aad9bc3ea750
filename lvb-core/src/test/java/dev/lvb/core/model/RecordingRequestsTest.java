package dev.lvb.core.model;

import static dev.lvb.core.model.RequestAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.lvb.core.wire.LvbRequestParams;

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

    // --- Live_Tape_GetFilelist

    @Test
    void recordingFilesWireNamesWithCstTimes() {
        RecordingFilesRequest r = RecordingFilesRequest.of("2519_a").page(2, 100).sorted(SortOrder.DESC)
                .between(START, END);
        assertThat(LvbRequestParams.of(r).entries()).containsExactly(entry("Param.s.channel_id", "2519_a"),
                entry("Param.n.page_no", "2"), entry("Param.n.page_size", "100"), entry("Param.s.sort_type", "desc"),
                entry("Param.s.start_time", "2017-01-01 10:10:01"), entry("Param.s.end_time", "2017-01-01 11:00:00"));
        // spec §1.2: encoded exactly once
        assertThat(LvbRequestParams.of(r).toFormEncoded()).isEqualTo("Param.s.channel_id=2519_a&Param.n.page_no=2"
                + "&Param.n.page_size=100&Param.s.sort_type=desc&Param.s.start_time=2017-01-01+10%3A10%3A01"
                + "&Param.s.end_time=2017-01-01+11%3A00%3A00");
    }

    @Test
    void recordingFilesMinimal() {
        RecordingFilesRequest r = RecordingFilesRequest.of("2519_a");
        assertThat(LvbRequestParams.of(r).entries()).containsExactly(entry("Param.s.channel_id", "2519_a"));
        assertThat(LvbRequestParams.of(r.sorted(SortOrder.ASC)).get("Param.s.sort_type")).contains("asc");
    }

    @Test
    void aWindowCrossingMidnightUtcButNotInChinaIsAccepted() {
        // 07:30 to 08:10 CST on 2 January (23:30 to 00:10 UTC across a UTC midnight)
        Instant start = Instant.parse("2017-01-01T23:30:00Z");
        Instant end = Instant.parse("2017-01-02T00:10:00Z");
        RecordingFilesRequest r = RecordingFilesRequest.of("2519_a").between(start, end);
        assertThat(LvbRequestParams.of(r).get("Param.s.start_time")).contains("2017-01-02 07:30:00");
        assertThat(LvbRequestParams.of(r).get("Param.s.end_time")).contains("2017-01-02 08:10:00");
    }

    @Test
    void aWindowOfAWholeChinaDayIsAccepted() {
        Instant start = Instant.parse("2016-12-31T16:00:00Z"); // 2017-01-01 00:00:00 CST
        Instant end = Instant.parse("2017-01-01T15:59:59Z"); // 2017-01-01 23:59:59 CST
        assertThat(RecordingFilesRequest.of("2519_a").between(start, end).endTime()).isEqualTo(end);
        assertInvalid("Param.s.end_time",
                () -> RecordingFilesRequest.of("2519_a").between(start, end.plusSeconds(1)));
    }

    // --- Live_Tape_Start

    @Test
    void scheduledRecordingWireNames() {
        StartRecordingRequest r = new StartRecordingRequest("2519_a", RecordingMode.SCHEDULED, START, END,
                RecordingFormat.MP4, RecordType.VIDEO, "live", "push.example.com", true);
        assertThat(LvbRequestParams.of(r).entries()).containsExactly(entry("Param.s.channel_id", "2519_a"),
                entry("Param.s.start_time", "2017-01-01 10:10:01"), entry("Param.s.end_time", "2017-01-01 11:00:00"),
                entry("Param.n.task_sub_type", "0"), entry("Param.s.file_format", "mp4"),
                entry("Param.s.record_type", "video"), entry("Param.s.path", "live"),
                entry("Param.s.domain", "push.example.com"), entry("Param.s.mix_stream", "1"));
        assertThat(LvbRequestParams.of(r).toFormEncoded()).contains("Param.s.start_time=2017-01-01+10%3A10%3A01");
    }

    @Test
    void scheduledFactorySendsOnlyTheRequiredParameters() {
        StartRecordingRequest r = StartRecordingRequest.scheduled("2519_a", START, END);
        assertThat(LvbRequestParams.of(r).entries()).containsExactly(entry("Param.s.channel_id", "2519_a"),
                entry("Param.s.start_time", "2017-01-01 10:10:01"), entry("Param.s.end_time", "2017-01-01 11:00:00"),
                entry("Param.n.task_sub_type", "0"));
    }

    @Test
    void realtimeRecordingDoesNotSendAStartTime() {
        StartRecordingRequest r = StartRecordingRequest.realtime("2519_a", END);
        assertThat(LvbRequestParams.of(r).entries()).containsExactly(entry("Param.s.channel_id", "2519_a"),
                entry("Param.s.end_time", "2017-01-01 11:00:00"), entry("Param.n.task_sub_type", "1"));
    }

    @Test
    void aStartTimeGivenToARealtimeRecordingIsNeitherSentNorKept() {
        StartRecordingRequest r = new StartRecordingRequest("2519_a", RecordingMode.REALTIME, START, END, null, null,
                null, null, null);
        assertThat(LvbRequestParams.of(r).get("Param.s.start_time")).isEmpty();
        assertThat(r.startTime()).isNull();
        assertThat(r).isEqualTo(StartRecordingRequest.realtime("2519_a", END));
    }

    @Test
    void withoutAModeTheRecordingIsScheduledAndNoSubTypeIsSent() {
        StartRecordingRequest r = new StartRecordingRequest("2519_a", null, START, END, null, null, null, null, null);
        assertThat(LvbRequestParams.of(r).entries()).containsExactly(entry("Param.s.channel_id", "2519_a"),
                entry("Param.s.start_time", "2017-01-01 10:10:01"), entry("Param.s.end_time", "2017-01-01 11:00:00"));
        assertInvalid("Param.s.start_time",
                () -> new StartRecordingRequest("2519_a", null, null, END, null, null, null, null, null));
    }

    @Test
    void aScheduledRecordingLastsAtMostOneDay() {
        assertInvalid("Param.s.end_time",
                () -> StartRecordingRequest.scheduled("2519_a", START, START.plus(Duration.ofDays(1)).plusSeconds(1)));
        assertInvalid("Param.s.end_time", () -> StartRecordingRequest.scheduled("2519_a", START, START));
        assertInvalid("Param.s.end_time", () -> StartRecordingRequest.scheduled("2519_a", END, START));
    }

    @Test
    void aacNeedsAudio() {
        StartRecordingRequest base = StartRecordingRequest.scheduled("2519_a", START, END);
        assertInvalid("Param.s.file_format", () -> base.as(RecordingFormat.AAC, RecordType.VIDEO));
        assertInvalid("Param.s.file_format", () -> base.as(RecordingFormat.AAC, null));
        StartRecordingRequest audio = base.as(RecordingFormat.AAC, RecordType.AUDIO);
        assertThat(LvbRequestParams.of(audio).get("Param.s.file_format")).contains("aac");
        assertThat(LvbRequestParams.of(audio).get("Param.s.record_type")).contains("audio");
    }

    @Test
    void mixStreamFalseIsTheSameAsAbsent() {
        StartRecordingRequest off = new StartRecordingRequest("2519_a", RecordingMode.REALTIME, null, END, null, null,
                null, null, false);
        assertThat(LvbRequestParams.of(off).get("Param.s.mix_stream")).isEmpty();
        assertThat(off.mixStream()).isNull();
    }

    @Test
    void subSecondTimesAreKeptAsTheWholeSecondsSent() {
        StartRecordingRequest r = StartRecordingRequest.scheduled("2519_a", START.plusMillis(500), END.plusMillis(999));
        assertThat(r.startTime()).isEqualTo(START);
        assertThat(r.endTime()).isEqualTo(END);
    }

    // --- Live_Tape_Stop

    @Test
    void stopRecordingWireNames() {
        StopRecordingRequest r = new StopRecordingRequest("2519_a", "18446744073709551615", RecordingMode.REALTIME);
        assertThat(LvbRequestParams.of(r).entries()).containsExactly(entry("Param.s.channel_id", "2519_a"),
                entry("Param.n.task_id", "18446744073709551615"), entry("Param.n.task_sub_type", "1"));
        StopRecordingRequest plain = StopRecordingRequest.of("2519_a", "42");
        assertThat(LvbRequestParams.of(plain).entries()).containsExactly(entry("Param.s.channel_id", "2519_a"),
                entry("Param.n.task_id", "42"));
    }

    @ParameterizedTest(name = "task id {0}")
    @ValueSource(strings = { "0", "1", "9223372036854775807", "9223372036854775808", "18446744073709551615",
            "00000000000000000001" })
    void taskIdsUpToTwoToTheSixtyFourMinusOneAreAccepted(String taskId) {
        StopRecordingRequest r = StopRecordingRequest.of("2519_a", taskId);
        assertThat(LvbRequestParams.of(r).get("Param.n.task_id")).contains(taskId);
    }
}
