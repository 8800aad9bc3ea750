package dev.lvb.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.lvb.core.LvbInterface;
import dev.lvb.core.LvbTime;
import dev.lvb.core.LvbWireOptions;
import dev.lvb.core.event.RecordingFileEvent;
import dev.lvb.core.wire.LvbParams;
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
import jakarta.json.JsonObject;

/** Live_Tape_Start / Live_Tape_Stop produce files (Live_Tape_GetFilelist) and event_type 100. */
class RecordingApiTest {

    static final AdjustableClock CLOCK = AdjustableClock.at(Lvb.T0);
    static final BigInteger TWO_TO_63 = BigInteger.ONE.shiftLeft(63);

    private static LvbSimulator shared;

    LvbSimulator sim;
    Lvb lvb;
    CallbackReceiver receiver;

    @BeforeAll
    static void startSimulator() {
        shared = LvbSimulator.start(Lvb.testConfig(CLOCK).callbackKey("callback-key-1").build());
    }

    @AfterAll
    static void closeSimulator() {
        shared.close();
    }

    @BeforeEach
    void setUp() {
        shared.reset();
        CLOCK.set(Lvb.T0);
        sim = shared;
        lvb = new Lvb(sim);
        receiver = new CallbackReceiver("callback-key-1", CLOCK);
        sim.setCallbackUrl(receiver.url());
    }

    @AfterEach
    void tearDown() {
        receiver.close();
    }

    private String start(StartRecordingRequest request) {
        return lvb.call(LvbInterface.TAPE_START, request, RecordingTask.class).taskId();
    }

    private List<CallbackRecord> awaitFiles(int count) {
        return sim.awaitCallbacks(r -> r.eventType() == RecordingFileEvent.EVENT_TYPE, count, Duration.ofSeconds(5));
    }

    @Test
    void taskIdsAreUnsigned64BitAboveTwoToThe63() {
        JsonObject raw = lvb.json(LvbInterface.TAPE_START,
                StartRecordingRequest.scheduled("1000_a", Lvb.T0, Lvb.T0.plusSeconds(600)));
        // A JSON number beyond Long.MAX_VALUE.
        String digits = raw.getJsonObject("output").getJsonNumber("task_id").bigIntegerValueExact().toString();
        assertThat(new BigInteger(digits)).isGreaterThan(TWO_TO_63);
        String second = start(StartRecordingRequest.scheduled("1000_a", Lvb.T0, Lvb.T0.plusSeconds(600)));
        assertThat(second).isNotEqualTo(digits);
        assertThat(new RecordingTask(second).taskIdValue()).isGreaterThan(TWO_TO_63);
    }

    @Test
    void scheduledTaskProducesAFileWhenItsWindowHasPassedWhileLive() throws Exception {
        sim.startPush("1000_a", new PushOptions(null, "txSecret=abc&txTime=5CEBE4B7", null));
        Instant start = Lvb.T0.plusSeconds(60);
        Instant end = Lvb.T0.plusSeconds(660);
        String taskId = start(StartRecordingRequest.scheduled("1000_a", start, end));
        assertThat(sim.recordingTasks()).singleElement().satisfies(t -> {
            assertThat(t.state()).isEqualTo(RecordingTaskView.State.SCHEDULED);
            assertThat(t.taskId()).isEqualTo(taskId);
        });
        CLOCK.advance(Duration.ofSeconds(120));
        assertThat(sim.recordingTasks().get(0).state()).isEqualTo(RecordingTaskView.State.RECORDING);
        assertThat(sim.recordingFiles()).isEmpty();

        CLOCK.advance(Duration.ofSeconds(600));
        sim.tick();
        assertThat(sim.recordingTasks().get(0).state()).isEqualTo(RecordingTaskView.State.FINISHED);

        RecordingFileEvent file = (RecordingFileEvent) awaitFiles(1).get(0).toEvent();
        assertThat(file.startTime()).isEqualTo(start.getEpochSecond());
        assertThat(file.endTime()).isEqualTo(end.getEpochSecond());
        assertThat(file.duration()).isEqualTo(600);
        assertThat(file.taskId()).isEqualTo(taskId);
        assertThat(file.fileFormat()).isEqualTo("flv");
        assertThat(file.fileSize()).isPositive();
        assertThat(file.streamParam()).isEqualTo("txSecret=abc&txTime=5CEBE4B7");
        assertThat(file.videoUrl()).startsWith(sim.baseUri().toString()).endsWith(".flv");
        assertThat(file.videoId()).startsWith(sim.config().appId() + "_");

        // The receiver verified the signature made with the callback key.
        CallbackReceiver.Received received = receiver.await(2, Duration.ofSeconds(5)).stream()
                .filter(r -> r.eventType() == 100).findFirst().orElseThrow();
        assertThat(received.verification().accepted()).isTrue();
        assertThat(received.body().getString("file_id")).isEqualTo(file.fileId());
        assertThat(received.body().getJsonNumber("task_id").bigIntegerValueExact()).isEqualTo(new BigInteger(taskId));

        // The file is listed with CST times.
        RecordingFiles files = lvb.call(LvbInterface.TAPE_GET_FILELIST, RecordingFilesRequest.of("1000_a"),
                RecordingFiles.class);
        assertThat(files.allCount()).isEqualTo(1);
        RecordingFile listed = files.fileList().get(0);
        assertThat(listed.startTime()).isEqualTo("2026-03-02 10:01:00");
        assertThat(listed.endTime()).isEqualTo("2026-03-02 10:11:00");
        assertThat(listed.fileId()).isEqualTo(file.fileId());
        assertThat(listed.vid()).isEqualTo(file.videoId());
        assertThat(listed.url("1000")).hasValue(file.videoUrl());

        JsonObject raw = lvb.json(LvbInterface.TAPE_GET_FILELIST, RecordingFilesRequest.of("1000_a"));
        assertThat(raw.getJsonObject("output").getJsonArray("file_list").getJsonObject(0).keySet())
                .containsExactlyInAnyOrder("vid", "start_time", "end_time", "file_id", "record_file_url");

        // The placeholder behind the URL is served.
        assertThat(Lvb.send(sim.baseUri(), "GET", java.net.URI.create(file.videoUrl()).getPath(), null, null)
                .statusCode()).isEqualTo(200);
    }

    @Test
    void onlyLiveStretchesOfTheWindowAreRecorded() {
        String taskId = start(StartRecordingRequest.scheduled("1000_a", Lvb.T0, Lvb.T0.plusSeconds(3600)));
        CLOCK.advance(Duration.ofSeconds(100));
        sim.startPush("1000_a");
        CLOCK.advance(Duration.ofSeconds(200));
        sim.stopPush("1000_a");
        CLOCK.advance(Duration.ofSeconds(100));
        sim.startPush("1000_a");
        CLOCK.advance(Duration.ofHours(2));
        sim.tick();

        List<RecordingFileEvent> files = sim.recordingFiles();
        assertThat(files).hasSize(2);
        assertThat(files).extracting(RecordingFileEvent::duration).containsExactly(200L, 3600L - 400L);
        assertThat(files).allSatisfy(f -> assertThat(f.taskId()).isEqualTo(taskId));
        assertThat(sim.recordingTasks().get(0).fileIds()).hasSize(2);
        awaitFiles(2);
    }

    @Test
    void noFileWhenTheStreamWasNeverLiveInTheWindow() {
        start(StartRecordingRequest.scheduled("1000_a", Lvb.T0, Lvb.T0.plusSeconds(60)));
        CLOCK.advance(Duration.ofMinutes(5));
        sim.tick();
        assertThat(sim.recordingTasks().get(0).state()).isEqualTo(RecordingTaskView.State.FINISHED);
        assertThat(sim.recordingFiles()).isEmpty();
        assertThat(lvb.call(LvbInterface.TAPE_GET_FILELIST, RecordingFilesRequest.of("1000_a"), RecordingFiles.class)
                .allCount()).isZero();
    }

    @Test
    void stopEndsATaskAndProducesItsFile() {
        sim.startPush("1000_a");
        String taskId = start(StartRecordingRequest.realtime("1000_a", Lvb.T0.plusSeconds(900)));
        CLOCK.advance(Duration.ofSeconds(90));
        lvb.call(LvbInterface.TAPE_STOP, new StopRecordingRequest("1000_a", taskId, RecordingMode.REALTIME),
                Void.class);
        assertThat(sim.recordingTasks().get(0).state()).isEqualTo(RecordingTaskView.State.STOPPED);
        RecordingFileEvent file = (RecordingFileEvent) awaitFiles(1).get(0).toEvent();
        assertThat(file.duration()).isEqualTo(90);
        assertThat(file.taskId()).isEqualTo(taskId);
        // Stopping again is harmless (the API is retry-safe).
        JsonObject again = lvb.json(LvbInterface.TAPE_STOP, StopRecordingRequest.of("1000_a", taskId));
        assertThat(again.getInt("ret")).isZero();
        assertThat(again.keySet()).containsExactly("ret", "retcode", "errmsg", "message");
        assertThat(sim.recordingFiles()).hasSize(1);
    }

    @Test
    void stopAcceptsTheTaskIdAsParamSOrParamN() {
        sim.startPush("1000_a");
        String first = start(StartRecordingRequest.realtime("1000_a", Lvb.T0.plusSeconds(900)));
        String second = start(StartRecordingRequest.realtime("1000_a", Lvb.T0.plusSeconds(900)));
        CLOCK.advance(Duration.ofSeconds(10));
        Lvb asString = new Lvb(sim, new LvbWireOptions("appid", true, "order_by_type", "Mix_StreamV2"));
        asString.call(LvbInterface.TAPE_STOP, StopRecordingRequest.of("1000_a", first), Void.class);
        lvb.call(LvbInterface.TAPE_STOP, StopRecordingRequest.of("1000_a", second), Void.class);
        assertThat(sim.recordingTasks()).extracting(RecordingTaskView::state)
                .containsOnly(RecordingTaskView.State.STOPPED);
    }

    @Test
    void stopOfAnUnknownTaskFails() {
        JsonObject reply = lvb.json(LvbInterface.TAPE_STOP, StopRecordingRequest.of("1000_a", "18446744073709551615"));
        assertThat(reply.getInt("ret")).isNotZero();
        assertThat(reply.getString("message")).contains("task_id");
        String taskId = start(StartRecordingRequest.realtime("1000_a", Lvb.T0.plusSeconds(60)));
        assertThat(lvb.json(LvbInterface.TAPE_STOP, StopRecordingRequest.of("1000_b", taskId)).getInt("ret"))
                .isNotZero();
    }

    @Test
    void realtimeTasksAreCappedAtThirtyMinutes() {
        sim.startPush("1000_a");
        start(new StartRecordingRequest("1000_a", RecordingMode.REALTIME, null, Lvb.T0.plus(Duration.ofHours(5)),
                RecordingFormat.MP4, RecordType.VIDEO, null, null, null));
        RecordingTaskView task = sim.recordingTasks().get(0);
        assertThat(task.endTime()).isEqualTo(Lvb.T0.plus(Duration.ofMinutes(30)));
        assertThat(task.mode()).isEqualTo(RecordingMode.REALTIME);
        CLOCK.advance(Duration.ofMinutes(31));
        sim.tick();
        RecordingFileEvent file = awaitFiles(1).get(0).toEvent() instanceof RecordingFileEvent f ? f : null;
        assertThat(file.duration()).isEqualTo(1800);
        assertThat(file.fileFormat()).isEqualTo("mp4");
        assertThat(file.videoUrl()).endsWith(".mp4");
    }

    @Test
    void invalidRecordingRequestsAreRefused() {
        // A window crossing midnight CST is refused by lvb-core's model on the simulator side.
        JsonObject crossDay = lvb.json(LvbInterface.TAPE_GET_FILELIST, LvbParams.builder().s("channel_id", "1000_a")
                .s("start_time", "2026-03-02 23:00:00").s("end_time", "2026-03-03 01:00:00").build());
        assertThat(crossDay.getInt("ret")).isNotZero();
        assertThat(crossDay.getString("message")).contains("Param.s.end_time");
        // End already passed.
        JsonObject past = lvb.json(LvbInterface.TAPE_START,
                StartRecordingRequest.scheduled("1000_a", Lvb.T0.minusSeconds(600), Lvb.T0.minusSeconds(60)));
        assertThat(past.getInt("ret")).isNotZero();
        // Longer than a day.
        JsonObject tooLong = lvb.json(LvbInterface.TAPE_START, LvbParams.builder().s("channel_id", "1000_a")
                .s("start_time", LvbTime.format(Lvb.T0)).s("end_time", LvbTime.format(Lvb.T0.plus(Duration.ofDays(2))))
                .build());
        assertThat(tooLong.getInt("ret")).isNotZero();
        // aac needs audio.
        JsonObject aac = lvb.json(LvbInterface.TAPE_START, LvbParams.builder().s("channel_id", "1000_a")
                .s("start_time", LvbTime.format(Lvb.T0)).s("end_time", LvbTime.format(Lvb.T0.plusSeconds(60)))
                .s("file_format", "aac").build());
        assertThat(aac.getString("message")).contains("Param.s.file_format");
    }

    @Test
    void fileListPagesSortsAndFiltersByWindow() {
        sim.startPush("1000_a");
        for (int i = 0; i < 12; i++) {
            String id = start(StartRecordingRequest.realtime("1000_a", CLOCK.instant().plusSeconds(900)));
            CLOCK.advance(Duration.ofSeconds(60));
            lvb.call(LvbInterface.TAPE_STOP, StopRecordingRequest.of("1000_a", id), Void.class);
            CLOCK.advance(Duration.ofSeconds(60));
        }
        RecordingFiles first = lvb.call(LvbInterface.TAPE_GET_FILELIST, RecordingFilesRequest.of("1000_a"),
                RecordingFiles.class);
        assertThat(first.allCount()).isEqualTo(12);
        assertThat(first.fileList()).hasSize(10);
        assertThat(first.fileList().get(0).startTime()).isEqualTo("2026-03-02 10:00:00");

        RecordingFiles desc = lvb.call(LvbInterface.TAPE_GET_FILELIST,
                RecordingFilesRequest.of("1000_a").sorted(SortOrder.DESC).page(1, 3), RecordingFiles.class);
        assertThat(desc.fileList()).extracting(RecordingFile::startTime).containsExactly("2026-03-02 10:22:00",
                "2026-03-02 10:20:00", "2026-03-02 10:18:00");

        RecordingFiles page2 = lvb.call(LvbInterface.TAPE_GET_FILELIST, RecordingFilesRequest.of("1000_a").page(2, 10),
                RecordingFiles.class);
        assertThat(page2.fileList()).hasSize(2);

        RecordingFiles window = lvb.call(LvbInterface.TAPE_GET_FILELIST, RecordingFilesRequest.of("1000_a")
                .between(Lvb.T0.plusSeconds(120), Lvb.T0.plusSeconds(420)), RecordingFiles.class);
        assertThat(window.fileList()).extracting(RecordingFile::startTime).containsExactly("2026-03-02 10:02:00",
                "2026-03-02 10:04:00", "2026-03-02 10:06:00");

        assertThat(lvb.call(LvbInterface.TAPE_GET_FILELIST, RecordingFilesRequest.of("1000_other"),
                RecordingFiles.class).allCount()).isZero();
        awaitFiles(12);
    }
}
