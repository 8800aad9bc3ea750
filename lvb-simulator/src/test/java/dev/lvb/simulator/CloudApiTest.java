package dev.lvb.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lvb.core.cloud.LvbCloudCredentials;
import dev.lvb.core.cloud.LvbTc3Signer;
import dev.lvb.core.json.LvbJson;
import jakarta.json.JsonObject;

/** The simulator's Cloud API 3.0: TC3 checks with Tencent's codes, and the actions on the shared stream state. */
class CloudApiTest extends SimulatorTestBase {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    JsonObject call(String action, String body) throws Exception {
        return call(LvbSimulatorCloud.credentials(), action, body, CLOCK.instant().getEpochSecond());
    }

    JsonObject call(LvbCloudCredentials c, String action, String body, long ts) throws Exception {
        URI uri = sim.baseUri().resolve("/");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String host = uri.getHost() + ":" + uri.getPort();
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Content-Type", LvbTc3Signer.CONTENT_TYPE).POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
        for (Map.Entry<String, String> h : LvbTc3Signer.live().sign(c, host, action, null, bytes, ts).asMap()
                .entrySet()) {
            if (!h.getKey().equals("Host")) {
                b.header(h.getKey(), h.getValue());
            }
        }
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        JsonObject response = LvbJson.parseObject(r.body()).getJsonObject("Response");
        assertThat(response.getString("RequestId")).isNotBlank();
        return response;
    }

    static String code(JsonObject response) {
        return response.containsKey("Error") ? response.getJsonObject("Error").getString("Code") : null;
    }

    @Test
    void rejectsWrongOrStaleSignaturesWithTencentsCodes() throws Exception {
        String body = "{\"StreamName\":\"s1\"}";
        long now = CLOCK.instant().getEpochSecond();
        assertThat(code(call(LvbCloudCredentials.of(LvbSimulatorCloud.SECRET_ID, "wrong"), "DescribeLiveStreamState",
                body, now))).isEqualTo("AuthFailure.SignatureFailure");
        assertThat(code(call(LvbSimulatorCloud.credentials(), "DescribeLiveStreamState", body, now - 301)))
                .isEqualTo("AuthFailure.SignatureExpire");
        assertThat(code(call(LvbCloudCredentials.of("AKIDunknown", "k"), "DescribeLiveStreamState", body, now)))
                .isEqualTo("AuthFailure.SecretIdNotFound");
        assertThat(code(call("NoSuchAction", body))).isEqualTo("InvalidAction");
        assertThat(code(call("DescribeLiveStreamState", "{}"))).isEqualTo("MissingParameter");
    }

    @Test
    void streamStateForbidResumeAndDropShareTheLegacyState() throws Exception {
        assertThat(call("DescribeLiveStreamState", "{\"StreamName\":\"s1\"}").getString("StreamState"))
                .isEqualTo("inactive");
        sim.startPush("s1");
        assertThat(call("DescribeLiveStreamState", "{\"StreamName\":\"s1\"}").getString("StreamState"))
                .isEqualTo("active");
        JsonObject online = call("DescribeLiveStreamOnlineList", "{}");
        assertThat(online.getInt("TotalNum")).isEqualTo(1);
        assertThat(online.getJsonArray("OnlineInfo").getJsonObject(0).getString("StreamName")).isEqualTo("s1");
        assertThat(call("DescribeLiveStreamPushInfoList", "{}").getJsonArray("DataInfoList")).hasSize(1);

        String until = CLOCK.instant().plus(Duration.ofDays(1)).toString();
        assertThat(code(call("ForbidLiveStream", "{\"StreamName\":\"s1\",\"ResumeTime\":\"" + until + "\"}")))
                .isNull();
        assertThat(sim.stream("s1").orElseThrow().status()).isEqualTo(StreamView.Status.FORBIDDEN);
        assertThat(call("DescribeLiveStreamState", "{\"StreamName\":\"s1\"}").getString("StreamState"))
                .isEqualTo("forbid");
        assertThat(call("DescribeLiveForbidStreamList", "{}").getJsonArray("ForbidStreamList")).hasSize(1);
        assertThat(code(call("ResumeLiveStream", "{\"StreamName\":\"s1\"}"))).isNull();
        assertThat(sim.stream("s1").orElseThrow().status()).isEqualTo(StreamView.Status.IDLE);

        assertThat(code(call("DropLiveStream", "{\"StreamName\":\"s1\"}")))
                .isEqualTo("FailedOperation.HasNotLivingStream");
        sim.startPush("s1");
        assertThat(code(call("DropLiveStream", "{\"StreamName\":\"s1\"}"))).isNull();
        assertThat(sim.stream("s1").orElseThrow().isLive()).isFalse();
    }

    @Test
    void recordingTasks() throws Exception {
        sim.startPush("s2");
        long end = CLOCK.instant().getEpochSecond() + 600;
        JsonObject created = call("CreateRecordTask", "{\"StreamName\":\"s2\",\"EndTime\":" + end + "}");
        String taskId = created.getString("TaskId");
        assertThat(sim.recordingTasks()).singleElement().satisfies(t -> assertThat(t.taskId()).isEqualTo(taskId));
        assertThat(call("DescribeRecordTask", "{}").getJsonArray("TaskList")).hasSize(1);
        assertThat(code(call("StopRecordTask", "{\"TaskId\":\"" + taskId + "\"}"))).isNull();
        assertThat(sim.recordingTasks().get(0).state()).isEqualTo(RecordingTaskView.State.STOPPED);
        assertThat(code(call("StopRecordTask", "{\"TaskId\":\"nope\"}"))).isEqualTo("ResourceNotFound.TaskId");
    }

    @Test
    void mixing() throws Exception {
        sim.startPush("a");
        sim.startPush("b");
        String body = "{\"MixStreamSessionId\":\"m1\",\"InputStreamList\":["
                + "{\"InputStreamName\":\"a\",\"LayoutParams\":{\"ImageLayer\":1}},"
                + "{\"InputStreamName\":\"b\",\"LayoutParams\":{\"ImageLayer\":2,\"ImageWidth\":320,"
                + "\"ImageHeight\":240,\"LocationX\":10,\"LocationY\":10}}],"
                + "\"OutputParams\":{\"OutputStreamName\":\"a\"}}";
        assertThat(code(call("CreateCommonMixStream", body))).isNull();
        assertThat(sim.mixSessions()).singleElement().satisfies(m -> assertThat(m.inputStreamIds())
                .containsExactly("a", "b"));
        assertThat(code(call("CancelCommonMixStream", "{\"MixStreamSessionId\":\"m1\"}"))).isNull();
        assertThat(sim.mixSessions()).isEmpty();
        assertThat(code(call("CancelCommonMixStream", "{\"MixStreamSessionId\":\"m1\"}")))
                .isEqualTo("InvalidParameter.CancelSessionNotExist");
    }

    @Test
    void statistics() throws Exception {
        sim.startPush("s3");
        assertThat(call("DescribeStreamPlayInfoList",
                "{\"StartTime\":\"2026-12-01 00:00:00\",\"EndTime\":\"2026-12-01 01:00:00\",\"StreamName\":\"s3\"}")
                .getJsonArray("DataInfoList")).hasSize(1);
        assertThat(call("DescribeStreamPushInfoList", "{\"StreamName\":\"s3\"}").getJsonArray("DataInfoList"))
                .hasSize(1);
        sim.stopPush("s3");
        assertThat(call("DescribeLiveStreamPublishedList",
                "{\"StartTime\":\"2026-12-01 00:00:00\",\"EndTime\":\"2026-12-02 00:00:00\"}")
                .getJsonArray("PublishInfo")).hasSize(1);
    }
}
