package dev.lvb.client.cloud;

import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import dev.lvb.client.cloud.internal.LvbCloudExceptionMapper;
import dev.lvb.client.cloud.internal.LvbCloudJsonProvider;
import dev.lvb.client.cloud.internal.LvbCloudResponseFilter;
import dev.lvb.core.cloud.LvbTc3Signer;
import dev.lvb.core.cloud.model.CancelCommonMixStreamRequest;
import dev.lvb.core.cloud.model.CreateCommonMixStreamRequest;
import dev.lvb.core.cloud.model.CreateRecordTaskRequest;
import dev.lvb.core.cloud.model.CreateRecordTaskResponse;
import dev.lvb.core.cloud.model.DescribeLiveForbidStreamListRequest;
import dev.lvb.core.cloud.model.DescribeLiveForbidStreamListResponse;
import dev.lvb.core.cloud.model.DescribeLiveStreamOnlineListRequest;
import dev.lvb.core.cloud.model.DescribeLiveStreamOnlineListResponse;
import dev.lvb.core.cloud.model.DescribeLiveStreamPublishedListRequest;
import dev.lvb.core.cloud.model.DescribeLiveStreamPublishedListResponse;
import dev.lvb.core.cloud.model.DescribeLiveStreamPushInfoListRequest;
import dev.lvb.core.cloud.model.DescribeLiveStreamPushInfoListResponse;
import dev.lvb.core.cloud.model.DescribeLiveStreamStateRequest;
import dev.lvb.core.cloud.model.DescribeLiveStreamStateResponse;
import dev.lvb.core.cloud.model.DescribeRecordTaskRequest;
import dev.lvb.core.cloud.model.DescribeRecordTaskResponse;
import dev.lvb.core.cloud.model.DescribeStreamPlayInfoListRequest;
import dev.lvb.core.cloud.model.DescribeStreamPlayInfoListResponse;
import dev.lvb.core.cloud.model.DescribeStreamPushInfoListRequest;
import dev.lvb.core.cloud.model.DescribeStreamPushInfoListResponse;
import dev.lvb.core.cloud.model.DropLiveStreamRequest;
import dev.lvb.core.cloud.model.ForbidLiveStreamRequest;
import dev.lvb.core.cloud.model.LvbCloudAck;
import dev.lvb.core.cloud.model.ResumeLiveStreamRequest;
import dev.lvb.core.cloud.model.StopRecordTaskRequest;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Tencent Cloud LVB's API 3.0 ({@code live.tencentcloudapi.com}, version {@code 2018-08-01}) as a MicroProfile
 * REST Client: one annotated method per action, each with a non-blocking {@code Uni} twin. Requests and replies are
 * the records of {@code dev.lvb.core.cloud.model}, with Tencent's exact (PascalCase) wire names.
 *
 * <pre>
 * &#64;Inject &#64;RestClient LvbCloudApi live;
 *
 * String state = live.describeLiveStreamState(
 *         new DescribeLiveStreamStateRequest("live", "push.example.com", "room1")).streamState();
 * </pre>
 *
 * Config key {@value #CONFIG_KEY}; every call is signed with TC3-HMAC-SHA256 by {@link LvbCloudSigningFilter}.
 * Errors become {@link dev.lvb.core.error.LvbCloudException} and its siblings; nothing is retried. Credentials,
 * errors, retries: the "Tencent Cloud API 3.0" section of the client page of the documentation.
 */
@LvbCloudCall
@RegisterRestClient(configKey = LvbCloudApi.CONFIG_KEY, baseUri = LvbCloudApi.DEFAULT_URL)
@RegisterProvider(LvbCloudJsonProvider.class)
@RegisterProvider(LvbCloudSigningFilter.class)
@RegisterProvider(LvbCloudResponseFilter.class)
@RegisterProvider(LvbCloudExceptionMapper.class)
@Path("/")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface LvbCloudApi {

    /** The REST client configuration key. */
    String CONFIG_KEY = "lvb-cloud";

    /** Tencent's endpoint. */
    String DEFAULT_URL = "https://" + LvbTc3Signer.LIVE_HOST;

    /** The header naming the action. */
    String ACTION = LvbTc3Signer.X_TC_ACTION;

    /**
     * DescribeLiveStreamState: Whether a stream is pushing ({@code active}), idle ({@code inactive}) or forbidden ({@code forbid}).
     *
     * @param request the parameters
     * @return the reply
     */
    @POST
    @ClientHeaderParam(name = ACTION, value = "DescribeLiveStreamState")
    DescribeLiveStreamStateResponse describeLiveStreamState(DescribeLiveStreamStateRequest request);

    /**
     * DescribeLiveStreamState, non-blocking: the {@code Uni} sends the call when subscribed to, once per subscription.
     *
     * @param request the parameters
     * @return the reply
     */
    @POST
    @ClientHeaderParam(name = ACTION, value = "DescribeLiveStreamState")
    Uni<DescribeLiveStreamStateResponse> describeLiveStreamStateAsync(DescribeLiveStreamStateRequest request);

    /**
     * DescribeLiveForbidStreamList: The forbidden streams.
     *
     * @param request the parameters
     * @return the reply
     */
    @POST
    @ClientHeaderParam(name = ACTION, value = "DescribeLiveForbidStreamList")
    DescribeLiveForbidStreamListResponse describeLiveForbidStreamList(DescribeLiveForbidStreamListRequest request);

    /**
     * DescribeLiveForbidStreamList, non-blocking: the {@code Uni} sends the call when subscribed to, once per subscription.
     *
     * @param request the parameters
     * @return the reply
     */
    @POST
    @ClientHeaderParam(name = ACTION, value = "DescribeLiveForbidStreamList")
    Uni<DescribeLiveForbidStreamListResponse> describeLiveForbidStreamListAsync(DescribeLiveForbidStreamListRequest request);

    /**
     * ForbidLiveStream: Forbids pushing a stream until {@code ResumeTime} (legacy SetStatus 0 / channel_manager forbid).
     *
     * @param request the parameters
     * @return the reply
     */
    @POST
    @ClientHeaderParam(name = ACTION, value = "ForbidLiveStream")
    LvbCloudAck forbidLiveStream(ForbidLiveStreamRequest request);

    /**
     * ForbidLiveStream, non-blocking: the {@code Uni} sends the call when subscribed to, once per subscription.
     *
     * @param request the parameters
     * @return the reply
     */
    @POST
    @ClientHeaderParam(name = ACTION, value = "ForbidLiveStream")
    Uni<LvbCloudAck> forbidLiveStreamAsync(ForbidLiveStreamRequest request);

    /**
     * ResumeLiveStream: Allows a forbidden stream again (legacy SetStatus 1).
     *
     * @param request the parameters
     * @return the reply
     */
    @POST
    @ClientHeaderParam(name = ACTION, value = "ResumeLiveStream")
    LvbCloudAck resumeLiveStream(ResumeLiveStreamRequest request);

    /**
     * ResumeLiveStream, non-blocking: the {@code Uni} sends the call when subscribed to, once per subscription.
     *
     * @param request the parameters
     * @return the reply
     */
    @POST
    @ClientHeaderParam(name = ACTION, value = "ResumeLiveStream")
    Uni<LvbCloudAck> resumeLiveStreamAsync(ResumeLiveStreamRequest request);

    /**
     * DropLiveStream: Disconnects the current push (legacy SetStatus 2).
     *
     * @param request the parameters
     * @return the reply
     */
    @POST
    @ClientHeaderParam(name = ACTION, value = "DropLiveStream")
    LvbCloudAck dropLiveStream(DropLiveStreamRequest request);

    /**
     * DropLiveStream, non-blocking: the {@code Uni} sends the call when subscribed to, once per subscription.
     *
     * @param request the parameters
     * @return the reply
     */
    @POST
    @ClientHeaderParam(name = ACTION, value = "DropLiveStream")
    Uni<LvbCloudAck> dropLiveStreamAsync(DropLiveStreamRequest request);

    /**
     * DescribeLiveStreamOnlineList: The streams pushing now.
     *
     * @param request the parameters
     * @return the reply
     */
    @POST
    @ClientHeaderParam(name = ACTION, value = "DescribeLiveStreamOnlineList")
    DescribeLiveStreamOnlineListResponse describeLiveStreamOnlineList(DescribeLiveStreamOnlineListRequest request);

    /**
     * DescribeLiveStreamOnlineList, non-blocking: the {@code Uni} sends the call when subscribed to, once per subscription.
     *
     * @param request the parameters
     * @return the reply
     */
    @POST
    @ClientHeaderParam(name = ACTION, value = "DescribeLiveStreamOnlineList")
    Uni<DescribeLiveStreamOnlineListResponse> describeLiveStreamOnlineListAsync(DescribeLiveStreamOnlineListRequest request);

    /**
     * DescribeLiveStreamPublishedList: The pushes that ended in a window of at most 30 days.
     *
     * @param request the parameters
     * @return the reply
     */
    @POST
    @ClientHeaderParam(name = ACTION, value = "DescribeLiveStreamPublishedList")
    DescribeLiveStreamPublishedListResponse describeLiveStreamPublishedList(DescribeLiveStreamPublishedListRequest request);

    /**
     * DescribeLiveStreamPublishedList, non-blocking: the {@code Uni} sends the call when subscribed to, once per subscription.
     *
     * @param request the parameters
     * @return the reply
     */
    @POST
    @ClientHeaderParam(name = ACTION, value = "DescribeLiveStreamPublishedList")
    Uni<DescribeLiveStreamPublishedListResponse> describeLiveStreamPublishedListAsync(DescribeLiveStreamPublishedListRequest request);

    /**
     * DescribeLiveStreamPushInfoList: Push quality of every live stream now.
     *
     * @param request the parameters
     * @return the reply
     */
    @POST
    @ClientHeaderParam(name = ACTION, value = "DescribeLiveStreamPushInfoList")
    DescribeLiveStreamPushInfoListResponse describeLiveStreamPushInfoList(DescribeLiveStreamPushInfoListRequest request);

    /**
     * DescribeLiveStreamPushInfoList, non-blocking: the {@code Uni} sends the call when subscribed to, once per subscription.
     *
     * @param request the parameters
     * @return the reply
     */
    @POST
    @ClientHeaderParam(name = ACTION, value = "DescribeLiveStreamPushInfoList")
    Uni<DescribeLiveStreamPushInfoListResponse> describeLiveStreamPushInfoListAsync(DescribeLiveStreamPushInfoListRequest request);

    /**
     * DescribeStreamPlayInfoList: Playback per minute (bandwidth, flux, requests, viewers).
     *
     * @param request the parameters
     * @return the reply
     */
    @POST
    @ClientHeaderParam(name = ACTION, value = "DescribeStreamPlayInfoList")
    DescribeStreamPlayInfoListResponse describeStreamPlayInfoList(DescribeStreamPlayInfoListRequest request);

    /**
     * DescribeStreamPlayInfoList, non-blocking: the {@code Uni} sends the call when subscribed to, once per subscription.
     *
     * @param request the parameters
     * @return the reply
     */
    @POST
    @ClientHeaderParam(name = ACTION, value = "DescribeStreamPlayInfoList")
    Uni<DescribeStreamPlayInfoListResponse> describeStreamPlayInfoListAsync(DescribeStreamPlayInfoListRequest request);

    /**
     * DescribeStreamPushInfoList: Push quality history of one stream.
     *
     * @param request the parameters
     * @return the reply
     */
    @POST
    @ClientHeaderParam(name = ACTION, value = "DescribeStreamPushInfoList")
    DescribeStreamPushInfoListResponse describeStreamPushInfoList(DescribeStreamPushInfoListRequest request);

    /**
     * DescribeStreamPushInfoList, non-blocking: the {@code Uni} sends the call when subscribed to, once per subscription.
     *
     * @param request the parameters
     * @return the reply
     */
    @POST
    @ClientHeaderParam(name = ACTION, value = "DescribeStreamPushInfoList")
    Uni<DescribeStreamPushInfoListResponse> describeStreamPushInfoListAsync(DescribeStreamPushInfoListRequest request);

    /**
     * CreateRecordTask: Starts a recording task. <b>Not retry-safe</b>: a retry after a timeout creates a second task.
     *
     * @param request the parameters
     * @return the reply
     */
    @POST
    @ClientHeaderParam(name = ACTION, value = "CreateRecordTask")
    CreateRecordTaskResponse createRecordTask(CreateRecordTaskRequest request);

    /**
     * CreateRecordTask, non-blocking: the {@code Uni} sends the call when subscribed to, once per subscription.
     *
     * @param request the parameters
     * @return the reply
     */
    @POST
    @ClientHeaderParam(name = ACTION, value = "CreateRecordTask")
    Uni<CreateRecordTaskResponse> createRecordTaskAsync(CreateRecordTaskRequest request);

    /**
     * StopRecordTask: Stops a recording task.
     *
     * @param request the parameters
     * @return the reply
     */
    @POST
    @ClientHeaderParam(name = ACTION, value = "StopRecordTask")
    LvbCloudAck stopRecordTask(StopRecordTaskRequest request);

    /**
     * StopRecordTask, non-blocking: the {@code Uni} sends the call when subscribed to, once per subscription.
     *
     * @param request the parameters
     * @return the reply
     */
    @POST
    @ClientHeaderParam(name = ACTION, value = "StopRecordTask")
    Uni<LvbCloudAck> stopRecordTaskAsync(StopRecordTaskRequest request);

    /**
     * DescribeRecordTask: The recording tasks of a window.
     *
     * @param request the parameters
     * @return the reply
     */
    @POST
    @ClientHeaderParam(name = ACTION, value = "DescribeRecordTask")
    DescribeRecordTaskResponse describeRecordTask(DescribeRecordTaskRequest request);

    /**
     * DescribeRecordTask, non-blocking: the {@code Uni} sends the call when subscribed to, once per subscription.
     *
     * @param request the parameters
     * @return the reply
     */
    @POST
    @ClientHeaderParam(name = ACTION, value = "DescribeRecordTask")
    Uni<DescribeRecordTaskResponse> describeRecordTaskAsync(DescribeRecordTaskRequest request);

    /**
     * CreateCommonMixStream: Starts or updates a stream-mixing session. <b>Not retry-safe</b>.
     *
     * @param request the parameters
     * @return the reply
     */
    @POST
    @ClientHeaderParam(name = ACTION, value = "CreateCommonMixStream")
    LvbCloudAck createCommonMixStream(CreateCommonMixStreamRequest request);

    /**
     * CreateCommonMixStream, non-blocking: the {@code Uni} sends the call when subscribed to, once per subscription.
     *
     * @param request the parameters
     * @return the reply
     */
    @POST
    @ClientHeaderParam(name = ACTION, value = "CreateCommonMixStream")
    Uni<LvbCloudAck> createCommonMixStreamAsync(CreateCommonMixStreamRequest request);

    /**
     * CancelCommonMixStream: Ends a stream-mixing session. <b>Not retry-safe</b>.
     *
     * @param request the parameters
     * @return the reply
     */
    @POST
    @ClientHeaderParam(name = ACTION, value = "CancelCommonMixStream")
    LvbCloudAck cancelCommonMixStream(CancelCommonMixStreamRequest request);

    /**
     * CancelCommonMixStream, non-blocking: the {@code Uni} sends the call when subscribed to, once per subscription.
     *
     * @param request the parameters
     * @return the reply
     */
    @POST
    @ClientHeaderParam(name = ACTION, value = "CancelCommonMixStream")
    Uni<LvbCloudAck> cancelCommonMixStreamAsync(CancelCommonMixStreamRequest request);
}
