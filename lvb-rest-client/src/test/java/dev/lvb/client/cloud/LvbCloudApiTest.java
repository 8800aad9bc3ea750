package dev.lvb.client.cloud;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import dev.lvb.core.cloud.LvbCloudAction;
import dev.lvb.core.cloud.LvbCloudCredentials;
import dev.lvb.core.cloud.LvbCloudCredentialsProvider;
import dev.lvb.core.cloud.LvbTc3Verifier;
import dev.lvb.core.cloud.model.CreateRecordTaskRequest;
import dev.lvb.core.cloud.model.CreateRecordTaskResponse;
import dev.lvb.core.cloud.model.DescribeLiveStreamOnlineListRequest;
import dev.lvb.core.cloud.model.DescribeLiveStreamOnlineListResponse;
import dev.lvb.core.cloud.model.DescribeLiveStreamStateRequest;
import dev.lvb.core.cloud.model.DropLiveStreamRequest;
import dev.lvb.core.cloud.model.ForbidLiveStreamRequest;
import dev.lvb.core.error.LvbCloudErrorKind;
import dev.lvb.core.error.LvbCloudException;
import dev.lvb.core.error.LvbHttpException;
import dev.lvb.core.error.LvbProtocolException;
import dev.lvb.core.error.LvbTransportException;

/** {@link LvbCloudApi} on RESTEasy's MicroProfile REST Client against WireMock: signing, replies, errors. */
class LvbCloudApiTest {

    static final LvbCloudCredentials CREDENTIALS = new LvbCloudCredentials("AKIDtest", "SecretKeyNeverSent", "tok-1");
    static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");

    static WireMockServer wireMock;
    LvbCloudApi live;

    @BeforeAll
    static void start() {
        wireMock = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        wireMock.start();
    }

    @AfterAll
    static void stop() {
        wireMock.stop();
    }

    @BeforeEach
    void client() {
        wireMock.resetAll();
        live = build(URI.create(wireMock.baseUrl()));
    }

    @AfterEach
    void close() throws Exception {
        ((AutoCloseable) live).close();
    }

    static LvbCloudApi build(URI uri) {
        return RestClientBuilder.newBuilder().baseUri(uri)
                .property(LvbCloudSettings.PROPERTY, new LvbCloudSettings(
                        LvbCloudCredentialsProvider.of(CREDENTIALS), "ap-guangzhou", Clock.fixed(NOW, ZoneOffset.UTC)))
                .connectTimeout(5, TimeUnit.SECONDS).readTimeout(10, TimeUnit.SECONDS)
                .build(LvbCloudApi.class);
    }

    static void reply(String body) {
        wireMock.stubFor(post(urlEqualTo("/")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    static LoggedRequest only() {
        List<LoggedRequest> all = wireMock.findAll(com.github.tomakehurst.wiremock.client.WireMock
                .anyRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.anyUrl()));
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    @Test
    void signsTheExactBytesSentAndReadsTheReply() {
        reply("{\"Response\":{\"StreamState\":\"active\",\"RequestId\":\"req-9\"}}");
        var reply = live.describeLiveStreamState(new DescribeLiveStreamStateRequest("live", "push.example.com", "房间1"));
        assertThat(reply.streamState()).isEqualTo("active");
        assertThat(reply.requestId()).isEqualTo("req-9");

        LoggedRequest r = only();
        assertThat(r.getHeader("X-TC-Action")).isEqualTo("DescribeLiveStreamState");
        assertThat(r.getHeader("X-TC-Version")).isEqualTo("2018-08-01");
        assertThat(r.getHeader("X-TC-Timestamp")).isEqualTo(Long.toString(NOW.getEpochSecond()));
        assertThat(r.getHeader("X-TC-Region")).isEqualTo("ap-guangzhou");
        assertThat(r.getHeader("X-TC-Token")).isEqualTo("tok-1");
        assertThat(r.getBodyAsString()).isEqualTo(
                "{\"AppName\":\"live\",\"DomainName\":\"push.example.com\",\"StreamName\":\"房间1\"}");
        LvbTc3Verifier verifier = new LvbTc3Verifier("live",
                id -> id.equals("AKIDtest") ? Optional.of(CREDENTIALS) : Optional.empty(), Duration.ofMinutes(5));
        assertThat(verifier.verify("POST", "/", "", r::getHeader, r.getBody(), NOW.getEpochSecond()))
                .isEqualTo(LvbTc3Verifier.Outcome.OK);
        assertThat(r.getHeader("Authorization")).doesNotContain("SecretKeyNeverSent");
    }

    @Test
    void nullFieldsAreNotSentAndListsAreRead() {
        reply("{\"Response\":{\"TotalNum\":1,\"TotalPage\":1,\"PageNum\":1,\"PageSize\":10,\"OnlineInfo\":[{"
                + "\"StreamName\":\"s1\",\"AppName\":\"live\",\"DomainName\":\"d\",\"PublishTimeList\":[{\"PublishTime\":"
                + "\"2026-12-03T08:00:00Z\"}],\"SomethingNew\":1}],\"RequestId\":\"r\"}}");
        DescribeLiveStreamOnlineListResponse reply = live.describeLiveStreamOnlineList(
                new DescribeLiveStreamOnlineListRequest(null, null, 1L, 10L, null));
        assertThat(reply.onlineInfo()).singleElement().satisfies(s -> {
            assertThat(s.streamName()).isEqualTo("s1");
            assertThat(s.publishTimeList().get(0).publishTime()).isEqualTo("2026-12-03T08:00:00Z");
        });
        assertThat(only().getBodyAsString()).isEqualTo("{\"PageNum\":1,\"PageSize\":10}");
    }

    @Test
    void tencentErrorsBecomeTypedExceptionsWithCodeMessageAndRequestId() {
        reply("{\"Response\":{\"Error\":{\"Code\":\"FailedOperation.HasNotLivingStream\",\"Message\":\"no stream\"},"
                + "\"RequestId\":\"req-e\"}}");
        LvbCloudException e = (LvbCloudException) catchThrowable(
                () -> live.dropLiveStream(new DropLiveStreamRequest("s", "d", "live")));
        assertThat(e.code()).isEqualTo("FailedOperation.HasNotLivingStream");
        assertThat(e.kind()).isEqualTo(LvbCloudErrorKind.STREAM_NOT_ACTIVE);
        assertThat(e.lvbMessage()).isEqualTo("no stream");
        assertThat(e.requestId()).contains("req-e");
        assertThat(e.interfaceName()).isEqualTo("DropLiveStream");
    }

    @Test
    void authAndRateLimitFamilies() {
        reply("{\"Response\":{\"Error\":{\"Code\":\"AuthFailure.SignatureExpire\",\"Message\":\"m\"},"
                + "\"RequestId\":\"r\"}}");
        assertThatThrownBy(() -> live.forbidLiveStream(new ForbidLiveStreamRequest("live", "d", "s",
                "2026-12-31T00:00:00Z", "spam"))).isInstanceOfSatisfying(LvbCloudException.class,
                        e -> assertThat(e.kind()).isEqualTo(LvbCloudErrorKind.AUTH_FAILURE));
        wireMock.resetAll();
        reply("{\"Response\":{\"Error\":{\"Code\":\"RequestLimitExceeded\",\"Message\":\"m\"},\"RequestId\":\"r\"}}");
        assertThatThrownBy(() -> live.createRecordTask(new CreateRecordTaskRequest("s", "d", "live", 1L, null, null,
                null, null))).isInstanceOfSatisfying(LvbCloudException.class,
                        e -> assertThat(e.isTransient()).isTrue());
    }

    @Test
    void httpErrorsWithoutTheEnvelopeAndNonJson() {
        wireMock.stubFor(post(urlEqualTo("/")).willReturn(aResponse().withStatus(502).withBody("bad gateway")));
        assertThatThrownBy(() -> live.describeLiveStreamState(new DescribeLiveStreamStateRequest("a", "d", "s")))
                .isInstanceOfSatisfying(LvbHttpException.class, e -> assertThat(e.status()).isEqualTo(502));
        wireMock.resetAll();
        reply("<html>oops</html>");
        assertThatThrownBy(() -> live.describeLiveStreamState(new DescribeLiveStreamStateRequest("a", "d", "s")))
                .isInstanceOf(LvbProtocolException.class).hasMessageContaining("DescribeLiveStreamState");
    }

    @Test
    void theEnvelopeWithAnHttpErrorStatusIsStillTencentsError() {
        wireMock.stubFor(post(urlEqualTo("/")).willReturn(aResponse().withStatus(500).withBody(
                "{\"Response\":{\"Error\":{\"Code\":\"InternalError\",\"Message\":\"m\"},\"RequestId\":\"r\"}}")));
        assertThatThrownBy(() -> live.describeLiveStreamState(new DescribeLiveStreamStateRequest("a", "d", "s")))
                .isInstanceOfSatisfying(LvbCloudException.class,
                        e -> assertThat(e.kind()).isEqualTo(LvbCloudErrorKind.SERVER_ERROR));
    }

    @Test
    void connectionFailuresTranslateToTransportExceptions() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        LvbCloudApi dead = build(URI.create("http://127.0.0.1:" + closed));
        try {
            Throwable thrown = catchThrowable(() -> dead.describeLiveStreamState(
                    new DescribeLiveStreamStateRequest("a", "d", "s")));
            RuntimeException typed = LvbCloudFailures.translate(LvbCloudAction.DESCRIBE_LIVE_STREAM_STATE, thrown);
            assertThat(typed).isInstanceOfSatisfying(LvbTransportException.class,
                    e -> assertThat(e.isTimeout()).isFalse());
            assertThat(typed.getMessage()).contains("DescribeLiveStreamState");
        } finally {
            ((AutoCloseable) dead).close();
        }
    }

    @Test
    void createRecordTaskReply() {
        reply("{\"Response\":{\"TaskId\":\"task-1\",\"RequestId\":\"r\"}}");
        CreateRecordTaskResponse r = live.createRecordTask(new CreateRecordTaskRequest("s", "d", "live",
                NOW.getEpochSecond() + 3600, null, null, 0L, null));
        assertThat(r.taskId()).isEqualTo("task-1");
        assertThat(new String(only().getBody(), StandardCharsets.UTF_8)).contains("\"EndTime\":" + (NOW.getEpochSecond() + 3600))
                .contains("\"TemplateId\":0");
    }

    @Test
    void missingSettingsAreAConfigurationErrorNotATransportFailure() throws Exception {
        LvbCloudApi unconfigured = RestClientBuilder.newBuilder().baseUri(URI.create(wireMock.baseUrl()))
                .build(LvbCloudApi.class);
        try {
            Throwable thrown = catchThrowable(() -> unconfigured.describeLiveStreamState(
                    new DescribeLiveStreamStateRequest("a", "d", "s")));
            assertThat(LvbCloudFailures.translate(LvbCloudAction.DESCRIBE_LIVE_STREAM_STATE, thrown))
                    .isInstanceOf(LvbCloudSettingsException.class).hasMessageContaining("lvb.cloud.secret-id");
            assertThat(wireMock.getAllServeEvents()).isEmpty();
        } finally {
            ((AutoCloseable) unconfigured).close();
        }
    }
}
