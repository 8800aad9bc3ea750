package dev.lvb.it;

import static dev.lvb.it.wiremock.CloudStubs.error;
import static dev.lvb.it.wiremock.CloudStubs.ok;
import static dev.lvb.it.wiremock.CloudStubs.stub;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import dev.lvb.client.cloud.LvbCloudApi;
import dev.lvb.core.cloud.LvbCloudAction;
import dev.lvb.core.cloud.model.*;
import dev.lvb.core.error.LvbCloudErrorKind;
import dev.lvb.core.error.LvbCloudException;
import dev.lvb.core.error.LvbException;
import dev.lvb.core.error.LvbHttpException;
import dev.lvb.core.error.LvbProtocolException;
import dev.lvb.core.error.LvbTransportException;
import dev.lvb.it.wiremock.CloudStubs;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;

/**
 * Every Cloud API 3.0 action of the application's {@code @RestClient LvbCloudApi}, blocking and reactive, against
 * WireMock stubs that only match a correctly TC3-signed request with the exact JSON body; then every error family.
 */
@QuarkusTest
public class CloudApiTest extends LvbTestBase {

    @Inject
    @RestClient
    LvbCloudApi live;

    /** Calls blocking, then reactive; both replies must pass {@code check}. */
    static <T> void both(Supplier<T> blocking, Supplier<Uni<T>> reactive, Consumer<T> check) {
        check.accept(blocking.get());
        check.accept(reactive.get().await().atMost(AWAIT));
    }

    @Test
    void streamStateAndControl() {
        stub(wireMock, "DescribeLiveStreamState",
                "{\"AppName\":\"live\",\"DomainName\":\"push.example.com\",\"StreamName\":\"直播-1\"}",
                ok("\"StreamState\":\"active\"", "r-state"));
        var state = new DescribeLiveStreamStateRequest("live", "push.example.com", "直播-1");
        both(() -> live.describeLiveStreamState(state), () -> live.describeLiveStreamStateAsync(state), r -> {
            assertThat(r.streamState()).isEqualTo("active");
            assertThat(r.requestId()).isEqualTo("r-state");
        });

        stub(wireMock, "DescribeLiveForbidStreamList", "{\"PageNum\":1,\"PageSize\":20}",
                ok("\"TotalNum\":1,\"TotalPage\":1,\"PageNum\":1,\"PageSize\":20,\"ForbidStreamList\":[{\"StreamName\":"
                        + "\"s1\",\"CreateTime\":\"2026-12-01T00:00:00Z\",\"ExpireTime\":\"2026-12-08T00:00:00Z\"}]",
                        "r-fl"));
        var forbidList = new DescribeLiveForbidStreamListRequest(1L, 20L, null);
        both(() -> live.describeLiveForbidStreamList(forbidList), () -> live.describeLiveForbidStreamListAsync(forbidList),
                r -> assertThat(r.forbidStreamList()).singleElement()
                        .satisfies(f -> assertThat(f.expireTime()).isEqualTo("2026-12-08T00:00:00Z")));

        stub(wireMock, "ForbidLiveStream", "{\"AppName\":\"live\",\"DomainName\":\"push.example.com\",\"StreamName\":"
                + "\"s1\",\"ResumeTime\":\"2026-12-31T08:00:00Z\",\"Reason\":\"违规\"}", ok("", "r-forbid"));
        var forbid = new ForbidLiveStreamRequest("live", "push.example.com", "s1", "2026-12-31T08:00:00Z", "违规");
        both(() -> live.forbidLiveStream(forbid), () -> live.forbidLiveStreamAsync(forbid),
                r -> assertThat(r.requestId()).isEqualTo("r-forbid"));

        stub(wireMock, "ResumeLiveStream", "{\"AppName\":\"live\",\"DomainName\":\"d\",\"StreamName\":\"s1\"}",
                ok("", "r-resume"));
        var resume = new ResumeLiveStreamRequest("live", "d", "s1");
        both(() -> live.resumeLiveStream(resume), () -> live.resumeLiveStreamAsync(resume),
                r -> assertThat(r.requestId()).isEqualTo("r-resume"));

        stub(wireMock, "DropLiveStream", "{\"StreamName\":\"s1\",\"DomainName\":\"d\",\"AppName\":\"live\"}",
                ok("", "r-drop"));
        var drop = new DropLiveStreamRequest("s1", "d", "live");
        both(() -> live.dropLiveStream(drop), () -> live.dropLiveStreamAsync(drop),
                r -> assertThat(r.requestId()).isEqualTo("r-drop"));
    }

    @Test
    void listsAndStatistics() {
        stub(wireMock, "DescribeLiveStreamOnlineList", "{\"PageNum\":1,\"PageSize\":10}",
                ok("\"TotalNum\":1,\"TotalPage\":1,\"PageNum\":1,\"PageSize\":10,\"OnlineInfo\":[{\"StreamName\":\"s1\","
                        + "\"AppName\":\"live\",\"DomainName\":\"d\",\"PublishTimeList\":[{\"PublishTime\":"
                        + "\"2026-12-03T08:00:00Z\"}]}]", "r-online"));
        var online = new DescribeLiveStreamOnlineListRequest(null, null, 1L, 10L, null);
        both(() -> live.describeLiveStreamOnlineList(online), () -> live.describeLiveStreamOnlineListAsync(online),
                r -> assertThat(r.onlineInfo().get(0).publishTimeList().get(0).publishTime())
                        .isEqualTo("2026-12-03T08:00:00Z"));

        stub(wireMock, "DescribeLiveStreamPublishedList", "{\"DomainName\":\"d\",\"StartTime\":\"2026-11-05 00:00:00\","
                + "\"EndTime\":\"2026-12-03 00:00:00\"}",
                ok("\"PublishInfo\":[{\"StreamName\":\"s1\",\"StreamStartTime\":\"2026-12-01 10:00:00\",\"Duration\":"
                        + "3600,\"StopReason\":\"NormalStop\"}],\"PageNum\":1,\"PageSize\":10,\"TotalNum\":1,"
                        + "\"TotalPage\":1", "r-pub"));
        var published = new DescribeLiveStreamPublishedListRequest("d", "2026-12-03 00:00:00", "2026-11-05 00:00:00",
                null, null, null, null);
        both(() -> live.describeLiveStreamPublishedList(published),
                () -> live.describeLiveStreamPublishedListAsync(published),
                r -> assertThat(r.publishInfo().get(0).duration()).isEqualTo(3600L));

        stub(wireMock, "DescribeLiveStreamPushInfoList", "{\"PushDomain\":\"d\"}",
                ok("\"DataInfoList\":[{\"StreamName\":\"s1\",\"VideoFps\":25,\"VideoSpeed\":1800,\"Resolution\":"
                        + "\"1280*720\"}],\"TotalNum\":1,\"TotalPage\":1,\"PageNum\":1,\"PageSize\":200", "r-push"));
        var push = new DescribeLiveStreamPushInfoListRequest("d", null, null, null);
        both(() -> live.describeLiveStreamPushInfoList(push), () -> live.describeLiveStreamPushInfoListAsync(push),
                r -> assertThat(r.dataInfoList().get(0).videoFps()).isEqualTo(25L));

        stub(wireMock, "DescribeStreamPlayInfoList", "{\"StartTime\":\"2026-12-03 10:00:00\",\"EndTime\":"
                + "\"2026-12-03 10:05:00\",\"StreamName\":\"s1\"}",
                ok("\"DataInfoList\":[{\"Time\":\"2026-12-03 10:00:00\",\"Bandwidth\":1.5,\"Flux\":11.25,"
                        + "\"Request\":10,\"Online\":8}]", "r-play"));
        var play = new DescribeStreamPlayInfoListRequest("2026-12-03 10:00:00", "2026-12-03 10:05:00", null, "s1",
                null, null);
        both(() -> live.describeStreamPlayInfoList(play), () -> live.describeStreamPlayInfoListAsync(play),
                r -> assertThat(r.dataInfoList().get(0).bandwidth()).isEqualTo(1.5));

        stub(wireMock, "DescribeStreamPushInfoList", "{\"StreamName\":\"s1\",\"StartTime\":\"2026-12-03 10:00:00\","
                + "\"EndTime\":\"2026-12-03 10:05:00\",\"PushDomain\":\"d\",\"AppName\":\"live\"}",
                ok("\"DataInfoList\":[{\"Time\":\"2026-12-03 10:00:00\",\"VideoFps\":25,\"MateFps\":25,"
                        + "\"Bandwidth\":1.8}]", "r-hist"));
        var history = new DescribeStreamPushInfoListRequest("s1", "2026-12-03 10:00:00", "2026-12-03 10:05:00", "d",
                "live");
        both(() -> live.describeStreamPushInfoList(history), () -> live.describeStreamPushInfoListAsync(history),
                r -> assertThat(r.dataInfoList().get(0).mateFps()).isEqualTo(25L));
    }

    @Test
    void recordingAndMixing() {
        stub(wireMock, "CreateRecordTask", "{\"StreamName\":\"s1\",\"DomainName\":\"d\",\"AppName\":\"live\","
                + "\"EndTime\":1798000000,\"TemplateId\":0}", ok("\"TaskId\":\"UpTbk5Mn\"", "r-rec"));
        var create = new CreateRecordTaskRequest("s1", "d", "live", 1_798_000_000L, null, null, 0L, null);
        both(() -> live.createRecordTask(create), () -> live.createRecordTaskAsync(create),
                r -> assertThat(r.taskId()).isEqualTo("UpTbk5Mn"));

        stub(wireMock, "StopRecordTask", "{\"TaskId\":\"UpTbk5Mn\"}", ok("", "r-stop"));
        var stop = new StopRecordTaskRequest("UpTbk5Mn");
        both(() -> live.stopRecordTask(stop), () -> live.stopRecordTaskAsync(stop),
                r -> assertThat(r.requestId()).isEqualTo("r-stop"));

        stub(wireMock, "DescribeRecordTask", "{\"StartTime\":1797990000,\"EndTime\":1798000000}",
                ok("\"TaskList\":[{\"TaskId\":\"UpTbk5Mn\",\"StreamName\":\"s1\",\"Stopped\":1}]", "r-drt"));
        var describe = new DescribeRecordTaskRequest(1_797_990_000L, 1_798_000_000L, null, null, null, null);
        both(() -> live.describeRecordTask(describe), () -> live.describeRecordTaskAsync(describe),
                r -> assertThat(r.taskList().get(0).stopped()).isEqualTo(1L));

        stub(wireMock, "CreateCommonMixStream", "{\"MixStreamSessionId\":\"m1\",\"InputStreamList\":["
                + "{\"InputStreamName\":\"a\",\"LayoutParams\":{\"ImageLayer\":1}},"
                + "{\"InputStreamName\":\"b\",\"LayoutParams\":{\"ImageLayer\":2,\"ImageWidth\":0.3,"
                + "\"ImageHeight\":0.3,\"LocationX\":0.7,\"LocationY\":0.7},\"CropParams\":{\"CropWidth\":320.0,"
                + "\"CropHeight\":240.0,\"CropStartLocationX\":0.0,\"CropStartLocationY\":0.0}}],"
                + "\"OutputParams\":{\"OutputStreamName\":\"a\"}}", ok("", "r-mix"));
        var mix = new CreateCommonMixStreamRequest("m1", List.of(
                new CommonMixInputParam("a", new CommonMixLayoutParams(1L, null, null, null, null, null, null, null),
                        null),
                new CommonMixInputParam("b", new CommonMixLayoutParams(2L, null, 0.3, 0.3, 0.7, 0.7, null, null),
                        new CommonMixCropParams(320.0, 240.0, 0.0, 0.0))),
                new CommonMixOutputParams("a", null, null, null, null, null, null, null, null), null, null);
        both(() -> live.createCommonMixStream(mix), () -> live.createCommonMixStreamAsync(mix),
                r -> assertThat(r.requestId()).isEqualTo("r-mix"));

        stub(wireMock, "CancelCommonMixStream", "{\"MixStreamSessionId\":\"m1\"}", ok("", "r-cancel"));
        var cancel = new CancelCommonMixStreamRequest("m1");
        both(() -> live.cancelCommonMixStream(cancel), () -> live.cancelCommonMixStreamAsync(cancel),
                r -> assertThat(r.requestId()).isEqualTo("r-cancel"));
    }

    /**
     * Both calls fail with the same typed exception, thrown by the injected client itself (the extension's
     * interceptor types it: no {@code LvbCloudFailures.translate} here), without the SecretKey; returns the blocking one.
     */
    static <E extends LvbException> E fails(Class<E> type, LvbCloudAction action, ThrowingCallable blocking,
            Supplier<Uni<?>> reactive) {
        Throwable a = catchThrowable(blocking);
        Throwable b = catchThrowable(() -> reactive.get().await().atMost(AWAIT));
        for (Throwable t : List.of(a, b)) {
            assertThat(t).isInstanceOf(type);
            assertThat(String.valueOf(t.getMessage())).doesNotContain(TestKeys.CLOUD_SECRET_KEY);
            assertThat(((LvbException) t).interfaceName()).isEqualTo(action.wireName());
        }
        return type.cast(a);
    }

    @Test
    void everyErrorFamily() {
        var state = new DescribeLiveStreamStateRequest("live", "d", "err");
        String body = "{\"AppName\":\"live\",\"DomainName\":\"d\",\"StreamName\":\"err\"}";
        record Case(String code, LvbCloudErrorKind kind) {
        }
        for (Case c : List.of(new Case("AuthFailure.SignatureFailure", LvbCloudErrorKind.AUTH_FAILURE),
                new Case("RequestLimitExceeded", LvbCloudErrorKind.RATE_LIMIT),
                new Case("FailedOperation.HasNotLivingStream", LvbCloudErrorKind.STREAM_NOT_ACTIVE),
                new Case("ResourceUnavailable.StreamNotExist", LvbCloudErrorKind.STREAM_NOT_FOUND),
                new Case("ResourceNotFound.TaskId", LvbCloudErrorKind.RESOURCE_NOT_FOUND),
                new Case("InvalidParameter", LvbCloudErrorKind.INVALID_REQUEST),
                new Case("LimitExceeded.MaximumRunningTask", LvbCloudErrorKind.LIMIT_EXCEEDED),
                new Case("InternalError", LvbCloudErrorKind.SERVER_ERROR),
                new Case("UnauthorizedOperation", LvbCloudErrorKind.OTHER))) {
            stub(wireMock, "DescribeLiveStreamState", body, error(c.code(), "said " + c.code(), "req-" + c.code()));
            LvbCloudException e = fails(LvbCloudException.class, LvbCloudAction.DESCRIBE_LIVE_STREAM_STATE,
                    () -> live.describeLiveStreamState(state), () -> live.describeLiveStreamStateAsync(state));
            assertThat(e.code()).isEqualTo(c.code());
            assertThat(e.kind()).isEqualTo(c.kind());
            assertThat(e.lvbMessage()).isEqualTo("said " + c.code());
            assertThat(e.requestId()).contains("req-" + c.code());
        }

        wireMock.stubFor(CloudStubs.action("DescribeLiveStreamState", body)
                .willReturn(WireMock.aResponse().withStatus(503).withBody("upstream unavailable")));
        assertThat(fails(LvbHttpException.class, LvbCloudAction.DESCRIBE_LIVE_STREAM_STATE,
                () -> live.describeLiveStreamState(state), () -> live.describeLiveStreamStateAsync(state)).status())
                .isEqualTo(503);

        wireMock.stubFor(CloudStubs.action("DescribeLiveStreamState", body)
                .willReturn(WireMock.aResponse().withStatus(200).withBody("<html>proxy</html>")));
        fails(LvbProtocolException.class, LvbCloudAction.DESCRIBE_LIVE_STREAM_STATE,
                () -> live.describeLiveStreamState(state), () -> live.describeLiveStreamStateAsync(state));

        wireMock.stubFor(CloudStubs.action("DescribeLiveStreamState", body)
                .willReturn(WireMock.aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));
        assertThat(fails(LvbTransportException.class, LvbCloudAction.DESCRIBE_LIVE_STREAM_STATE,
                () -> live.describeLiveStreamState(state), () -> live.describeLiveStreamStateAsync(state)).isTimeout())
                .isFalse();

        wireMock.stubFor(CloudStubs.action("DescribeLiveStreamState", body)
                .willReturn(CloudStubs.ok("\"StreamState\":\"active\"", "slow").withFixedDelay(6000)));
        Throwable reactiveTimeout = catchThrowable(
                () -> live.describeLiveStreamStateAsync(state).await().atMost(AWAIT));
        assertThat(reactiveTimeout).isInstanceOfSatisfying(LvbTransportException.class,
                e -> assertThat(e.isTimeout()).isTrue());
        LvbTransportException timeout = fails(LvbTransportException.class, LvbCloudAction.DESCRIBE_LIVE_STREAM_STATE,
                () -> live.describeLiveStreamState(state), () -> live.describeLiveStreamStateAsync(state));
        assertThat(timeout.isTimeout()).isTrue();
    }

    @Test
    void theSecretKeyIsNeverSent() {
        stub(wireMock, "DescribeLiveStreamState", "{\"StreamName\":\"k\"}", ok("\"StreamState\":\"inactive\"", "r"));
        live.describeLiveStreamState(new DescribeLiveStreamStateRequest(null, null, "k"));
        List<LoggedRequest> sent = wireMock.findAll(WireMock.postRequestedFor(WireMock.urlEqualTo("/")));
        assertThat(sent).isNotEmpty().allSatisfy(r -> {
            assertThat(r.getHeader("Authorization")).startsWith("TC3-HMAC-SHA256 Credential=" + TestKeys.CLOUD_SECRET_ID)
                    .doesNotContain(TestKeys.CLOUD_SECRET_KEY);
            assertThat(r.getBodyAsString()).doesNotContain(TestKeys.CLOUD_SECRET_KEY);
            assertThat(r.getHeaders().all().toString()).doesNotContain(TestKeys.CLOUD_SECRET_KEY);
        });
    }
}
