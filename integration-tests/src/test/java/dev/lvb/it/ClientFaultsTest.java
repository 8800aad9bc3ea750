package dev.lvb.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

import org.assertj.core.api.SoftAssertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import dev.lvb.core.LvbInterface;
import dev.lvb.core.error.LvbException;
import dev.lvb.core.error.LvbHttpException;
import dev.lvb.core.error.LvbTransportException;
import dev.lvb.core.model.CancelMixRequest;
import dev.lvb.core.model.MixInput;
import dev.lvb.core.model.MixLayout;
import dev.lvb.core.model.StartMixRequest;
import dev.lvb.core.model.StartRecordingRequest;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What completes {@link ApiErrorsTest}'s failure families: bytes that are not HTTP, faults on the calls that must
 * never be sent twice, and who retries what.
 * <ul>
 * <li>The library never retries: a broken connection, an empty reply, a truncated chunked body, a 5xx or a reply
 * later than the read timeout on {@code Live_Tape_Start} or on stream mixing each end in their typed exception after
 * exactly one request (WireMock's journal). A second request there would create a second recording task or mix.</li>
 * <li>A read is retried only under the application's own Fault Tolerance policy ({@code ResilientStreams}:
 * {@code @Retry(retryOn = LvbTransportException.class)} on the application's bean, around
 * {@code lvb.getStatus}): a reset or a timeout followed by success takes two requests and succeeds; LVB's own
 * refusals are answers, not retried.</li>
 * <li>{@code startRecording}, {@code startMix}, {@code cancelMix} and {@code getScreenshotQueue} must not be wrapped
 * like that: {@link LvbInterface#retrySafe()} is {@code false} for them. After a transport failure nobody knows
 * whether LVB acted; the application must look before it sends again.</li>
 * </ul>
 */
@QuarkusTest
public class ClientFaultsTest extends LvbTestBase {

    static final String CST_1030 = "2017-06-01 10:30:00";

    @Test
    void randomBytesThenClose() {
        expectFailure(LvbTransportException.class, () -> lvb.getStatus("fault_random"),
                () -> reactive.getStatus("fault_random"), e -> {
                    assertThat(e.isTimeout()).isFalse();
                    assertThat(e.interfaceName()).isEqualTo("Live_Channel_GetStatus");
                });
    }

    /** One call that must fail, how, and which requests in WireMock's journal are its own. */
    private record Fault(String name, ThrowingCallable call, Class<? extends LvbException> type, boolean timeout,
            Predicate<LoggedRequest> sent) {
    }

    static StartRecordingRequest recording(String stream) {
        return StartRecordingRequest.realtime(stream, RecordingTest.cst(CST_1030));
    }

    static StartMixRequest mix(String session) {
        return StartMixRequest.of(session, List.of(MixInput.of("8888_a", MixLayout.background()),
                MixInput.of("8888_b", new MixLayout(2, null, null, null, null, null, null, null))));
    }

    static Predicate<LoggedRequest> tapeStartOf(String stream) {
        return r -> "Live_Tape_Start".equals(query(r).get("interface"))
                && stream.equals(query(r).get("Param.s.channel_id"));
    }

    static Predicate<LoggedRequest> mixingOf(String session) {
        return r -> r.getMethod().getName().equals("POST")
                && r.getBodyAsString().contains("\"mix_stream_session_id\":\"" + session + "\"");
    }

    @Test
    void recordingStartAndMixingAreSentOnceWhateverHappens() {
        List<Fault> faults = new ArrayList<>();
        for (String fault : List.of("fault_reset", "fault_empty", "fault_malformed", "http_503", "slow")) {
            String stream = "tape_" + fault;
            boolean http = fault.startsWith("http_");
            faults.add(new Fault("Live_Tape_Start " + fault, () -> lvb.startRecording(recording(stream)),
                    http ? LvbHttpException.class : LvbTransportException.class, fault.equals("slow"),
                    tapeStartOf(stream)));
            if (!fault.equals("slow")) {
                faults.add(new Fault("Live_Tape_Start " + fault + " (reactive)",
                        () -> await(reactive.startRecording(recording(stream))),
                        http ? LvbHttpException.class : LvbTransportException.class, false, tapeStartOf(stream)));
            }
        }
        for (String fault : List.of("fault_reset", "fault_empty", "fault_malformed", "http_502", "slow")) {
            String session = "room_" + fault;
            boolean http = fault.startsWith("http_");
            faults.add(new Fault("mix start " + fault, () -> lvb.startMix(mix(session)),
                    http ? LvbHttpException.class : LvbTransportException.class, fault.equals("slow"),
                    mixingOf(session)));
            if (!fault.equals("slow")) {
                faults.add(new Fault("mix start " + fault + " (reactive)",
                        () -> await(reactive.startMix(mix(session))),
                        http ? LvbHttpException.class : LvbTransportException.class, false, mixingOf(session)));
            }
        }
        faults.add(new Fault("mix cancel fault_reset",
                () -> lvb.cancelMix(new CancelMixRequest("room_cancel_fault_reset", "8888_a")),
                LvbTransportException.class, false, mixingOf("room_cancel_fault_reset")));

        // the calls cut by the read timeout run side by side: 2.5 s in all, not 2.5 s each
        Map<Fault, CompletableFuture<Throwable>> thrown = new LinkedHashMap<>();
        for (Fault f : faults) {
            CompletableFuture<Throwable> result = f.timeout()
                    ? CompletableFuture.supplyAsync(() -> catchThrowable(f.call()))
                    : CompletableFuture.completedFuture(catchThrowable(f.call()));
            thrown.put(f, result);
        }
        SoftAssertions soft = new SoftAssertions();
        thrown.forEach((f, result) -> {
            Throwable t = result.join();
            soft.assertThat(t).as(f.name()).isInstanceOf(f.type());
            if (t instanceof LvbTransportException e) {
                soft.assertThat(e.isTimeout()).as(f.name() + ": a timeout").isEqualTo(f.timeout());
            }
            if (t != null) {
                assertNoKeys(t);
            }
        });
        soft.assertAll();

        // A retry would follow the failure at once; give it a second to show up, then count.
        Map<String, Integer> expected = new LinkedHashMap<>();
        for (Fault f : faults) {
            expected.put(f.name().replace(" (reactive)", ""), f.name().endsWith("(reactive)") ? 2 : 1);
        }
        Awaitility.await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Map<String, Integer> sent = new LinkedHashMap<>();
            List<LoggedRequest> all = allRequests();
            for (Fault f : faults) {
                String name = f.name().replace(" (reactive)", "");
                sent.put(name, (int) all.stream().filter(f.sent()).count());
            }
            assertThat(sent).as("requests per call in WireMock's journal (each call sent once)")
                    .isEqualTo(expected);
        });
    }

    @Test
    void theNonRepeatableCallsAreTheOnesMarkedSo() {
        assertThat(LvbInterface.TAPE_START.retrySafe()).isFalse();
        assertThat(LvbInterface.MIX_START.retrySafe()).isFalse();
        assertThat(LvbInterface.MIX_CANCEL.retrySafe()).isFalse();
        assertThat(LvbInterface.QUEUE_GET.retrySafe()).isFalse();
        assertThat(LvbInterface.CHANNEL_GET_STATUS.retrySafe()).isTrue();
        assertThat(LvbInterface.TAPE_GET_FILELIST.retrySafe()).isTrue();
        assertThat(LvbInterface.GET_LIVE_STAT.retrySafe()).isTrue();
    }

    // ---- retries are the application's: MicroProfile Fault Tolerance on its own bean (ResilientStreams) ------

    int statusRequests(String stream) {
        return (int) allRequests().stream().filter(r -> "Live_Channel_GetStatus".equals(query(r).get("interface"))
                && stream.equals(query(r).get("Param.s.channel_id"))).count();
    }

    @Test
    void withoutAPolicyAReadIsNotRetriedEither() {
        wireMock.resetScenarios();
        given().when().get("/streams/flaky_reset").then().statusCode(502)
                .body("error", equalTo("LvbTransportException"));
        assertThat(statusRequests("flaky_reset")).isEqualTo(1);
        // the stub recovered: the next call, made by the application when it decides to, succeeds
        given().when().get("/streams/flaky_reset").then().statusCode(200).body("live", equalTo(true));
        assertThat(statusRequests("flaky_reset")).isEqualTo(2);
    }

    @Test
    void aReadUnderTheApplicationsRetryPolicySurvivesAReset() {
        wireMock.resetScenarios();
        given().when().get("/streams/flaky_reset/resilient").then().statusCode(200).body("live", equalTo(true));
        assertThat(statusRequests("flaky_reset")).as("the reset, then the retry").isEqualTo(2);
    }

    @Test
    void aReadUnderTheApplicationsRetryPolicySurvivesATimeout() {
        wireMock.resetScenarios();
        given().when().get("/streams/flaky_timeout/resilient").then().statusCode(200).body("live", equalTo(true));
        assertThat(statusRequests("flaky_timeout")).as("the timeout, then the retry").isEqualTo(2);
    }

    @Test
    void theApplicationsPolicyGivesUpAfterItsRetries() {
        given().when().get("/streams/fault_reset/resilient").then().statusCode(502)
                .body("error", equalTo("LvbTransportException"));
        assertThat(statusRequests("fault_reset")).as("maxRetries = 2: three attempts").isEqualTo(3);
    }

    @Test
    void lvbsRefusalsAreAnswersAndNotRetried() {
        given().when().get("/streams/never_pushed/resilient").then().statusCode(404);
        given().when().get("/streams/http_503/resilient").then().statusCode(502)
                .body("error", equalTo("LvbHttpException"));
        assertThat(statusRequests("never_pushed")).isEqualTo(1);
        assertThat(statusRequests("http_503")).isEqualTo(1);
    }
}
