package dev.lvb.client;

import java.time.Instant;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import dev.lvb.client.internal.LvbJsonProvider;
import dev.lvb.client.internal.LvbParamConverter;
import dev.lvb.client.internal.LvbRequestFilter;
import dev.lvb.client.internal.LvbResponseFilter;
import dev.lvb.core.LvbHost;
import dev.lvb.core.LvbInterface;
import dev.lvb.core.model.CancelMixRequest;
import dev.lvb.core.model.ChannelList;
import dev.lvb.core.model.ChannelListRequest;
import dev.lvb.core.model.ChannelManagerRequest;
import dev.lvb.core.model.LiveChannelList;
import dev.lvb.core.model.LiveStat;
import dev.lvb.core.model.LiveStatRequest;
import dev.lvb.core.model.MixResult;
import dev.lvb.core.model.PlayStatHistory;
import dev.lvb.core.model.PlayStatHistoryRequest;
import dev.lvb.core.model.PushStatHistory;
import dev.lvb.core.model.PushStatHistoryRequest;
import dev.lvb.core.model.RecordingFiles;
import dev.lvb.core.model.RecordingFilesRequest;
import dev.lvb.core.model.RecordingTask;
import dev.lvb.core.model.ScreenshotQueue;
import dev.lvb.core.model.ScreenshotQueueRequest;
import dev.lvb.core.model.SetStatusRequest;
import dev.lvb.core.model.StartMixRequest;
import dev.lvb.core.model.StartRecordingRequest;
import dev.lvb.core.model.StopRecordingRequest;
import dev.lvb.core.model.StreamAction;
import dev.lvb.core.model.StreamStatus;
import dev.lvb.core.model.StreamStatusRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * Tencent Cloud LVB's legacy server APIs as a declarative MicroProfile REST Client: one annotated method per API.
 * {@link LvbOperation} names the LVB interface; the request record travels as the call's parameters and the client's
 * providers turn it into LVB's signed query string, decode the reply and map failures.
 *
 * <pre>
 * &#64;Inject &#64;RestClient LvbApi lvb;
 *
 * StreamStatus status = lvb.getStatus("8888_live1");
 * </pre>
 *
 * The non-blocking twin is {@link LvbReactiveApi}. The client's URL ({@code quarkus.rest-client."lvb".url},
 * {@code lvb/mp-rest/url}, or the builder's base URI) is the fcgi host, {@code http://fcgi.video.qcloud.com};
 * statistics go to the statcgi host (see {@link LvbClientSettings#statcgiUrl()}). Credentials and wire options:
 * {@link LvbClientSettings}. Outside CDI: {@link LvbClients}.
 * <p>
 * Every method throws a subclass of {@link dev.lvb.core.error.LvbException} naming the interface, and every call is
 * reported once to the {@link LvbCallListener}s. Nothing is retried; {@link dev.lvb.core.LvbInterface#retrySafe()}
 * tells which calls a policy may repeat (not {@link #startRecording}, {@link #startMix}, {@link #cancelMix},
 * {@link #getScreenshotQueue}). Errors and retries: the client page of the documentation.
 */
@RegisterRestClient(configKey = LvbClients.CONFIG_KEY, baseUri = LvbHost.FCGI_URL)
@RegisterProvider(LvbJsonProvider.class)
@RegisterProvider(LvbParamConverter.class)
@RegisterProvider(LvbRequestFilter.class)
@RegisterProvider(LvbResponseFilter.class)
@Path(LvbHost.PATH)
@Produces(MediaType.WILDCARD)
public interface LvbApi {

    // ---- statistics (statcgi host) -------------------------------------------------------------------------

    /**
     * Get_LiveStat: push and play statistics of live streams (statcgi host). Page size 1-300.
     *
     * @param request paging and optional stream/domain filters
     * @return the statistics; empty when nothing is live
     */
    @GET
    @LvbOperation(LvbInterface.GET_LIVE_STAT)
    LiveStat getLiveStat(@QueryParam(LvbParamConverter.QUERY) LiveStatRequest request);

    /**
     * Get_LiveStat of every live stream, first page.
     *
     * @return the statistics
     */
    @LvbOperation(LvbInterface.GET_LIVE_STAT)
    default LiveStat getLiveStat() {
        return getLiveStat(LiveStatRequest.all());
    }

    /**
     * Get_LivePushStat: push statistics of live streams (statcgi host). Page size 1-300.
     *
     * @param request paging and optional stream/domain filters
     * @return the statistics
     */
    @GET
    @LvbOperation(LvbInterface.GET_LIVE_PUSH_STAT)
    LiveStat getLivePushStat(@QueryParam(LvbParamConverter.QUERY) LiveStatRequest request);

    /**
     * Get_LivePushStat of every live stream, first page.
     *
     * @return the statistics
     */
    @LvbOperation(LvbInterface.GET_LIVE_PUSH_STAT)
    default LiveStat getLivePushStat() {
        return getLivePushStat(LiveStatRequest.all());
    }

    /**
     * Get_LivePlayStat: playback statistics of live streams (statcgi host). Page size 1-300.
     *
     * @param request paging and optional stream/domain filters
     * @return the statistics
     */
    @GET
    @LvbOperation(LvbInterface.GET_LIVE_PLAY_STAT)
    LiveStat getLivePlayStat(@QueryParam(LvbParamConverter.QUERY) LiveStatRequest request);

    /**
     * Get_LivePlayStat of every live stream, first page.
     *
     * @return the statistics
     */
    @LvbOperation(LvbInterface.GET_LIVE_PLAY_STAT)
    default LiveStat getLivePlayStat() {
        return getLivePlayStat(LiveStatRequest.all());
    }

    /**
     * Get_LivePushStatHistory: push samples of one stream over a time range (statcgi host; needs enabling by LVB).
     *
     * @param request the stream and range
     * @return the samples
     */
    @GET
    @LvbOperation(LvbInterface.GET_LIVE_PUSH_STAT_HISTORY)
    PushStatHistory getLivePushStatHistory(@QueryParam(LvbParamConverter.QUERY) PushStatHistoryRequest request);

    /**
     * Get_LivePlayStatHistory: playback samples over a time range, of one stream or the account (statcgi host).
     * LVB answers {@code ret} 10003 when there is no data.
     *
     * @param request the range and optional stream/domain
     * @return the samples and totals
     */
    @GET
    @LvbOperation(LvbInterface.GET_LIVE_PLAY_STAT_HISTORY)
    PlayStatHistory getLivePlayStatHistory(@QueryParam(LvbParamConverter.QUERY) PlayStatHistoryRequest request);

    // ---- stream status --------------------------------------------------------------------------------------

    /**
     * Live_Channel_GetStatus: whether a stream is pushing. A stream that was never pushed fails with
     * {@code LvbApiException} {@code STREAM_NEVER_PUSHED} (20601).
     *
     * @param request the stream
     * @return the status
     */
    @GET
    @LvbOperation(LvbInterface.CHANNEL_GET_STATUS)
    StreamStatus getStatus(@QueryParam(LvbParamConverter.QUERY) StreamStatusRequest request);

    /**
     * Live_Channel_GetStatus.
     *
     * @param streamId the stream id ({@code Param.s.channel_id})
     * @return the status
     */
    @LvbOperation(LvbInterface.CHANNEL_GET_STATUS)
    default StreamStatus getStatus(String streamId) {
        return getStatus(new StreamStatusRequest(streamId));
    }

    /**
     * Live_Channel_SetStatus: ban (0), allow (1) or drop (2) a stream.
     *
     * @param request the stream, the action and optional path/domain
     */
    @GET
    @LvbOperation(LvbInterface.CHANNEL_SET_STATUS)
    void setStatus(@QueryParam(LvbParamConverter.QUERY) SetStatusRequest request);

    /**
     * Live_Channel_SetStatus 0: kick the current push and refuse new ones.
     *
     * @param streamId the stream
     */
    @LvbOperation(LvbInterface.CHANNEL_SET_STATUS)
    default void ban(String streamId) {
        setStatus(SetStatusRequest.of(streamId, StreamAction.BAN));
    }

    /**
     * Live_Channel_SetStatus 1: allow pushing again.
     *
     * @param streamId the stream
     */
    @LvbOperation(LvbInterface.CHANNEL_SET_STATUS)
    default void allow(String streamId) {
        setStatus(SetStatusRequest.of(streamId, StreamAction.ALLOW));
    }

    /**
     * Live_Channel_SetStatus 2: kick the current push, the pusher may reconnect.
     *
     * @param streamId the stream
     */
    @LvbOperation(LvbInterface.CHANNEL_SET_STATUS)
    default void drop(String streamId) {
        setStatus(SetStatusRequest.of(streamId, StreamAction.DROP));
    }

    /**
     * channel_manager: stop a push now and refuse pushes until a time ({@code forbid}), or lift that
     * ({@code resume}).
     *
     * @param request the stream, action and time
     */
    @GET
    @LvbOperation(LvbInterface.CHANNEL_MANAGER)
    void channelManager(@QueryParam(LvbParamConverter.QUERY) ChannelManagerRequest request);

    /**
     * channel_manager {@code forbid}: stop the push now, refuse pushes until {@code until} (LVB caps it at 3
     * months).
     *
     * @param streamId the stream
     * @param until when pushing becomes possible again
     */
    @LvbOperation(LvbInterface.CHANNEL_MANAGER)
    default void forbid(String streamId, Instant until) {
        channelManager(ChannelManagerRequest.forbid(streamId, until));
    }

    /**
     * channel_manager {@code resume}: allow pushes again from now.
     *
     * @param streamId the stream
     */
    @LvbOperation(LvbInterface.CHANNEL_MANAGER)
    default void resume(String streamId) {
        channelManager(ChannelManagerRequest.resume(streamId, Instant.now()));
    }

    // ---- recording, screenshots, lists ---------------------------------------------------------------------

    /**
     * Live_Tape_GetFilelist: recording files of a stream (slow, low-rate API; prefer recording notifications). Page
     * size 1-100; a time window must not cross a day (CST).
     *
     * @param request the stream, paging, order and window
     * @return one page of files
     */
    @GET
    @LvbOperation(LvbInterface.TAPE_GET_FILELIST)
    RecordingFiles getRecordingFiles(@QueryParam(LvbParamConverter.QUERY) RecordingFilesRequest request);

    /**
     * Live_Queue_Get: takes screenshot messages off the account's queue. <b>Not idempotent</b>: each call dequeues
     * what it returns, so a blind retry loses messages.
     *
     * @param request the queue and count (1-100)
     * @return the messages, now dequeued
     */
    @GET
    @LvbOperation(LvbInterface.QUEUE_GET)
    ScreenshotQueue getScreenshotQueue(@QueryParam(LvbParamConverter.QUERY) ScreenshotQueueRequest request);

    /**
     * Live_Channel_GetChannelList: the account's channels. Page size 10-100.
     *
     * @param request filter, paging and order
     * @return one page of channels
     */
    @GET
    @LvbOperation(LvbInterface.CHANNEL_GET_CHANNEL_LIST)
    ChannelList getChannelList(@QueryParam(LvbParamConverter.QUERY) ChannelListRequest request);

    /**
     * Live_Channel_GetChannelList, LVB's default page.
     *
     * @return the channels
     */
    @LvbOperation(LvbInterface.CHANNEL_GET_CHANNEL_LIST)
    default ChannelList getChannelList() {
        return getChannelList(ChannelListRequest.all());
    }

    /**
     * Live_Channel_GetLiveChannelList: the streams live now.
     *
     * @return the live channels
     */
    @GET
    @LvbOperation(LvbInterface.CHANNEL_GET_LIVE_CHANNEL_LIST)
    LiveChannelList getLiveChannelList();

    /**
     * Live_Tape_Start: creates a recording task. <b>Not idempotent</b>: a retry after a timeout creates a second
     * task; never retry it blindly (give it a read timeout above 3 s, as LVB advises).
     *
     * @param request the stream, window and format
     * @return the task (its id stops it)
     */
    @GET
    @LvbOperation(LvbInterface.TAPE_START)
    RecordingTask startRecording(@QueryParam(LvbParamConverter.QUERY) StartRecordingRequest request);

    /**
     * Live_Tape_Stop: ends a recording task.
     *
     * @param request the stream and task id
     */
    @GET
    @LvbOperation(LvbInterface.TAPE_STOP)
    void stopRecording(@QueryParam(LvbParamConverter.QUERY) StopRecordingRequest request);

    // ---- stream mixing (POST, JSON body) -------------------------------------------------------------------

    /**
     * mix_streamv2.start_mix_stream_advanced: starts or changes a cloud stream mix (1-16 inputs). <b>Not
     * idempotent</b>: do not retry blindly.
     *
     * @param request the session, output and inputs
     * @return LVB's answer ({@code code} 0); a non-zero code throws {@code LvbMixException}
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @LvbOperation(LvbInterface.MIX_START)
    MixResult startMix(StartMixRequest request);

    /**
     * mix_streamv2.cancel_mix_stream: ends a cloud stream mix. <b>Not idempotent</b>: do not retry blindly (a
     * repeated cancel fails with an unknown-session code).
     *
     * @param request the session and its output stream
     * @return LVB's answer
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @LvbOperation(LvbInterface.MIX_CANCEL)
    MixResult cancelMix(CancelMixRequest request);
}
