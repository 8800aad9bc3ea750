package dev.lvb.simulator.internal;

import static dev.lvb.simulator.internal.RequestAssertions.assertInvalid;
import static dev.lvb.simulator.internal.RequestAssertions.assertRoundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Duration;
import java.time.Instant;

import dev.lvb.core.wire.LvbParams;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import dev.lvb.core.wire.LvbRequestParams;
import dev.lvb.core.model.RecordType;
import dev.lvb.core.model.RecordingFilesRequest;
import dev.lvb.core.model.RecordingFormat;
import dev.lvb.core.model.RecordingMode;
import dev.lvb.core.model.SortOrder;
import dev.lvb.core.model.StartRecordingRequest;
import dev.lvb.core.model.StopRecordingRequest;

/** Live_Tape_GetFilelist, Live_Tape_Start, Live_Tape_Stop (§2.6, 2.11, 2.12). */
class RecordingRequestsParsingTest {
    // 2017-01-01 10:10:01 CST and 11:00:00 CST
    private static final Instant START = Instant.parse("2017-01-01T02:10:01Z");

    private static final Instant END = Instant.parse("2017-01-01T03:00:00Z");

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
        assertRoundTrip(r, RequestParsers::recordingFiles);
    }

    @Test
    void recordingFilesMinimal() {
        RecordingFilesRequest r = RecordingFilesRequest.of("2519_a");
        assertThat(LvbRequestParams.of(r).entries()).containsExactly(entry("Param.s.channel_id", "2519_a"));
        assertRoundTrip(r, RequestParsers::recordingFiles);
        assertRoundTrip(r.sorted(SortOrder.ASC), RequestParsers::recordingFiles);
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
        assertRoundTrip(r, RequestParsers::recordingFiles);
    }

    @Test
    void aWindowOfAWholeChinaDayIsAccepted() {
        Instant start = Instant.parse("2016-12-31T16:00:00Z"); // 2017-01-01 00:00:00 CST
        Instant end = Instant.parse("2017-01-01T15:59:59Z"); // 2017-01-01 23:59:59 CST
        assertRoundTrip(RecordingFilesRequest.of("2519_a").between(start, end), RequestParsers::recordingFiles);
        assertInvalid("Param.s.end_time",
                () -> RecordingFilesRequest.of("2519_a").between(start, end.plusSeconds(1)));
    }

    @Test
    void aHalfOpenWindowIsAllowed() {
        assertRoundTrip(RecordingFilesRequest.of("2519_a").between(START, null), RequestParsers::recordingFiles);
        assertRoundTrip(RecordingFilesRequest.of("2519_a").between(null, END), RequestParsers::recordingFiles);
    }

    @Test
    void recordingFilesTimesInAnotherFormatAreRejectedNamingTheParameter() {
        assertInvalid("Param.s.start_time", () -> RequestParsers.recordingFiles(
                LvbParams.parseFormEncoded("Param.s.channel_id=a&Param.s.start_time=2017-01-01T10%3A10%3A01")));
        assertInvalid("Param.s.end_time", () -> RequestParsers.recordingFiles(
                LvbParams.parseFormEncoded("Param.s.channel_id=a&Param.s.end_time=1483236601")));
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
        assertRoundTrip(r, RequestParsers::startRecording);
    }

    @Test
    void scheduledFactorySendsOnlyTheRequiredParameters() {
        StartRecordingRequest r = StartRecordingRequest.scheduled("2519_a", START, END);
        assertThat(LvbRequestParams.of(r).entries()).containsExactly(entry("Param.s.channel_id", "2519_a"),
                entry("Param.s.start_time", "2017-01-01 10:10:01"), entry("Param.s.end_time", "2017-01-01 11:00:00"),
                entry("Param.n.task_sub_type", "0"));
        assertRoundTrip(r, RequestParsers::startRecording);
    }

    @Test
    void realtimeRecordingDoesNotSendAStartTime() {
        StartRecordingRequest r = StartRecordingRequest.realtime("2519_a", END);
        assertThat(LvbRequestParams.of(r).entries()).containsExactly(entry("Param.s.channel_id", "2519_a"),
                entry("Param.s.end_time", "2017-01-01 11:00:00"), entry("Param.n.task_sub_type", "1"));
        assertRoundTrip(r, RequestParsers::startRecording);
    }

    @Test
    void aStartTimeGivenToARealtimeRecordingIsNeitherSentNorKept() {
        StartRecordingRequest r = new StartRecordingRequest("2519_a", RecordingMode.REALTIME, START, END, null, null,
                null, null, null);
        assertThat(LvbRequestParams.of(r).get("Param.s.start_time")).isEmpty();
        assertThat(r.startTime()).isNull();
        assertThat(r).isEqualTo(StartRecordingRequest.realtime("2519_a", END));
        assertRoundTrip(r, RequestParsers::startRecording);
    }

    @Test
    void withoutAModeTheRecordingIsScheduledAndNoSubTypeIsSent() {
        StartRecordingRequest r = new StartRecordingRequest("2519_a", null, START, END, null, null, null, null, null);
        assertThat(LvbRequestParams.of(r).entries()).containsExactly(entry("Param.s.channel_id", "2519_a"),
                entry("Param.s.start_time", "2017-01-01 10:10:01"), entry("Param.s.end_time", "2017-01-01 11:00:00"));
        assertRoundTrip(r, RequestParsers::startRecording);
        assertInvalid("Param.s.start_time",
                () -> new StartRecordingRequest("2519_a", null, null, END, null, null, null, null, null));
    }

    @Test
    void aScheduledRecordingLastsAtMostOneDay() {
        assertRoundTrip(StartRecordingRequest.scheduled("2519_a", START, START.plus(Duration.ofDays(1))),
                RequestParsers::startRecording);
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
        assertRoundTrip(audio, RequestParsers::startRecording);
    }

    @ParameterizedTest
    @EnumSource(value = RecordingFormat.class, names = { "FLV", "HLS", "MP4" })
    void audioCanBeRecordedInEveryFormat(RecordingFormat format) {
        assertRoundTrip(StartRecordingRequest.realtime("2519_a", END).as(format, RecordType.AUDIO),
                RequestParsers::startRecording);
        assertRoundTrip(StartRecordingRequest.realtime("2519_a", END).as(format, RecordType.VIDEO),
                RequestParsers::startRecording);
    }

    @Test
    void mixStreamFalseIsTheSameAsAbsent() {
        StartRecordingRequest off = new StartRecordingRequest("2519_a", RecordingMode.REALTIME, null, END, null, null,
                null, null, false);
        assertThat(LvbRequestParams.of(off).get("Param.s.mix_stream")).isEmpty();
        assertThat(off.mixStream()).isNull();
        assertRoundTrip(off, RequestParsers::startRecording);
    }

    @Test
    void startRecordingFromBadParams() {
        String base = "Param.s.channel_id=a&Param.s.end_time=2017-01-01+11%3A00%3A00&Param.n.task_sub_type=1";
        assertInvalid("Param.s.file_format",
                () -> RequestParsers.startRecording(LvbParams.parseFormEncoded(base + "&Param.s.file_format=avi")));
        assertInvalid("Param.s.record_type",
                () -> RequestParsers.startRecording(LvbParams.parseFormEncoded(base + "&Param.s.record_type=both")));
        assertInvalid("Param.n.task_sub_type", () -> RequestParsers.startRecording(
                LvbParams.parseFormEncoded(base.replace("task_sub_type=1", "task_sub_type=2"))));
        assertThat(RequestParsers.startRecording(LvbParams.parseFormEncoded(base + "&Param.s.file_format=HLS"))
                .format()).isEqualTo(RecordingFormat.HLS);
    }

    @Test
    void subSecondTimesAreKeptAsTheWholeSecondsSent() {
        StartRecordingRequest r = StartRecordingRequest.scheduled("2519_a", START.plusMillis(500), END.plusMillis(999));
        assertThat(r.startTime()).isEqualTo(START);
        assertThat(r.endTime()).isEqualTo(END);
        assertRoundTrip(r, RequestParsers::startRecording);
    }

    // --- Live_Tape_Stop

    @Test
    void stopRecordingWireNames() {
        StopRecordingRequest r = new StopRecordingRequest("2519_a", "18446744073709551615", RecordingMode.REALTIME);
        assertThat(LvbRequestParams.of(r).entries()).containsExactly(entry("Param.s.channel_id", "2519_a"),
                entry("Param.n.task_id", "18446744073709551615"), entry("Param.n.task_sub_type", "1"));
        assertRoundTrip(r, RequestParsers::stopRecording);
        StopRecordingRequest plain = StopRecordingRequest.of("2519_a", "42");
        assertThat(LvbRequestParams.of(plain).entries()).containsExactly(entry("Param.s.channel_id", "2519_a"),
                entry("Param.n.task_id", "42"));
        assertRoundTrip(plain, RequestParsers::stopRecording);
    }

    @ParameterizedTest(name = "task id {0}")
    @ValueSource(strings = { "0", "1", "9223372036854775807", "9223372036854775808", "18446744073709551615",
            "00000000000000000001" })
    void taskIdsUpToTwoToTheSixtyFourMinusOneAreAccepted(String taskId) {
        StopRecordingRequest r = StopRecordingRequest.of("2519_a", taskId);
        assertThat(LvbRequestParams.of(r).get("Param.n.task_id")).contains(taskId);
        assertRoundTrip(r, RequestParsers::stopRecording);
    }

    @Test
    void stopRecordingUnderstandsTheStringTaskIdPrefix() {
        StopRecordingRequest r = RequestParsers.stopRecording(
                LvbParams.parseFormEncoded("Param.s.channel_id=2519_a&Param.s.task_id=18446744073709551615"));
        assertThat(r).isEqualTo(StopRecordingRequest.of("2519_a", "18446744073709551615"));
    }
}
