package dev.lvb.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

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
import dev.lvb.core.model.SortOrder;
import dev.lvb.core.model.StartRecordingRequest;
import dev.lvb.core.model.StopRecordingRequest;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Live_Tape_GetFilelist, Live_Queue_Get, Live_Tape_Start and Live_Tape_Stop. Times travel as China Standard Time
 * text encoded once ({@code 2017-06-01+10%3A00%3A00}); task ids above 2^63 survive both ways.
 */
@QuarkusTest
public class RecordingTest extends LvbTestBase {

    static final BigInteger TWO_TO_63 = BigInteger.ONE.shiftLeft(63);

    /** A wall-clock time in China Standard Time. */
    static Instant cst(String text) {
        return LocalDateTime.parse(text.replace(' ', 'T')).toInstant(ZoneOffset.ofHours(8));
    }

    @Test
    void recordingFilesFirstPage() {
        RecordingFilesRequest request = RecordingFilesRequest.of("8888_live");
        for (RecordingFiles files : both(() -> lvb.getRecordingFiles(request),
                () -> reactive.getRecordingFiles(request))) {
            assertThat(files.allCount()).isEqualTo(2);
            assertThat(files.fileList()).containsExactly(
                    new RecordingFile("200011683_481565e0befe4e44903839aebe370ef6", "2017-06-01 10:00:00",
                            "2017-06-01 10:30:00", "9031868222958931071",
                            "http://1252033264.vod2.myqcloud.com/481565e0vodgzp1252033264/f0.flv"),
                    new RecordingFile("200011683_8f2a0c", "2017-06-01 11:00:00", "2017-06-01 11:05:00",
                            "9031868222958931072", ""));
            assertThat(files.fileList().get(1).url("200011683"))
                    .contains("http://200011683.vod.myqcloud.com/200011683_8f2a0c.f0.flv");
        }
    }

    @Test
    void recordingFilesWithPageOrderAndWindow() {
        RecordingFilesRequest request = RecordingFilesRequest.of("8888_live").page(2, 20).sorted(SortOrder.DESC)
                .between(cst("2017-06-01 10:00:00"), cst("2017-06-01 12:00:00"));
        for (RecordingFiles files : both(() -> lvb.getRecordingFiles(request),
                () -> reactive.getRecordingFiles(request))) {
            assertThat(files.allCount()).isEqualTo(21);
            assertThat(files.fileList()).extracting(RecordingFile::vid).containsExactly("200011683_c0ffee");
        }
    }

    @Test
    void screenshotQueue() {
        ScreenshotQueueRequest request = ScreenshotQueueRequest.screenshots(2);
        for (ScreenshotQueue queue : both(() -> lvb.getScreenshotQueue(request),
                () -> reactive.getScreenshotQueue(request))) {
            assertThat(queue.count()).isEqualTo(2);
            assertThat(queue.data()).containsExactly(
                    new QueuedScreenshot("8888_live",
                            "http://shot-1252033264.cos.ap-shanghai.myqcloud.com/8888_live/2017-06-01-10-00-00.jpg",
                            null, 1496282400L),
                    new QueuedScreenshot("8888_other", null, "/8888_other/2017-06-01-10-00-05.jpg", 1496282405L));
            assertThat(queue.data()).extracting(QueuedScreenshot::url).containsExactly(
                    "http://shot-1252033264.cos.ap-shanghai.myqcloud.com/8888_live/2017-06-01-10-00-00.jpg",
                    "/8888_other/2017-06-01-10-00-05.jpg");
        }
    }

    @Test
    void scheduledRecordingTaskIdAbove2To63() {
        StartRecordingRequest request = StartRecordingRequest
                .scheduled("8888_live", cst("2017-06-01 10:00:00"), cst("2017-06-01 11:00:00"))
                .as(RecordingFormat.MP4, RecordType.VIDEO);
        for (RecordingTask task : both(() -> lvb.startRecording(request),
                () -> reactive.startRecording(request))) {
            assertThat(task.taskId()).isEqualTo("17854312345678901234");
            assertThat(task.taskIdValue()).isEqualTo(new BigInteger("17854312345678901234")).isGreaterThan(TWO_TO_63);
        }
    }

    @Test
    void realtimeRecordingWithTheLargestTaskIdThenStopIt() {
        StartRecordingRequest start = StartRecordingRequest.realtime("8888_live", cst("2017-06-01 10:30:00"));
        for (RecordingTask task : both(() -> lvb.startRecording(start), () -> reactive.startRecording(start))) {
            // sent as a JSON number: 2^64 - 1, not rounded through a double or a long
            assertThat(task.taskId()).isEqualTo("18446744073709551615");
            assertThat(task.taskIdValue()).isEqualTo(BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE));
            StopRecordingRequest stop = new StopRecordingRequest("8888_live", task.taskId(), RecordingMode.REALTIME);
            bothVoid(() -> lvb.stopRecording(stop), () -> reactive.stopRecording(stop));
        }
    }

    @Test
    void recordingOfAMixOutputWithEveryOption() {
        Instant start = cst("2017-06-01 10:00:00");
        StartRecordingRequest request = new StartRecordingRequest("8888_mix", RecordingMode.SCHEDULED, start,
                start.plus(Duration.ofMinutes(10)), RecordingFormat.HLS, RecordType.AUDIO, "live",
                "push.example.com", true);
        for (RecordingTask task : both(() -> lvb.startRecording(request),
                () -> reactive.startRecording(request))) {
            assertThat(task.taskIdValue()).isEqualTo(TWO_TO_63);
        }
    }

    @Test
    void stopScheduledRecordingSendsTheTaskIdAsParamN() {
        StopRecordingRequest stop = StopRecordingRequest.of("8888_live", "17854312345678901234");
        bothVoid(() -> lvb.stopRecording(stop), () -> reactive.stopRecording(stop));
        assertThat(allRequests()).hasSize(2).allSatisfy(r -> assertThat(query(r))
                .containsEntry("Param.n.task_id", "17854312345678901234").doesNotContainKey("Param.s.task_id"));
    }
}
