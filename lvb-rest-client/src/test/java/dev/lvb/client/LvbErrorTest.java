package dev.lvb.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.github.tomakehurst.wiremock.http.Fault;

import dev.lvb.core.LvbTime;
import dev.lvb.core.error.LvbApiException;
import dev.lvb.core.error.LvbErrorCode;
import dev.lvb.core.error.LvbException;
import dev.lvb.core.error.LvbFrontEndException;
import dev.lvb.core.error.LvbHttpException;
import dev.lvb.core.error.LvbMixErrorCode;
import dev.lvb.core.error.LvbMixException;
import dev.lvb.core.error.LvbProtocolException;
import dev.lvb.core.error.LvbTransportException;
import dev.lvb.core.error.LvbValidationException;
import dev.lvb.core.model.CancelMixRequest;
import dev.lvb.core.model.ChannelListRequest;
import dev.lvb.core.model.LiveStatRequest;
import dev.lvb.core.model.MixInput;
import dev.lvb.core.model.MixLayout;
import dev.lvb.core.model.RecordingFilesRequest;
import dev.lvb.core.model.ScreenshotQueueRequest;
import dev.lvb.core.model.StartMixRequest;
import dev.lvb.core.model.StartRecordingRequest;
import dev.lvb.core.model.StopRecordingRequest;

/** Every error path, each surfacing as the typed exception of lvb-core naming the interface, never with a secret. */
class LvbErrorTest extends LvbWireMockSupport {

    static <E extends Throwable> E failure(Runnable call, Class<E> type) {
        Throwable thrown = catchThrowable(call::run);
        assertThat(thrown).isInstanceOf(type);
        assertNoSecrets(thrown);
        return type.cast(thrown);
    }

    /** Neither the key nor any sign that went on the wire appears in any message of the cause chain. */
    static void assertNoSecrets(Throwable thrown) {
        List<String> signs = requests().stream().map(r -> r.getUrl())
                .filter(u -> u.contains("sign=")).map(u -> u.substring(u.indexOf("sign=") + 5)).toList();
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain(KEY);
            assertThat(t.toString()).doesNotContain(KEY);
            for (String sign : signs) {
                assertThat(String.valueOf(t.getMessage())).doesNotContain(sign);
            }
        }
    }

    // ---- ret != 0 ---------------------------------------------------------------------------------------

    @Test
    void neverPushedStream() {
        stubFcgi(json("{\"ret\":20601,\"retcode\":20601,\"errmsg\":\"\",\"message\":\"stream never pushed\"}"));
        LvbApiException e = failure(() -> lvb.getStatus("8888_live1"), LvbApiException.class);
        assertThat(e.ret()).isEqualTo(20601);
        assertThat(e.retcode()).contains(20601);
        assertThat(e.errorCode()).contains(LvbErrorCode.STREAM_NEVER_PUSHED);
        assertThat(e.interfaceName()).isEqualTo("Live_Channel_GetStatus");
        assertThat(e.lvbMessage()).isEqualTo("stream never pushed");
        assertThat(e.getMessage()).contains("[Live_Channel_GetStatus]").contains("20601");
    }

    @ParameterizedTest
    @CsvSource({ "1000,STAT_USER_NOT_REGISTERED", "1001,STAT_SERVICE_STOPPED", "1201,INTERNAL_ERROR",
            "1202,INVALID_REQUEST_OR_RATE_LIMITED", "1204,INVALID_INPUT_PARAM", "1301,NO_LIVE_STREAM",
            "10003,QUERY_DATA_EMPTY" })
    void statisticsCodes(int ret, LvbErrorCode code) {
        stubStatcgi(json("{\"ret\":" + ret + ",\"retcode\":" + ret + ",\"errmsg\":\"" + code.description()
                + "\",\"message\":\"\"}"));
        LvbApiException e = failure(() -> lvb.getLivePlayStat(), LvbApiException.class);
        assertThat(e.ret()).isEqualTo(ret);
        assertThat(e.errorCode()).contains(code);
        assertThat(e.interfaceName()).isEqualTo("Get_LivePlayStat");
        assertThat(e.lvbMessage()).isEqualTo(code.description()); // errmsg when message is empty
    }

    @Test
    void undocumentedRet() {
        stubFcgi(json("{\"ret\":-7,\"message\":\"something\"}"));
        LvbApiException e = failure(() -> lvb.ban("8888_live1"), LvbApiException.class);
        assertThat(e.ret()).isEqualTo(-7);
        assertThat(e.errorCode()).isEmpty();
        assertThat(e.interfaceName()).isEqualTo("Live_Channel_SetStatus");
    }

    // ---- front-end refusals -----------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(LvbFrontEndException.Reason.class)
    void frontEndTextInJson(LvbFrontEndException.Reason reason) {
        stubFcgi(json("{\"ret\":-1,\"retcode\":-1,\"errmsg\":\"" + reason.text() + "\",\"message\":\"\"}"));
        LvbFrontEndException e = failure(() -> lvb.getLiveChannelList(), LvbFrontEndException.class);
        assertThat(e.reason()).isEqualTo(reason);
        assertThat(e.interfaceName()).isEqualTo("Live_Channel_GetLiveChannelList");
    }

    @ParameterizedTest
    @EnumSource(LvbFrontEndException.Reason.class)
    void frontEndTextInJsonWithoutRet(LvbFrontEndException.Reason reason) {
        stubStatcgi(json("{\"message\":\"" + reason.text() + "\"}"));
        LvbFrontEndException e = failure(() -> lvb.getLiveStat(), LvbFrontEndException.class);
        assertThat(e.reason()).isEqualTo(reason);
        assertThat(e.interfaceName()).isEqualTo("Get_LiveStat");
    }

    @ParameterizedTest
    @CsvSource({ "appid is invalid,text/plain", "cmd is invalid,text/html", "sign invalid,text/plain; charset=utf-8",
            "time expired,application/octet-stream" })
    void frontEndTextAsBareBody(String text, String contentType) {
        stubFcgi(aResponse().withStatus(200).withHeader("Content-Type", contentType).withBody(text + "\n"));
        LvbFrontEndException e = failure(() -> lvb.getStatus("8888_live1"), LvbFrontEndException.class);
        assertThat(e.reason().text()).isEqualTo(text);
        assertThat(e.interfaceName()).isEqualTo("Live_Channel_GetStatus");
    }

    @Test
    void frontEndTextWithoutContentType() {
        stubFcgi(aResponse().withStatus(200).withBody("sign invalid"));
        LvbFrontEndException e = failure(() -> lvb.getStatus("8888_live1"), LvbFrontEndException.class);
        assertThat(e.reason()).isEqualTo(LvbFrontEndException.Reason.SIGN_INVALID);
    }

    @Test
    void frontEndRefusalOfAMixingCall() {
        stubFcgi(json("{\"ret\":-1,\"message\":\"appid is invalid\"}"));
        LvbFrontEndException e = failure(() -> lvb.startMix(LvbMixingTest.specExample()), LvbFrontEndException.class);
        assertThat(e.reason()).isEqualTo(LvbFrontEndException.Reason.APPID_INVALID);
        assertThat(e.interfaceName()).isEqualTo("mix_streamv2.start_mix_stream_advanced");
    }

    // ---- mixing codes -----------------------------------------------------------------------------------

    @Test
    void mixingInputNotFound() {
        stubFcgi(json("{\"code\":-505,\"message\":\"input stream not exist\",\"timestamp\":1490079362}"));
        LvbMixException e = failure(() -> lvb.startMix(LvbMixingTest.specExample()), LvbMixException.class);
        assertThat(e.mixCode()).isEqualTo(-505);
        assertThat(e.errorCode()).contains(LvbMixErrorCode.INPUT_STREAM_NOT_FOUND);
        assertThat(e.interfaceName()).isEqualTo("mix_streamv2.start_mix_stream_advanced");
        assertThat(e.lvbMessage()).isEqualTo("input stream not exist");
    }

    @Test
    void cancelUnknownSession() {
        stubFcgi(json("{\"code\":-30300,\"message\":\"no session\",\"timestamp\":1490079362}"));
        LvbMixException e = failure(() -> lvb.cancelMix(new CancelMixRequest("room_1", "1234_a")),
                LvbMixException.class);
        assertThat(e.errorCode()).contains(LvbMixErrorCode.CANCEL_UNKNOWN_SESSION);
        assertThat(e.interfaceName()).isEqualTo("mix_streamv2.cancel_mix_stream");
    }

    @Test
    void mixingReplyWithoutCode() {
        stubFcgi(json("{\"ret\":0,\"message\":\"\"}"));
        LvbProtocolException e = failure(() -> lvb.startMix(LvbMixingTest.specExample()), LvbProtocolException.class);
        assertThat(e.interfaceName()).isEqualTo("mix_streamv2.start_mix_stream_advanced");
    }

    // ---- not LVB's JSON ---------------------------------------------------------------------------------

    @Test
    void htmlPageWithStatus200() {
        stubFcgi(aResponse().withStatus(200).withHeader("Content-Type", "text/html")
                .withBody("<html><body><h1>Gateway maintenance</h1></body></html>"));
        LvbProtocolException e = failure(() -> lvb.getStatus("8888_live1"), LvbProtocolException.class);
        assertThat(e.interfaceName()).isEqualTo("Live_Channel_GetStatus");
        assertThat(e.lvbMessage()).contains("Gateway maintenance");
    }

    @Test
    void emptyBodyWithStatus200() {
        stubFcgi(aResponse().withStatus(200).withHeader("Content-Type", "application/json"));
        LvbProtocolException e = failure(() -> lvb.getStatus("8888_live1"), LvbProtocolException.class);
        assertThat(e.interfaceName()).isEqualTo("Live_Channel_GetStatus");
    }

    @Test
    void status204() {
        stubFcgi(aResponse().withStatus(204));
        LvbProtocolException e = failure(() -> lvb.ban("8888_live1"), LvbProtocolException.class);
        assertThat(e.interfaceName()).isEqualTo("Live_Channel_SetStatus");
    }

    @Test
    void truncatedJson() {
        stubStatcgi(json("{\"ret\":0,\"output\":{\"stream_count\":1,"));
        LvbProtocolException e = failure(() -> lvb.getLiveStat(), LvbProtocolException.class);
        assertThat(e.interfaceName()).isEqualTo("Get_LiveStat");
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"ret\":0,\"output\":{\"stream_count\":\"many\"}}",
            "{\"ret\":0,\"output\":{\"stream_info\":\"none\"}}", "{\"ret\":0,\"output\":42}",
            "{\"ret\":\"zero\",\"output\":{}}", "{\"output\":{}}", "[{\"ret\":0}]" })
    void jsonOfTheWrongShape(String body) {
        stubStatcgi(json(body));
        LvbProtocolException e = failure(() -> lvb.getLiveStat(), LvbProtocolException.class);
        assertThat(e.interfaceName()).isEqualTo("Get_LiveStat");
    }

    @Test
    void statusOutputOfTheWrongShape() {
        stubFcgi(json("{\"ret\":0,\"output\":\"live\"}"));
        LvbProtocolException e = failure(() -> lvb.getStatus("8888_live1"), LvbProtocolException.class);
        assertThat(e.interfaceName()).isEqualTo("Live_Channel_GetStatus");
    }

    @ParameterizedTest
    @ValueSource(strings = { "text/plain", "text/html; charset=UTF-8", "application/octet-stream",
            "application/x-javascript", "" })
    void jsonIsReadWhateverTheContentType(String contentType) {
        var response = aResponse().withStatus(200).withBody(LvbApiWireTest.STATUS);
        stubFcgi(contentType.isEmpty() ? response : response.withHeader("Content-Type", contentType));
        assertThat(lvb.getStatus("8888_live1").isLive()).isTrue();
    }

    @Test
    void nonAsciiTextInUtf8WithoutCharset() {
        stubFcgi(aResponse().withStatus(200).withHeader("Content-Type", "text/plain")
                .withBody("{\"ret\":1204,\"message\":\"参数错误\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        LvbApiException e = failure(() -> lvb.getStatus("8888_live1"), LvbApiException.class);
        assertThat(e.lvbMessage()).isEqualTo("参数错误");
    }

    // ---- HTTP status --------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(ints = { 400, 403, 404, 500, 502, 503 })
    void httpErrorStatus(int status) {
        stubFcgi(aResponse().withStatus(status).withHeader("Content-Type", "text/html")
                .withBody("<html>error " + status + "</html>"));
        LvbHttpException e = failure(() -> lvb.getStatus("8888_live1"), LvbHttpException.class);
        assertThat(e.status()).isEqualTo(status);
        assertThat(e.interfaceName()).isEqualTo("Live_Channel_GetStatus");
        assertThat(e.lvbMessage()).isEqualTo("<html>error " + status + "</html>");
        assertThat(e.getMessage()).contains("HTTP " + status);
    }

    @Test
    void http403OnStatcgiWithoutBody() {
        stubStatcgi(aResponse().withStatus(403));
        LvbHttpException e = failure(() -> lvb.getLivePushStat(), LvbHttpException.class);
        assertThat(e.status()).isEqualTo(403);
        assertThat(e.interfaceName()).isEqualTo("Get_LivePushStat");
        assertThat(e.getMessage()).contains("anti-abuse");
    }

    @Test
    void http404OnMixing() {
        stubFcgi(aResponse().withStatus(404).withBody("not found"));
        LvbHttpException e = failure(() -> lvb.cancelMix(new CancelMixRequest("room_1", "1234_a")),
                LvbHttpException.class);
        assertThat(e.status()).isEqualTo(404);
        assertThat(e.interfaceName()).isEqualTo("mix_streamv2.cancel_mix_stream");
    }

    @Test
    void http500WithJsonBodyIsStillAnHttpError() {
        stubFcgi(json("{\"ret\":0,\"output\":{}}").withStatus(500));
        LvbHttpException e = failure(() -> lvb.getLiveChannelList(), LvbHttpException.class);
        assertThat(e.status()).isEqualTo(500);
    }

    @Test
    void redirectIsNotFollowed() {
        stubFcgi(aResponse().withStatus(302).withHeader("Location", "http://example.com/"));
        LvbHttpException e = failure(() -> lvb.getStatus("8888_live1"), LvbHttpException.class);
        assertThat(e.status()).isEqualTo(302);
        assertThat(requests()).hasSize(1);
    }

    @Test
    void anEchoedSignIsMaskedInTheMessage() {
        wireMock.stubFor(com.github.tomakehurst.wiremock.client.WireMock.any(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo(FCGI_PATH))
                .willReturn(aResponse().withStatus(403).withBody("blocked {{request.url}}")
                        .withTransformers("response-template")));
        Throwable thrown = catchThrowable(() -> lvb.getStatus("8888_live1"));
        assertThat(thrown).isInstanceOf(LvbHttpException.class);
        assertNoSecrets(thrown);
        assertThat(((LvbHttpException) thrown).lvbMessage()).as("body").startsWith("blocked /fcgi/common_access?");
        assertThat(thrown.getMessage()).contains("sign=***");
    }

    // ---- transport ---------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = { "CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE",
            "MALFORMED_RESPONSE_CHUNK", "RANDOM_DATA_THEN_CLOSE" })
    void brokenConnections(Fault fault) {
        stubFcgi(aResponse().withFault(fault));
        LvbTransportException e = failure(() -> lvb.getStatus("8888_live1"), LvbTransportException.class);
        assertThat(e.isTimeout()).isFalse();
        assertThat(e.interfaceName()).isEqualTo("Live_Channel_GetStatus");
        assertThat(e.getCause()).isNotNull();
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = { "CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE" })
    void nonIdempotentCallsAreSentOnceEvenWhenTheConnectionBreaks(Fault fault) {
        stubFcgi(aResponse().withFault(fault));
        failure(() -> lvb.startRecording(StartRecordingRequest.realtime("8888_live1",
                Instant.now().plusSeconds(600))), LvbTransportException.class);
        failure(() -> lvb.getScreenshotQueue(ScreenshotQueueRequest.screenshots(10)), LvbTransportException.class);
        failure(() -> lvb.startMix(LvbMixingTest.specExample()), LvbTransportException.class);
        assertThat(requests()).as("no retry by this client nor by the HTTP engine").hasSize(3);
    }

    @Test
    void truncatedBody() {
        stubFcgi(aResponse().withStatus(200).withHeader("Content-Length", "500").withBody("{\"ret\":0,"));
        Throwable thrown = catchThrowable(() -> lvb.getStatus("8888_live1"));
        // Either the engine notices the short body (transport) or it hands over what came (not JSON).
        assertThat(thrown).isInstanceOfAny(LvbTransportException.class, LvbProtocolException.class);
        assertThat(((LvbException) thrown).interfaceName()).isEqualTo("Live_Channel_GetStatus");
    }

    @Test
    void readTimeout() {
        stubFcgi(json(LvbApiWireTest.STATUS).withFixedDelay(3000));
        LvbApi impatient = LvbClients.build(RestClientBuilder.newBuilder().baseUri(fcgiUrl())
                .readTimeout(300, TimeUnit.MILLISECONDS), settings(), LISTENERS);
        try {
            LvbTransportException e = failure(() -> impatient.getStatus("8888_live1"), LvbTransportException.class);
            assertThat(e.isTimeout()).isTrue();
            assertThat(e.interfaceName()).isEqualTo("Live_Channel_GetStatus");
            assertThat(e.getMessage()).contains("timed out");
        } finally {
            LvbClients.close(impatient);
        }
    }

    @Test
    void connectionRefused() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        LvbApi nowhere = client(URI.create("http://127.0.0.1:" + port), settings().withStatcgiUrl(null));
        try {
            LvbTransportException e = failure(() -> nowhere.getStatus("8888_live1"), LvbTransportException.class);
            assertThat(e.isTimeout()).isFalse();
        } finally {
            LvbClients.close(nowhere);
        }
    }

    // ---- validation: nothing is sent ----------------------------------------------------------------------

    static void rejected(Runnable call, String parameter) {
        stubAll(json("{\"ret\":0}"));
        LvbValidationException e = failure(call, LvbValidationException.class);
        assertThat(e.parameter()).isEqualTo(parameter);
        assertThat(requests()).as("requests sent").isEmpty();
    }

    @Test
    void pageSizes() {
        rejected(() -> lvb.getLiveStat(LiveStatRequest.all().page(1, 301)), "Param.n.page_size");
        rejected(() -> lvb.getLivePushStat(LiveStatRequest.all().page(1, 0)), "Param.n.page_size");
        rejected(() -> lvb.getLivePlayStat(LiveStatRequest.all().page(0, 10)), "Param.n.page_no");
        rejected(() -> lvb.getRecordingFiles(RecordingFilesRequest.of("8888_live1").page(1, 101)),
                "Param.n.page_size");
        rejected(() -> lvb.getChannelList(ChannelListRequest.all().page(1, 9)), "Param.n.page_size");
        rejected(() -> lvb.getChannelList(ChannelListRequest.all().page(1, 101)), "Param.n.page_size");
        rejected(() -> lvb.getScreenshotQueue(ScreenshotQueueRequest.screenshots(101)), "Param.n.count");
    }

    @Test
    void recordingWindowThatCrossesADay() {
        rejected(() -> lvb.getRecordingFiles(RecordingFilesRequest.of("8888_live1")
                .between(LvbTime.parse("2017-01-01 23:00:00"), LvbTime.parse("2017-01-02 00:30:00"))),
                "Param.s.end_time");
    }

    @Test
    void mixingInputCount() {
        rejected(() -> lvb.startMix(new StartMixRequest("room_1", "1234_a", null, null, null, List.of())),
                "input_stream_list");
        List<MixInput> seventeen = IntStream.rangeClosed(1, 17)
                .mapToObj(i -> MixInput.of("1234_" + i, new MixLayout(Math.min(i, 16), null, null, null, null, null,
                        null, null)))
                .toList();
        rejected(() -> lvb.startMix(new StartMixRequest("room_1", "1234_1", null, null, null, seventeen)),
                "input_stream_list");
    }

    @Test
    void idsOver80Bytes() {
        String eightyOne = "a".repeat(81);
        String fortyOneChinese = "流".repeat(27); // 81 UTF-8 bytes in 27 characters
        rejected(() -> lvb.startMix(StartMixRequest.of(eightyOne, List.of(MixInput.of("1234_a",
                MixLayout.background())))), "mix_stream_session_id");
        rejected(() -> lvb.startMix(StartMixRequest.of("room_1", List.of(MixInput.of(fortyOneChinese,
                MixLayout.background())))), "input_stream_id");
        rejected(() -> lvb.cancelMix(new CancelMixRequest("room_1", eightyOne)), "output_stream_id");
    }

    @Test
    void missingRequiredParameters() {
        rejected(() -> lvb.getStatus((String) null), "Param.s.channel_id");
        rejected(() -> lvb.getStatus(""), "Param.s.channel_id");
        rejected(() -> lvb.ban(" "), "Param.s.channel_id");
        rejected(() -> lvb.forbid("8888_live1", null), "Param.n.abstime_end");
        rejected(() -> lvb.stopRecording(StopRecordingRequest.of("8888_live1", "not-a-number")), "Param.n.task_id");
        rejected(() -> lvb.startRecording(StartRecordingRequest.scheduled("8888_live1", null,
                Instant.now())), "Param.s.start_time");
        rejected(() -> lvb.getRecordingFiles(RecordingFilesRequest.of(null)), "Param.s.channel_id");
    }
}
