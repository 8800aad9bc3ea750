package dev.lvb.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import dev.lvb.core.error.LvbErrorCode;
import dev.lvb.core.error.LvbException;
import dev.lvb.core.model.CancelMixRequest;
import dev.lvb.core.model.ChannelManagerRequest;
import dev.lvb.core.model.LiveStatRequest;
import dev.lvb.core.model.MixInput;
import dev.lvb.core.model.MixLayout;
import dev.lvb.core.model.PlayStatHistoryRequest;
import dev.lvb.core.model.PushStatHistoryRequest;
import dev.lvb.core.model.RecordingFilesRequest;
import dev.lvb.core.model.ScreenshotQueueRequest;
import dev.lvb.core.model.SetStatusRequest;
import dev.lvb.core.model.StartMixRequest;
import dev.lvb.core.model.StartRecordingRequest;
import dev.lvb.core.model.StopRecordingRequest;
import dev.lvb.core.model.StreamAction;
import dev.lvb.it.app.EventLog;
import dev.lvb.it.logs.LogCaptureResource;
import dev.lvb.it.logs.LogScan;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Neither key, nor a signature that was used, ever reaches a log line, with DEBUG logging on for the library and
 * Quarkus' REST client ({@link LogCaptureResource}: the whole run, the application's start included, logs to a file).
 * This test runs every path once: every LvbApi call family blocking and reactive, every failure family (LVB's
 * refusals, HTTP statuses, broken connections, a timeout, bodies that are not LVB's JSON, requests refused before
 * sending), a read retried by the application's Fault Tolerance policy, the application's own endpoints, and every
 * outcome of the callback endpoint (accepted, unknown type, duplicate, in progress, each rejection, a failing
 * observer). Then it scans every line logged so far, by every category, whatever ran before it (the hostile-traffic
 * suite's 100,000 notifications included when it ran first).
 * <p>
 * Not covered here: the receiver's 503 (no credentials, dedupe store down) cannot happen in this application.
 * Quarkus' own wire logging of the REST client ({@code quarkus.rest-client.logging.scope=request-response}) is left
 * off on purpose: it prints every request URL as sent, the real {@code sign} included; an application must not turn
 * it on in production (LVB's {@code sign} covers {@code t} only, so whoever reads it may call any API until then).
 */
@QuarkusTest
public class LogCaptureTest extends LvbTestBase {

    static final String CALLBACK = "hooks/lvb";

    /** Runs a call that may fail: a failure must be one of the library's typed exceptions, without a key. */
    static void attempt(ThrowingCallable call) {
        Throwable t = catchThrowable(call);
        if (t != null) {
            assertThat(t).as("a failure of the library's").isInstanceOf(LvbException.class);
            assertNoKeys(t);
        }
    }

    @Test
    void noKeyAndNoUsedSignatureInAnyLogLine() throws Exception {
        Set<String> signs = new LinkedHashSet<>();
        every_api_call_family();
        every_failure_family();
        application_endpoints_and_retries();
        every_callback_outcome(signs);
        cloud_api_calls();

        for (LoggedRequest r : allRequests()) {
            String sign = query(r).get("sign");
            if (sign != null) {
                signs.add(sign);
            }
            String authorization = r.getHeader("Authorization");
            if (authorization != null && authorization.contains("Signature=")) {
                signs.add(authorization.substring(authorization.indexOf("Signature=") + "Signature=".length()));
            }
        }
        assertThat(signs).as("signatures used by this test (one per second and key)").hasSizeGreaterThan(3);

        LogScan.Result result = LogScan.scan(signs);
        System.out.println("[log-capture] " + LogCaptureResource.LOG_FILE + ": " + result);
        assertThat(result.problems()).as("log lines with a key or a used signature").isEmpty();
        assertThat(result.byLevel()).as("DEBUG was on").containsKey("DEBUG");
        assertThat(result.libraryRecords()).as("the library logged").isGreaterThan(50);
    }

    void every_api_call_family() {
        Instant start = StatisticsTest.START;
        Instant end = StatisticsTest.END;
        attempt(() -> lvb.getLiveStat());
        attempt(() -> await(reactive.getLiveStat()));
        attempt(() -> lvb.getLiveStat(LiveStatRequest.all()));
        attempt(() -> lvb.getLivePushStat());
        attempt(() -> await(reactive.getLivePushStat()));
        attempt(() -> lvb.getLivePlayStat(LiveStatRequest.ofStream("8888_live")));
        attempt(() -> lvb.getLivePushStatHistory(new PushStatHistoryRequest(start, end, "8888_live")));
        attempt(() -> await(reactive.getLivePlayStatHistory(new PlayStatHistoryRequest(start, end, null, null))));
        attempt(() -> lvb.getStatus("8888_live"));
        attempt(() -> await(reactive.getStatus("8888_banned")));
        attempt(() -> lvb.ban("8888_ban"));
        attempt(() -> await(reactive.allow("8888_allow")));
        attempt(() -> lvb.drop("8888_drop"));
        attempt(() -> lvb.setStatus(SetStatusRequest.of("8888_ban", StreamAction.BAN)));
        Instant until = Instant.ofEpochSecond(1893456000L);
        attempt(() -> lvb.forbid("8888_forbid", until));
        attempt(() -> await(reactive.channelManager(ChannelManagerRequest.forbid("8888_forbid", until))));
        attempt(() -> lvb.resume("8888_resume"));
        attempt(() -> lvb.getRecordingFiles(RecordingFilesRequest.of("8888_live")));
        attempt(() -> await(reactive.getScreenshotQueue(ScreenshotQueueRequest.screenshots(2))));
        attempt(() -> lvb.getChannelList());
        attempt(() -> await(reactive.getLiveChannelList()));
        StartRecordingRequest recording = StartRecordingRequest.realtime("8888_live",
                RecordingTest.cst("2017-06-01 10:30:00"));
        attempt(() -> lvb.startRecording(recording));
        attempt(() -> await(reactive.startRecording(recording)));
        attempt(() -> lvb.stopRecording(StopRecordingRequest.of("8888_live", "17854312345678901234")));
        attempt(() -> lvb.startMix(MixingTest.twoInputs()));
        attempt(() -> await(reactive.cancelMix(new CancelMixRequest("room_1", "8888_a"))));
    }

    void every_failure_family() {
        for (String stream : List.of("never_pushed", "appid_text", "appid_json", "sign_invalid", "time_expired",
                "http_403", "http_404", "http_500", "http_503", "echo_query", "fault_reset", "fault_empty",
                "fault_malformed", "fault_random", "html", "empty_body", "wrong_ret_type", "wrong_output_type",
                "wrong_field_type", "text_plain_json")) {
            attempt(() -> lvb.getStatus(stream));
            attempt(() -> await(reactive.getStatus(stream)));
        }
        attempt(() -> lvb.getStatus("slow")); // one timeout is enough
        for (LvbErrorCode code : LvbErrorCode.values()) {
            if (code != LvbErrorCode.STREAM_NEVER_PUSHED) {
                attempt(() -> lvb.getLiveStat(LiveStatRequest.ofStream("stat_" + code.ret())));
            }
        }
        attempt(() -> lvb.getLivePushStat(LiveStatRequest.ofStream("cmd_invalid")));
        attempt(() -> lvb.getLivePushStat(LiveStatRequest.ofStream("http_502")));
        attempt(() -> lvb.startRecording(ClientFaultsTest.recording("tape_fault_reset")));
        attempt(() -> lvb.startRecording(ClientFaultsTest.recording("tape_http_503")));
        attempt(() -> lvb.startMix(ClientFaultsTest.mix("room_fault_empty")));
        attempt(() -> await(reactive.startMix(ClientFaultsTest.mix("room_http_502"))));
        attempt(() -> lvb.startMix(StartMixRequest.of("room_missing", List.of(
                MixInput.of("8888_a", MixLayout.background()),
                MixInput.of("8888_gone", new MixLayout(2, null, null, null, null, null, null, null))))));
        attempt(() -> lvb.cancelMix(new CancelMixRequest("room_unknown", "8888_a")));
        // refused before anything is sent
        attempt(() -> lvb.getStatus(""));
        attempt(() -> await(reactive.ban(" ")));
        attempt(() -> lvb.startMix(StartMixRequest.of("room_1", IntStream.rangeClosed(1, 17)
                .mapToObj(i -> MixInput.of("8888_" + i, new MixLayout(Math.min(i, 16), null, null, null, null,
                        null, null, null)))
                .toList())));
    }

    void application_endpoints_and_retries() {
        given().when().get("/streams/live").then().statusCode(200);
        given().when().get("/streams/8888_live").then().statusCode(200);
        given().when().get("/streams/never_pushed/reactive").then().statusCode(404);
        given().when().post("/streams/8888_ban/ban").then().statusCode(204);
        wireMock.resetScenarios();
        given().when().get("/streams/flaky_reset/resilient").then().statusCode(200);
        given().when().get("/streams/fault_reset/resilient").then().statusCode(502);
    }

    /** Posts a body; the signature it carries (if any) is remembered. */
    static HttpResponse<String> post(String body, Set<String> signs, boolean chunked) throws Exception {
        try {
            JsonObject o = Json.createReader(new java.io.StringReader(body)).readObject();
            if (o.get("sign") instanceof jakarta.json.JsonString s) {
                signs.add(s.getString());
            }
        } catch (RuntimeException notJson) {
            // hostile bodies are not all JSON
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(applicationRoot().resolve(CALLBACK))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))
                        : HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Cloud API 3.0: a success, Tencent's error, an HTTP error, blocking and reactive (signed, so logged at DEBUG). */
    void cloud_api_calls() {
        dev.lvb.client.cloud.LvbCloudApi cloud = io.quarkus.arc.Arc.container()
                .select(dev.lvb.client.cloud.LvbCloudApi.class,
                        org.eclipse.microprofile.rest.client.inject.RestClient.LITERAL)
                .get();
        var ok = new dev.lvb.core.cloud.model.DescribeLiveStreamStateRequest("live", "d", "log-ok");
        dev.lvb.it.wiremock.CloudStubs.stub(wireMock, "DescribeLiveStreamState",
                "{\"AppName\":\"live\",\"DomainName\":\"d\",\"StreamName\":\"log-ok\"}",
                dev.lvb.it.wiremock.CloudStubs.ok("\"StreamState\":\"active\"", "log-1"));
        attempt(() -> cloud.describeLiveStreamState(ok));
        attempt(() -> cloud.describeLiveStreamStateAsync(ok).await().atMost(AWAIT));
        var denied = new dev.lvb.core.cloud.model.DescribeLiveStreamStateRequest("live", "d", "log-denied");
        dev.lvb.it.wiremock.CloudStubs.stub(wireMock, "DescribeLiveStreamState",
                "{\"AppName\":\"live\",\"DomainName\":\"d\",\"StreamName\":\"log-denied\"}",
                dev.lvb.it.wiremock.CloudStubs.error("AuthFailure.SignatureFailure", "denied", "log-2"));
        attempt(() -> cloud.describeLiveStreamState(denied));
        attempt(() -> cloud.describeLiveStreamStateAsync(denied).await().atMost(AWAIT));
        var down = new dev.lvb.core.cloud.model.DescribeLiveStreamStateRequest("live", "d", "log-down");
        wireMock.stubFor(dev.lvb.it.wiremock.CloudStubs.action("DescribeLiveStreamState",
                "{\"AppName\":\"live\",\"DomainName\":\"d\",\"StreamName\":\"log-down\"}")
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(502)));
        attempt(() -> cloud.describeLiveStreamState(down));
        attempt(() -> cloud.describeLiveStreamStateAsync(down).await().atMost(AWAIT));
    }

    void every_callback_outcome(Set<String> signs) throws Exception {
        List<Integer> statuses = new ArrayList<>();
        String id = CallbackTest.newStream("8888_logs_");
        JsonObject event = CallbackTest.example("stream-begin.json", id);
        String signed = CallbackTest.signed(event);
        statuses.add(post(signed, signs, false).statusCode()); // accepted
        statuses.add(post(signed, signs, true).statusCode()); // duplicate
        statuses.add(post(CallbackTest.signed(CallbackTest.example("unknown.json",
                CallbackTest.newStream("8888_logs_new_"))), signs, false).statusCode());
        for (CallbackTest.Forgery forgery : CallbackTest.Forgery.values()) {
            JsonObject genuine = CallbackTest.example("recording.json", CallbackTest.newStream("8888_logs_forged_"));
            statuses.add(post(forgery.forge.apply(genuine).toString(), signs, false).statusCode());
        }
        for (String body : List.of("", "{\"event_type\":1,", "[{}]", "\"text\"", "[".repeat(100),
                "{\"x\":" + "[".repeat(40) + "]".repeat(40) + "}")) {
            statuses.add(post(body, signs, false).statusCode());
        }
        statuses.add(post(CallbackTest.Forgery.OVERSIZE.forge.apply(event).toString(), signs, true).statusCode());

        // in progress: a second copy while the (slow) first is still with the observers
        String heldStream = CallbackTest.newStream(EventLog.HELD_PREFIX + "8888_logs_");
        String slow = CallbackTest.signed(CallbackTest.example("stream-end.json", heldStream));
        CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() -> {
            try {
                return post(slow, signs, false);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        // a barrier, not a pause: the first copy is inside the observer until the second copy has been answered
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> given().when()
                .get("/test-support/events/" + heldStream + "/held").then().extract().as(Boolean.class));
        statuses.add(post(slow, signs, false).statusCode());
        given().when().post("/test-support/events/" + heldStream + "/release").then().statusCode(204);
        statuses.add(first.join().statusCode());

        // a failing observer, then the retry after it recovered
        String failing = CallbackTest.newStream(EventLog.FAILING_PREFIX + "8888_logs_");
        JsonObject failingEvent = CallbackTest.example("stream-begin.json", failing);
        statuses.add(post(CallbackTest.signed(failingEvent), signs, false).statusCode());
        given().when().post("/test-support/events/" + failing + "/heal").then().statusCode(204);
        statuses.add(post(CallbackTest.signed(failingEvent), signs, false).statusCode());

        assertThat(statuses).as("every outcome of the callback endpoint").contains(200, 400, 401, 403, 409, 413, 500);
    }
}
