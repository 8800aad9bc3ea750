package dev.lvb.client;

import java.time.Instant;
import java.util.concurrent.CompletionStage;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import dev.lvb.client.internal.LvbCall;
import dev.lvb.client.internal.LvbJsonProvider;
import dev.lvb.client.internal.LvbReply;
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
import dev.lvb.core.model.MixStreamBody;
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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Tencent Cloud LVB's legacy server APIs as a MicroProfile REST Client: one typed method per API.
 *
 * <pre>
 * &#64;Inject &#64;RestClient LvbApi lvb;
 *
 * StreamStatus status = lvb.getStatus("8888_live1");
 * lvb.reactive().getStatus("8888_live1").subscribe().with(...);
 * </pre>
 *
 * The client's URL ({@code quarkus.rest-client."lvb".url}, {@code lvb/mp-rest/url}, or the builder's base URI) is
 * the fcgi host, {@code http://fcgi.video.qcloud.com}; statistics go to the statcgi host (see
 * {@link LvbClientSettings#statcgiUrl()}). Credentials and wire options: {@link LvbClientSettings}. Outside CDI:
 * {@link LvbClients}.
 * <p>
 * <b>Errors.</b> Every method throws a subclass of {@link dev.lvb.core.error.LvbException} naming the interface:
 * {@code LvbValidationException} before anything is sent, {@code LvbApiException} ({@code ret != 0}),
 * {@code LvbFrontEndException} ({@code sign invalid}, {@code appid is invalid}...), {@code LvbMixException}
 * (mixing {@code code != 0}), {@code LvbProtocolException} (not LVB's JSON), {@code LvbHttpException} (HTTP error
 * status), {@code LvbTransportException} (connection failures, timeouts: see {@code isTimeout()}).
 * <p>
 * <b>Retries.</b> This client never retries. The reads (statistics, status, lists) and the status changes may be
 * retried by the application's fault-tolerance policy. <em>Live_Tape_Start ({@link #startRecording}) and stream
 * mixing ({@link #startMix}, {@link #cancelMix}) must not be retried blindly</em>: a retry after a timeout can
 * create a second recording task or disturb a mixing session; Live_Queue_Get ({@link #getScreenshotQueue}) dequeues
 * what it returns. {@link dev.lvb.core.LvbInterface#retrySafe()} tells which is which. Note that CDI interceptors
 * (such as Fault Tolerance annotations) do not apply to this interface's default methods: put them on a method of
 * your own bean that calls the client.
 * <p>
 * <b>Observability.</b> Every call (invalid arguments included) is reported once to the {@link LvbCallListener} beans
 * of the running CDI container, with its interface, duration and outcome.
 * <p>
 * <b>Transport.</b> The abstract methods ({@link #exchange}, {@link #exchangeAsync}, {@link #exchangeMix},
 * {@link #exchangeMixAsync}) are the REST client's transport, used by the typed methods; applications do not call
 * them.
 */
@RegisterRestClient(configKey = "lvb", baseUri = LvbHost.FCGI_URL)
@RegisterProvider(LvbJsonProvider.class)
@RegisterProvider(LvbRequestFilter.class)
@RegisterProvider(LvbResponseFilter.class)
@Path("/common_access")
public interface LvbApi {

    // ---- transport: use the typed methods ------------------------------------------------------------------

    /**
     * Transport, use the typed methods. Sends one GET call described by the header; the signing filter turns it into
     * LVB's query string.
     *
     * @param call the form-encoded {@code interface=...&Param...} of the call
     * @return the reply as received
     */
    @GET
    @Produces(MediaType.WILDCARD)
    LvbReply exchange(@HeaderParam(LvbRequestFilter.CALL_HEADER) String call);

    /**
     * Transport, use the typed methods ({@link #reactive()} for non-blocking calls).
     *
     * @param call the form-encoded {@code interface=...} of the call
     * @return the reply as received
     */
    @GET
    @Produces(MediaType.WILDCARD)
    CompletionStage<LvbReply> exchangeAsync(@HeaderParam(LvbRequestFilter.CALL_HEADER) String call);

    /**
     * Transport, use {@link #startMix}/{@link #cancelMix}. POSTs a stream-mixing body.
     *
     * @param call the form-encoded {@code interface=...} of the call
     * @param body the body, without app id (the filter adds it)
     * @return the reply as received
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.WILDCARD)
    LvbReply exchangeMix(@HeaderParam(LvbRequestFilter.CALL_HEADER) String call, MixStreamBody body);

    /**
     * Transport, use {@link #reactive()}.
     *
     * @param call the form-encoded {@code interface=...} of the call
     * @param body the body, without app id (the filter adds it)
     * @return the reply as received
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.WILDCARD)
    CompletionStage<LvbReply> exchangeMixAsync(@HeaderParam(LvbRequestFilter.CALL_HEADER) String call,
            MixStreamBody body);

    // ---- reactive twin -------------------------------------------------------------------------------------

    /**
     * @return the same API returning Mutiny {@code Uni}s: lazy, one HTTP call per subscription, never blocking
     */
    default LvbReactiveApi reactive() {
        return new LvbReactiveApi(this);
    }

    // ---- statistics (statcgi host) -------------------------------------------------------------------------

    /**
     * Get_LiveStat: push and play statistics of live streams (statcgi host). Page size 1-300.
     *
     * @param request paging and optional stream/domain filters
     * @return the statistics; empty when nothing is live
     */
    default LiveStat getLiveStat(LiveStatRequest request) {
        return LvbCall.liveStat(request).invoke(this);
    }

    /** Get_LiveStat of every live stream, first page. @return the statistics */
    default LiveStat getLiveStat() {
        return getLiveStat(LiveStatRequest.all());
    }

    /**
     * Get_LivePushStat: push statistics of live streams (statcgi host). Page size 1-300.
     *
     * @param request paging and optional stream/domain filters
     * @return the statistics
     */
    default LiveStat getLivePushStat(LiveStatRequest request) {
        return LvbCall.livePushStat(request).invoke(this);
    }

    /** Get_LivePushStat of every live stream, first page. @return the statistics */
    default LiveStat getLivePushStat() {
        return getLivePushStat(LiveStatRequest.all());
    }

    /**
     * Get_LivePlayStat: playback statistics of live streams (statcgi host). Page size 1-300.
     *
     * @param request paging and optional stream/domain filters
     * @return the statistics
     */
    default LiveStat getLivePlayStat(LiveStatRequest request) {
        return LvbCall.livePlayStat(request).invoke(this);
    }

    /** Get_LivePlayStat of every live stream, first page. @return the statistics */
    default LiveStat getLivePlayStat() {
        return getLivePlayStat(LiveStatRequest.all());
    }

    /**
     * Get_LivePushStatHistory: push samples of one stream over a time range (statcgi host; needs enabling by LVB).
     *
     * @param request the stream and range
     * @return the samples
     */
    default PushStatHistory getLivePushStatHistory(PushStatHistoryRequest request) {
        return LvbCall.pushStatHistory(request).invoke(this);
    }

    /**
     * Get_LivePlayStatHistory: playback samples over a time range, of one stream or the account (statcgi host).
     * LVB answers {@code ret} 10003 when there is no data.
     *
     * @param request the range and optional stream/domain
     * @return the samples and totals
     */
    default PlayStatHistory getLivePlayStatHistory(PlayStatHistoryRequest request) {
        return LvbCall.playStatHistory(request).invoke(this);
    }

    // ---- stream status --------------------------------------------------------------------------------------

    /**
     * Live_Channel_GetStatus: whether a stream is pushing. A stream that was never pushed fails with
     * {@code LvbApiException} {@code STREAM_NEVER_PUSHED} (20601).
     *
     * @param streamId the stream id ({@code Param.s.channel_id})
     * @return the status
     */
    default StreamStatus getStatus(String streamId) {
        StreamStatusRequest request;
        try {
            request = new StreamStatusRequest(streamId);
        } catch (RuntimeException invalid) {
            throw LvbCall.refused(LvbInterface.CHANNEL_GET_STATUS, invalid);
        }
        return getStatus(request);
    }

    /**
     * Live_Channel_GetStatus.
     *
     * @param request the stream
     * @return the status
     */
    default StreamStatus getStatus(StreamStatusRequest request) {
        return LvbCall.status(request).invoke(this);
    }

    /**
     * Live_Channel_SetStatus: ban (0), allow (1) or drop (2) a stream.
     *
     * @param request the stream, the action and optional path/domain
     */
    default void setStatus(SetStatusRequest request) {
        LvbCall.setStatus(request).invoke(this);
    }

    /** Live_Channel_SetStatus 0: kick the current push and refuse new ones. @param streamId the stream */
    default void ban(String streamId) {
        setStatus(setStatusRequest(streamId, StreamAction.BAN));
    }

    /** Live_Channel_SetStatus 1: allow pushing again. @param streamId the stream */
    default void allow(String streamId) {
        setStatus(setStatusRequest(streamId, StreamAction.ALLOW));
    }

    /** Live_Channel_SetStatus 2: kick the current push, the pusher may reconnect. @param streamId the stream */
    default void drop(String streamId) {
        setStatus(setStatusRequest(streamId, StreamAction.DROP));
    }

    /**
     * channel_manager: stop a push now and refuse pushes until a time ({@code forbid}), or lift that
     * ({@code resume}).
     *
     * @param request the stream, action and time
     */
    default void channelManager(ChannelManagerRequest request) {
        LvbCall.channelManager(request).invoke(this);
    }

    /**
     * channel_manager {@code forbid}: stop the push now, refuse pushes until {@code until} (LVB caps it at 3
     * months).
     *
     * @param streamId the stream
     * @param until when pushing becomes possible again
     */
    default void forbid(String streamId, Instant until) {
        ChannelManagerRequest request;
        try {
            request = ChannelManagerRequest.forbid(streamId, until);
        } catch (RuntimeException invalid) {
            throw LvbCall.refused(LvbInterface.CHANNEL_MANAGER, invalid);
        }
        channelManager(request);
    }

    /** channel_manager {@code resume}: allow pushes again from now. @param streamId the stream */
    default void resume(String streamId) {
        ChannelManagerRequest request;
        try {
            request = ChannelManagerRequest.resume(streamId, Instant.now());
        } catch (RuntimeException invalid) {
            throw LvbCall.refused(LvbInterface.CHANNEL_MANAGER, invalid);
        }
        channelManager(request);
    }

    // ---- recording, screenshots, lists ---------------------------------------------------------------------

    /**
     * Live_Tape_GetFilelist: recording files of a stream (slow, low-rate API; prefer recording notifications). Page
     * size 1-100; a time window must not cross a day (CST).
     *
     * @param request the stream, paging, order and window
     * @return one page of files
     */
    default RecordingFiles getRecordingFiles(RecordingFilesRequest request) {
        return LvbCall.recordingFiles(request).invoke(this);
    }

    /**
     * Live_Queue_Get: takes screenshot messages off the account's queue. <b>Not idempotent</b>: each call dequeues
     * what it returns, so a blind retry loses messages.
     *
     * @param request the queue and count (1-100)
     * @return the messages, now dequeued
     */
    default ScreenshotQueue getScreenshotQueue(ScreenshotQueueRequest request) {
        return LvbCall.screenshotQueue(request).invoke(this);
    }

    /**
     * Live_Channel_GetChannelList: the account's channels. Page size 10-100.
     *
     * @param request filter, paging and order
     * @return one page of channels
     */
    default ChannelList getChannelList(ChannelListRequest request) {
        return LvbCall.channelList(request).invoke(this);
    }

    /** Live_Channel_GetChannelList, LVB's default page. @return the channels */
    default ChannelList getChannelList() {
        return getChannelList(ChannelListRequest.all());
    }

    /** Live_Channel_GetLiveChannelList: the streams live now. @return the live channels */
    default LiveChannelList getLiveChannelList() {
        return LvbCall.liveChannelList().invoke(this);
    }

    /**
     * Live_Tape_Start: creates a recording task. <b>Not idempotent</b>: a retry after a timeout creates a second
     * task; never retry it blindly (give it a read timeout above 3 s, as LVB advises).
     *
     * @param request the stream, window and format
     * @return the task (its id stops it)
     */
    default RecordingTask startRecording(StartRecordingRequest request) {
        return LvbCall.startRecording(request).invoke(this);
    }

    /**
     * Live_Tape_Stop: ends a recording task.
     *
     * @param request the stream and task id
     */
    default void stopRecording(StopRecordingRequest request) {
        LvbCall.stopRecording(request).invoke(this);
    }

    // ---- stream mixing (POST, JSON body) -------------------------------------------------------------------

    /**
     * mix_streamv2.start_mix_stream_advanced: starts or changes a cloud stream mix (1-16 inputs). <b>Not
     * idempotent</b>: do not retry blindly.
     *
     * @param request the session, output and inputs
     * @return LVB's answer ({@code code} 0); a non-zero code throws {@code LvbMixException}
     */
    default MixResult startMix(StartMixRequest request) {
        return LvbCall.startMix(request).invoke(this);
    }

    /**
     * mix_streamv2.cancel_mix_stream: ends a cloud stream mix. <b>Not idempotent</b>: do not retry blindly (a
     * repeated cancel fails with an unknown-session code).
     *
     * @param request the session and its output stream
     * @return LVB's answer
     */
    default MixResult cancelMix(CancelMixRequest request) {
        return LvbCall.cancelMix(request).invoke(this);
    }

    private static SetStatusRequest setStatusRequest(String streamId, StreamAction action) {
        try {
            return SetStatusRequest.of(streamId, action);
        } catch (RuntimeException invalid) {
            throw LvbCall.refused(LvbInterface.CHANNEL_SET_STATUS, invalid);
        }
    }
}
