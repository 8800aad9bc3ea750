package dev.lvb.client;

import java.time.Instant;
import java.util.Objects;

import dev.lvb.client.internal.LvbCall;
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
import io.smallrye.mutiny.Uni;

/**
 * {@link LvbApi} for reactive code: the same methods, returning Mutiny {@link Uni}s. Obtain it with
 * {@link LvbApi#reactive()}.
 * <p>
 * Each {@code Uni} is lazy: nothing is sent until it is subscribed to, and every subscription sends one request
 * (so {@code Uni.onFailure().retry()} repeats the call: see {@link LvbApi} on which calls must not be repeated).
 * Failures are the same typed {@link dev.lvb.core.error.LvbException}s as {@link LvbApi}'s, delivered as the
 * {@code Uni}'s failure; invalid arguments fail the {@code Uni} before anything is sent. Each subscription is reported
 * once to the {@link LvbCallListener} beans of the running CDI container, like a call of {@link LvbApi}.
 */
public final class LvbReactiveApi {

    private final LvbApi transport;

    LvbReactiveApi(LvbApi transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
    }

    /** Get_LiveStat (statcgi). @param request paging and filters @return the statistics */
    public Uni<LiveStat> getLiveStat(LiveStatRequest request) {
        return LvbCall.uni(transport, LvbInterface.GET_LIVE_STAT, () -> LvbCall.liveStat(request));
    }

    /** Get_LiveStat of every live stream. @return the statistics */
    public Uni<LiveStat> getLiveStat() {
        return LvbCall.uni(transport, LvbInterface.GET_LIVE_STAT, () -> LvbCall.liveStat(LiveStatRequest.all()));
    }

    /** Get_LivePushStat (statcgi). @param request paging and filters @return the statistics */
    public Uni<LiveStat> getLivePushStat(LiveStatRequest request) {
        return LvbCall.uni(transport, LvbInterface.GET_LIVE_PUSH_STAT, () -> LvbCall.livePushStat(request));
    }

    /** Get_LivePushStat of every live stream. @return the statistics */
    public Uni<LiveStat> getLivePushStat() {
        return LvbCall.uni(transport, LvbInterface.GET_LIVE_PUSH_STAT,
                () -> LvbCall.livePushStat(LiveStatRequest.all()));
    }

    /** Get_LivePlayStat (statcgi). @param request paging and filters @return the statistics */
    public Uni<LiveStat> getLivePlayStat(LiveStatRequest request) {
        return LvbCall.uni(transport, LvbInterface.GET_LIVE_PLAY_STAT, () -> LvbCall.livePlayStat(request));
    }

    /** Get_LivePlayStat of every live stream. @return the statistics */
    public Uni<LiveStat> getLivePlayStat() {
        return LvbCall.uni(transport, LvbInterface.GET_LIVE_PLAY_STAT,
                () -> LvbCall.livePlayStat(LiveStatRequest.all()));
    }

    /** Get_LivePushStatHistory (statcgi). @param request stream and range @return the samples */
    public Uni<PushStatHistory> getLivePushStatHistory(PushStatHistoryRequest request) {
        return LvbCall.uni(transport, LvbInterface.GET_LIVE_PUSH_STAT_HISTORY, () -> LvbCall.pushStatHistory(request));
    }

    /** Get_LivePlayStatHistory (statcgi). @param request range and filters @return the samples */
    public Uni<PlayStatHistory> getLivePlayStatHistory(PlayStatHistoryRequest request) {
        return LvbCall.uni(transport, LvbInterface.GET_LIVE_PLAY_STAT_HISTORY, () -> LvbCall.playStatHistory(request));
    }

    /** Live_Channel_GetStatus. @param streamId the stream @return the status */
    public Uni<StreamStatus> getStatus(String streamId) {
        return LvbCall.uni(transport, LvbInterface.CHANNEL_GET_STATUS,
                () -> LvbCall.status(new StreamStatusRequest(streamId)));
    }

    /** Live_Channel_GetStatus. @param request the stream @return the status */
    public Uni<StreamStatus> getStatus(StreamStatusRequest request) {
        return LvbCall.uni(transport, LvbInterface.CHANNEL_GET_STATUS, () -> LvbCall.status(request));
    }

    /** Live_Channel_SetStatus. @param request stream and action @return completes when LVB accepted it */
    public Uni<Void> setStatus(SetStatusRequest request) {
        return LvbCall.uni(transport, LvbInterface.CHANNEL_SET_STATUS, () -> LvbCall.setStatus(request));
    }

    /** Live_Channel_SetStatus 0 (ban). @param streamId the stream @return completion */
    public Uni<Void> ban(String streamId) {
        return LvbCall.uni(transport, LvbInterface.CHANNEL_SET_STATUS,
                () -> LvbCall.setStatus(SetStatusRequest.of(streamId, StreamAction.BAN)));
    }

    /** Live_Channel_SetStatus 1 (allow). @param streamId the stream @return completion */
    public Uni<Void> allow(String streamId) {
        return LvbCall.uni(transport, LvbInterface.CHANNEL_SET_STATUS,
                () -> LvbCall.setStatus(SetStatusRequest.of(streamId, StreamAction.ALLOW)));
    }

    /** Live_Channel_SetStatus 2 (drop). @param streamId the stream @return completion */
    public Uni<Void> drop(String streamId) {
        return LvbCall.uni(transport, LvbInterface.CHANNEL_SET_STATUS,
                () -> LvbCall.setStatus(SetStatusRequest.of(streamId, StreamAction.DROP)));
    }

    /** channel_manager. @param request stream, action and time @return completion */
    public Uni<Void> channelManager(ChannelManagerRequest request) {
        return LvbCall.uni(transport, LvbInterface.CHANNEL_MANAGER, () -> LvbCall.channelManager(request));
    }

    /** channel_manager {@code forbid}. @param streamId the stream @param until end of the ban @return completion */
    public Uni<Void> forbid(String streamId, Instant until) {
        return LvbCall.uni(transport, LvbInterface.CHANNEL_MANAGER,
                () -> LvbCall.channelManager(ChannelManagerRequest.forbid(streamId, until)));
    }

    /** channel_manager {@code resume} (from the time of subscription). @param streamId the stream @return completion */
    public Uni<Void> resume(String streamId) {
        return LvbCall.uni(transport, LvbInterface.CHANNEL_MANAGER,
                () -> LvbCall.channelManager(ChannelManagerRequest.resume(streamId, Instant.now())));
    }

    /** Live_Tape_GetFilelist. @param request stream, paging, window @return one page of files */
    public Uni<RecordingFiles> getRecordingFiles(RecordingFilesRequest request) {
        return LvbCall.uni(transport, LvbInterface.TAPE_GET_FILELIST, () -> LvbCall.recordingFiles(request));
    }

    /**
     * Live_Queue_Get. <b>Not idempotent</b> (dequeues): do not retry blindly.
     *
     * @param request queue and count
     * @return the messages
     */
    public Uni<ScreenshotQueue> getScreenshotQueue(ScreenshotQueueRequest request) {
        return LvbCall.uni(transport, LvbInterface.QUEUE_GET, () -> LvbCall.screenshotQueue(request));
    }

    /** Live_Channel_GetChannelList. @param request filter, paging, order @return one page */
    public Uni<ChannelList> getChannelList(ChannelListRequest request) {
        return LvbCall.uni(transport, LvbInterface.CHANNEL_GET_CHANNEL_LIST, () -> LvbCall.channelList(request));
    }

    /** Live_Channel_GetChannelList, default page. @return one page */
    public Uni<ChannelList> getChannelList() {
        return LvbCall.uni(transport, LvbInterface.CHANNEL_GET_CHANNEL_LIST,
                () -> LvbCall.channelList(ChannelListRequest.all()));
    }

    /** Live_Channel_GetLiveChannelList. @return the live channels */
    public Uni<LiveChannelList> getLiveChannelList() {
        return LvbCall.uni(transport, LvbInterface.CHANNEL_GET_LIVE_CHANNEL_LIST, LvbCall::liveChannelList);
    }

    /**
     * Live_Tape_Start. <b>Not idempotent</b>: a retry after a timeout creates a second task.
     *
     * @param request stream, window, format
     * @return the task
     */
    public Uni<RecordingTask> startRecording(StartRecordingRequest request) {
        return LvbCall.uni(transport, LvbInterface.TAPE_START, () -> LvbCall.startRecording(request));
    }

    /** Live_Tape_Stop. @param request stream and task id @return completion */
    public Uni<Void> stopRecording(StopRecordingRequest request) {
        return LvbCall.uni(transport, LvbInterface.TAPE_STOP, () -> LvbCall.stopRecording(request));
    }

    /**
     * mix_streamv2.start_mix_stream_advanced. <b>Not idempotent</b>: do not retry blindly.
     *
     * @param request session, output, inputs
     * @return LVB's answer
     */
    public Uni<MixResult> startMix(StartMixRequest request) {
        return LvbCall.uni(transport, LvbInterface.MIX_START, () -> LvbCall.startMix(request));
    }

    /**
     * mix_streamv2.cancel_mix_stream. <b>Not idempotent</b>: do not retry blindly.
     *
     * @param request session and output
     * @return LVB's answer
     */
    public Uni<MixResult> cancelMix(CancelMixRequest request) {
        return LvbCall.uni(transport, LvbInterface.MIX_CANCEL, () -> LvbCall.cancelMix(request));
    }

    @Override
    public String toString() {
        return "LvbReactiveApi";
    }
}
