package dev.lvb.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import dev.lvb.core.error.LvbFrontEndException;
import dev.lvb.core.error.LvbHttpException;
import dev.lvb.core.error.LvbProtocolException;
import dev.lvb.core.error.LvbTransportException;
import dev.lvb.core.error.LvbValidationException;
import dev.lvb.core.model.ChannelListRequest;
import dev.lvb.core.model.LiveStatRequest;
import dev.lvb.core.model.MixInput;
import dev.lvb.core.model.MixLayout;
import dev.lvb.core.model.RecordingFilesRequest;
import dev.lvb.core.model.ScreenshotQueueRequest;
import dev.lvb.core.model.StartMixRequest;
import dev.lvb.core.model.StartRecordingRequest;
import dev.lvb.core.model.StopRecordingRequest;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every family of failure, each as its typed exception, blocking and reactive, never with a key in a message:
 * front-end refusals, HTTP statuses, broken connections, a reply later than the read timeout, bodies that are not
 * LVB's JSON, and requests refused before anything is sent.
 */
@QuarkusTest
public class ApiErrorsTest extends LvbTestBase {

    static final String GET_STATUS = "Live_Channel_GetStatus";

    @ParameterizedTest
    @CsvSource({ "appid_text, APPID_INVALID", "appid_json, APPID_INVALID", "sign_invalid, SIGN_INVALID",
            "time_expired, TIME_EXPIRED" })
    void frontEndRefusals(String stream, LvbFrontEndException.Reason reason) {
        expectFailure(LvbFrontEndException.class, () -> lvb.getStatus(stream), () -> reactive.getStatus(stream),
                e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.interfaceName()).isEqualTo(GET_STATUS);
                    assertThat(e.lvbMessage()).contains(reason.text());
                });
    }

    @ParameterizedTest
    @CsvSource({ "http_403, 403, 403 Forbidden", "http_404, 404, 404 Not Found", "http_500, 500, internal server error",
            "http_503, 503, " })
    void httpStatuses(String stream, int status, String body) {
        expectFailure(LvbHttpException.class, () -> lvb.getStatus(stream), () -> reactive.getStatus(stream),
                e -> {
                    assertThat(e.status()).isEqualTo(status);
                    assertThat(e.interfaceName()).isEqualTo(GET_STATUS);
                    if (body == null) {
                        assertThat(e.lvbMessage()).isNull();
                    } else {
                        assertThat(e.lvbMessage()).contains(body);
                    }
                });
    }

    @Test
    void anErrorBodyEchoingTheSignedUrlIsRedacted() {
        LvbHttpException e = expectFailure(LvbHttpException.class, () -> lvb.getStatus("echo_query"),
                () -> reactive.getStatus("echo_query"), x -> assertThat(x.status()).isEqualTo(500));
        List<String> signs = new ArrayList<>();
        for (LoggedRequest r : allRequests()) {
            signs.add(query(r).get("sign"));
        }
        assertThat(signs).hasSize(2);
        assertThat(e.getMessage()).contains("sign=***").contains("interface=Live_Channel_GetStatus");
        for (String sign : signs) {
            assertThat(e.getMessage()).doesNotContain(sign);
            assertThat(e.lvbMessage()).doesNotContain(sign);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "fault_reset", "fault_empty" })
    void brokenConnections(String stream) {
        expectFailure(LvbTransportException.class, () -> lvb.getStatus(stream), () -> reactive.getStatus(stream),
                e -> {
                    assertThat(e.isTimeout()).isFalse();
                    assertThat(e.interfaceName()).isEqualTo(GET_STATUS);
                });
    }

    /**
     * A connection closed in the middle of a chunked reply (WireMock's MALFORMED_RESPONSE_CHUNK): the Quarkus REST
     * client raises {@code io.vertx.core.http.HttpClosedException}, an unchecked Vert.x exception; the caller (blocking
     * and reactive alike) must get LvbTransportException.
     */
    @Test
    void connectionClosedMidReply() {
        Throwable blocking = catchThrowable(() -> lvb.getStatus("fault_malformed"));
        Throwable nonBlocking = catchThrowable(() -> await(reactive.getStatus("fault_malformed")));
        SoftAssertions.assertSoftly(soft -> {
            Throwable[] thrown = { blocking, nonBlocking };
            for (int i = 0; i < thrown.length; i++) {
                soft.assertThat(thrown[i]).as(i == 0 ? "blocking" : "reactive")
                        .isInstanceOfSatisfying(LvbTransportException.class, t -> {
                            soft.assertThat(t.isTimeout()).isFalse();
                            soft.assertThat(t.interfaceName()).isEqualTo(GET_STATUS);
                        });
            }
        });
    }

    @Test
    void replyLaterThanTheReadTimeout() {
        Instant start = Instant.now();
        expectFailure(LvbTransportException.class, () -> lvb.getStatus("slow"), () -> reactive.getStatus("slow"),
                e -> {
                    assertThat(e.isTimeout()).isTrue();
                    assertThat(e.interfaceName()).isEqualTo(GET_STATUS);
                });
        // two calls, each cut at quarkus.rest-client.lvb.read-timeout (2.5 s), not at the stub's 6 s delay
        assertThat(Duration.between(start, Instant.now())).isBetween(Duration.ofSeconds(5), Duration.ofSeconds(11));
    }

    @ParameterizedTest
    @ValueSource(strings = { "html", "empty_body", "wrong_ret_type", "wrong_output_type", "wrong_field_type" })
    void repliesThatAreNotLvbJson(String stream) {
        expectFailure(LvbProtocolException.class, () -> lvb.getStatus(stream), () -> reactive.getStatus(stream),
                e -> assertThat(e.interfaceName()).isEqualTo(GET_STATUS));
    }

    @Test
    void invalidRequestsNeverReachLvb() {
        Instant start = Instant.parse("2017-06-01T15:00:00Z"); // 23:00 CST
        Map<String, org.assertj.core.api.ThrowableAssert.ThrowingCallable> invalid = Map.of(
                "Param.n.page_size", () -> LiveStatRequest.all().page(1, 301),
                "Param.s.end_time", () -> RecordingFilesRequest.of("8888_live").between(start,
                        start.plus(Duration.ofHours(2))),
                "Param.n.task_id", () -> StopRecordingRequest.of("8888_live", "18446744073709551616"),
                "Param.n.count", () -> ScreenshotQueueRequest.screenshots(101),
                "input_stream_list", () -> StartMixRequest.of("room_1", IntStream.rangeClosed(1, 17)
                        .mapToObj(i -> MixInput.of("8888_" + i, new MixLayout(Math.min(i, 16), null, null, null, null,
                                null, null, null)))
                        .toList()));
        invalid.forEach((parameter, build) -> assertThat(
                org.assertj.core.api.Assertions.catchThrowableOfType(LvbValidationException.class, build))
                .as(parameter).isNotNull().satisfies(e -> assertThat(e.parameter()).isEqualTo(parameter)));

        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(LvbValidationException.class,
                () -> new ChannelListRequest(null, 1, 5, null)).parameter()).isEqualTo("Param.n.page_size");
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(LvbValidationException.class,
                () -> StartRecordingRequest.scheduled("8888_live", start, start.plus(Duration.ofDays(2))))
                .parameter()).isEqualTo("Param.s.end_time");

        // Through the client too: the typed method builds the request, the reactive twin fails its Uni.
        expectFailure(LvbValidationException.class, () -> lvb.getStatus(""), () -> reactive.getStatus(""),
                e -> assertThat(e.parameter()).isEqualTo("Param.s.channel_id"));
        expectFailure(LvbValidationException.class, () -> lvb.ban(" "), () -> reactive.ban(" "),
                e -> assertThat(e.parameter()).isEqualTo("Param.s.channel_id"));

        assertThat(allRequests()).as("requests that reached WireMock").isEmpty();
    }
}
