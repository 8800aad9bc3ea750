package dev.lvb.simulator.internal;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.lvb.core.LvbInterface;
import dev.lvb.core.event.LvbEvent;
import dev.lvb.core.event.RecordingFileEvent;
import dev.lvb.core.event.ScreenshotEvent;
import dev.lvb.core.model.CancelMixRequest;
import dev.lvb.core.model.ChannelList;
import dev.lvb.core.model.ChannelListRequest;
import dev.lvb.core.model.ChannelManagerRequest;
import dev.lvb.core.model.LiveChannelList;
import dev.lvb.core.model.LiveStat;
import dev.lvb.core.model.LiveStatRequest;
import dev.lvb.core.model.PlayStatHistory;
import dev.lvb.core.model.PlayStatHistoryRequest;
import dev.lvb.core.model.PushStatHistory;
import dev.lvb.core.model.PushStatHistoryRequest;
import dev.lvb.core.model.QueuedScreenshot;
import dev.lvb.core.model.RecordingFiles;
import dev.lvb.core.model.RecordingFilesRequest;
import dev.lvb.core.model.RecordingTask;
import dev.lvb.core.model.ScreenshotQueue;
import dev.lvb.core.model.ScreenshotQueueRequest;
import dev.lvb.core.model.SetStatusRequest;
import dev.lvb.core.model.StartMixRequest;
import dev.lvb.core.model.StartRecordingRequest;
import dev.lvb.core.model.StopRecordingRequest;
import dev.lvb.core.model.StreamStatusEntry;
import dev.lvb.core.model.StreamStatusRequest;
import dev.lvb.simulator.DisconnectReason;
import dev.lvb.simulator.LvbSimulatorConfig;
import dev.lvb.simulator.MixSessionView;
import dev.lvb.simulator.PushOptions;
import dev.lvb.simulator.PushResult;
import dev.lvb.simulator.RecordingTaskView;
import dev.lvb.simulator.StreamView;

/**
 * The simulated LVB account, split by domain around one shared clock and outbox ({@link Account}):
 * {@link Streams}, {@link Statistics}, {@link Recordings}, {@link Screenshots} and {@link Mixing}. Every public
 * method is atomic (one lock: a simulator is not a hot path), first applies what the passage of time changed, and
 * leaves the notifications it caused in the outbox that {@link Engine} hands to the {@link CallbackDispatcher} in
 * order.
 */
public final class SimState {

    private final Account account;
    private final Streams streams;
    private final Statistics statistics;
    private final Recordings recordings;
    private final Screenshots screenshots;
    private final Mixing mixing;

    /**
     * @param config the configuration
     * @param baseUri where the simulator serves, for the URLs of recording files and screenshots
     */
    public SimState(LvbSimulatorConfig config, URI baseUri) {
        this.account = new Account(config, baseUri);
        this.streams = new Streams(account);
        this.statistics = new Statistics(account, streams);
        this.recordings = new Recordings(account, streams);
        this.screenshots = new Screenshots(account);
        this.mixing = new Mixing(streams);
    }

    // ------------------------------------------------------------------------------------------------ control

    public synchronized PushResult startPush(String streamId, PushOptions options) {
        return streams.startPush(streamId, options, advance());
    }

    /**
     * Queues a notification as LVB would send it (signed on delivery).
     *
     * @param event the event
     */
    public synchronized void send(LvbEvent event) {
        advance();
        account.emit(event);
    }

    /**
     * Queues the sample of an event type for a stream (see {@link SampleEvents}).
     *
     * @return the event, empty when there is no sample of that type
     */
    public synchronized Optional<LvbEvent> sendSample(int eventType, String streamId) {
        Instant now = advance();
        Optional<LvbEvent> event = SampleEvents.of(eventType, account.config.appId(), account.config.pushDomain(),
                Account.APP_NAME, streamId, now);
        event.ifPresent(account::emit);
        return event;
    }

    public synchronized boolean stopPush(String streamId, DisconnectReason reason) {
        return streams.stopPush(streamId, reason, advance());
    }

    public synchronized Optional<ScreenshotEvent> screenshot(String streamId) {
        Instant now = advance();
        Streams.StreamRec s = streams.get(streamId);
        if (s == null || s.live == null) {
            return Optional.empty();
        }
        return Optional.of(screenshots.take(s, now));
    }

    /** Applies what the passage of time changed. */
    public synchronized void tick() {
        advance();
    }

    public synchronized void reset() {
        streams.reset();
        recordings.reset();
        screenshots.reset();
        mixing.reset();
        account.reset();
    }

    /** @return the notifications caused since the last call, oldest first */
    public synchronized List<LvbEvent> drainOutbox() {
        return account.drainOutbox();
    }

    public synchronized List<StreamView> streams() {
        Instant now = advance();
        return streams.all().stream().map(s -> s.view(now)).toList();
    }

    public synchronized Optional<StreamView> stream(String streamId) {
        Instant now = advance();
        return Optional.ofNullable(streams.get(streamId)).map(s -> s.view(now));
    }

    public synchronized List<RecordingTaskView> recordingTasks() {
        return recordings.tasks(advance());
    }

    public synchronized List<RecordingFileEvent> recordingFiles() {
        advance();
        return recordings.files();
    }

    public synchronized List<MixSessionView> mixSessions() {
        advance();
        return mixing.sessions();
    }

    public synchronized List<QueuedScreenshot> screenshotQueue() {
        advance();
        return screenshots.queue();
    }

    // ----------------------------------------------------------------------------------------- status APIs

    public synchronized List<StreamStatusEntry> getStatus(StreamStatusRequest r) {
        return streams.getStatus(r, advance());
    }

    public synchronized void setStatus(SetStatusRequest r) {
        streams.setStatus(r, advance());
    }

    public synchronized void channelManager(ChannelManagerRequest r) {
        streams.channelManager(r, advance());
    }

    public synchronized ChannelList channelList(ChannelListRequest r) {
        return streams.channelList(r, advance());
    }

    public synchronized LiveChannelList liveChannelList() {
        advance();
        return streams.liveChannelList();
    }

    // -------------------------------------------------------------------------------------- statistics APIs

    /**
     * @return the statistics, or {@code null} for LVB's "empty output" (a stream was named and is not live)
     */
    public synchronized LiveStat liveStat(LvbInterface api, LiveStatRequest r) {
        return statistics.liveStat(api, r, advance());
    }

    public synchronized PushStatHistory pushStatHistory(PushStatHistoryRequest r) {
        return statistics.pushStatHistory(r, advance());
    }

    public synchronized PlayStatHistory playStatHistory(PlayStatHistoryRequest r) {
        return statistics.playStatHistory(r, advance());
    }

    // ----------------------------------------------------------------------------------------- recording APIs

    public synchronized RecordingTask startRecording(StartRecordingRequest r) {
        return recordings.startRecording(r, advance());
    }

    public synchronized void stopRecording(StopRecordingRequest r) {
        recordings.stopRecording(r, advance());
    }

    public synchronized RecordingFiles recordingFileList(RecordingFilesRequest r) {
        advance();
        return recordings.recordingFileList(r);
    }

    // -------------------------------------------------------------------------------------- screenshot queue

    public synchronized ScreenshotQueue queueGet(ScreenshotQueueRequest r) {
        advance();
        return screenshots.queueGet(r);
    }

    // ------------------------------------------------------------------------------------------------- mixing

    public synchronized void startMix(StartMixRequest r) {
        mixing.startMix(r, advance());
    }

    public synchronized void cancelMix(CancelMixRequest r) {
        advance();
        mixing.cancelMix(r);
    }

    /** @return whether a stream id is known to the simulator (pushed, or its status set) */
    public synchronized boolean knows(String streamId) {
        return streams.knows(streamId);
    }

    /** Applies expiries, ends recording windows, takes periodic screenshots; returns now. */
    private Instant advance() {
        Instant now = account.now();
        streams.expire(now);
        recordings.finishDue(now);
        screenshots.takeDue(streams, now);
        return now;
    }
}
