package dev.lvb.simulator;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

import dev.lvb.core.LvbCredentials;
import dev.lvb.core.LvbHost;
import dev.lvb.core.event.LvbEvent;
import dev.lvb.core.event.RecordingFileEvent;
import dev.lvb.core.event.ScreenshotEvent;
import dev.lvb.core.model.QueuedScreenshot;
import dev.lvb.simulator.internal.ControlActions;
import dev.lvb.simulator.internal.Engine;
import dev.lvb.simulator.internal.PushUrl;
import dev.lvb.simulator.internal.SampleEvents;
import dev.lvb.simulator.internal.SimServer;

/**
 * A stateful fake of Tencent Cloud LVB's legacy ("live code") server APIs and event notifications, running
 * in-process on a local port. Point an LVB client's fcgi <em>and</em> statcgi base URL at {@link #baseUri()},
 * drive pushes with {@link #startPush(String)}/{@link #stopPush(String)}, and receive signed notifications at the
 * {@linkplain #setCallbackUrl(URI) callback URL}.
 *
 * <pre>{@code
 * try (LvbSimulator lvb = LvbSimulator.start(LvbSimulatorConfig.defaults())) {
 *     lvb.setCallbackUrl(URI.create("http://localhost:8080/lvb/events"));
 *     lvb.startPush("1000_demo");          // event_type 1 is sent; Live_Channel_GetStatus now says 1
 *     // ... call lvb.baseUri() + "/common_access?appid=...&interface=...&t=...&sign=..." ...
 * }
 * }</pre>
 *
 * <h2>The LVB API</h2>
 * {@code GET <baseUri>/common_access?...} serves every API of {@link dev.lvb.core.LvbInterface} with the wire
 * formats of LVB's documentation (the fcgi and statcgi hosts share the path; the APPID parameter tells them
 * apart). Stream mixing is {@code POST} with a JSON body. Every call is checked like LVB's front end does, in
 * this order, and refused with LVB's texts:
 * <ol>
 * <li>the APPID: a call with {@code appid=} is an fcgi call and must carry the configured APPID and not name a
 * statistics API, else {@code appid is invalid}; a call with only {@code cmd=} must carry the APPID, else
 * {@code cmd is invalid} ({@code cmd} is accepted for fcgi APIs too, as LVB's 2016 documentation and several
 * clients use it); a statistics API without {@code cmd} is {@code cmd is invalid};</li>
 * <li>{@code sign} must be {@code md5(apiKey + t)} over the exact text of {@code t}, else {@code sign invalid}
 * (also when {@code t} or {@code sign} is missing);</li>
 * <li>{@code t} is an expiry: decimal UNIX seconds not before the simulator's clock, else {@code time expired}
 * (a {@code t} that is not decimal digits, e.g. hexadecimal, reads as expired).</li>
 * </ol>
 * Refusals are answered with HTTP 200 and {@code {"ret":-1,"retcode":-1,"errmsg":"<text>","message":"<text>"}}, or
 * with the bare text when {@link LvbSimulatorConfig#plainTextErrors()} is set. An unknown {@code interface} is
 * {@code ret -1} {@code interface is invalid}. Invalid business parameters (checked by lvb-core's request models)
 * are {@code ret 1204 "invalid input param: ..."} on the statistics APIs and {@code ret 1} on the others. Methods
 * other than GET and POST get HTTP 405, paths other than {@code /common_access} and {@code /simulator/...} HTTP
 * 404. Wire variants are understood: {@code Param.s.task_id}/{@code Param.n.task_id}, {@code order_by_type}/
 * {@code order_type}, and the mixing query {@code interface} values {@code Mix_StreamV2},
 * {@code mix_streamv2.start_mix_stream_advanced}, {@code mix_streamv2.cancel_mix_stream} and {@code Mix_Stream}.
 *
 * <h2>State</h2>
 * <ul>
 * <li>A push ({@link #startPush}) makes a stream live: Live_Channel_GetStatus says 1, it appears in
 * Live_Channel_GetLiveChannelList and the statistics, and its first push creates its channel
 * (Live_Channel_GetChannelList). {@link #stopPush} ends it (status 0). A stream never pushed is
 * {@code ret 20601}.</li>
 * <li>Live_Channel_SetStatus 0 (ban) ends a live push and refuses pushes for 7 days (status 3, channel item
 * status 3); 2 (drop) ends it but allows a new push; 1 (allow) lifts a ban or a forbid. channel_manager
 * {@code forbid} ends a live push and refuses pushes until {@code abstime_end} (capped at 90 days; status 3,
 * channel item status 4); {@code resume} lifts it.</li>
 * <li>Live_Tape_Start creates a task whose id is a JSON number above 2^63 (LVB documents an unsigned 64-bit
 * number; clients must not read it as a signed {@code long}). When a scheduled task's window has passed, or a
 * real-time task's end (at most 30 minutes) has come, or Live_Tape_Stop ends a task, the task produces one
 * recording file per stretch of its window during which the stream was live: listed by Live_Tape_GetFilelist and
 * announced by event_type 100.</li>
 * <li>{@link #screenshot(String)} (and, if configured, a periodic timer) adds a screenshot of a live stream to the
 * Live_Queue_Get queue ({@code bid} 100, dequeued by each call) and sends event_type 200.</li>
 * <li>Mixing sessions exist from start until cancel; inputs must be live (-505); same session with another
 * output is -508; an output used by another session is -300; output type rules are -111; unknown session on
 * cancel is -31001, wrong output -31003; the body is validated with lvb-core's models (-1 to -34, -31004).</li>
 * </ul>
 * Time-driven changes are applied before every call and, by default, every second in the background
 * ({@link #tick()} applies them on demand).
 *
 * <h2>Notifications</h2>
 * Push begin (event_type 1), push end (0, {@code push_duration} in ms as a string, errcode 1
 * {@code recv rtmp deleteStream} for a normal stop), recording file (100), screenshot (200) and, on request
 * ({@link #sendEvent(int, String)}), samples of today's types (314, 315, 317, 321, 328, 332, 341, 343, 348, 349) are
 * POSTed as JSON
 * to the callback URL, built from lvb-core's event records and signed with the callback key and
 * {@code t = now + 10 minutes}. They leave after the API call that caused them has been answered, on background
 * threads, one at a time per stream in the order they happened. A delivery counts when the answer is HTTP 200 with
 * {@code {"code":0}}; otherwise it is retried per {@link CallbackRetryPolicy}. {@link #callbackLog()} shows every
 * notification and attempt.
 *
 * <h2>Control API over HTTP</h2>
 * JSON in and out, under {@code <baseUri>/simulator}:
 * <ul>
 * <li>{@code GET /simulator} - APPID, URLs, callback URL, domains, the simulator's time</li>
 * <li>{@code POST /simulator/streams/{id}/push} - start a push; optional body
 * {@code {"userIp":..,"streamParam":..,"viewers":..,"url":..,"appId":..}} ({@code url}: a signed push URL whose
 * {@code txSecret}/{@code txTime} become the {@code streamParam}; {@code appId}: which served APPID pushes, see
 * {@link PushOptions#appId()}, 400 when not served); 200, or 403 when banned/forbidden or, with a push
 * key configured, when the push's {@code txSecret} is forged or its {@code txTime} has passed, 409 when already
 * live</li>
 * <li>{@code POST /simulator/streams/{id}/stop} - end a push; optional body {@code {"reason":"TCP_ERROR"}}
 * ({@link DisconnectReason})</li>
 * <li>{@code POST /simulator/streams/{id}/screenshot} - 200 with the screenshot, 409 when not live</li>
 * <li>{@code POST /simulator/streams/{id}/events/{eventType}} - send the sample of one of today's notification
 * types ({@link #sendEvent(int, String)}); 200 with the event's JSON, 404 for a type without a sample</li>
 * <li>{@code GET /simulator/streams}, {@code GET /simulator/streams/{id}} - state</li>
 * <li>{@code GET /simulator/recordings}, {@code GET /simulator/mixes}, {@code GET /simulator/queue} (without
 * dequeuing), {@code GET /simulator/callbacks}</li>
 * <li>{@code PUT /simulator/callback-url} with {@code {"url":"http://..."}} ({@code null} to unset)</li>
 * <li>{@code POST /simulator/tick}, {@code POST /simulator/reset}</li>
 * <li>{@code GET /simulator/media/...} - placeholder content behind file and screenshot URLs</li>
 * </ul>
 * The control API has no authentication: the simulator listens on {@code 127.0.0.1} unless configured
 * otherwise.
 *
 * <h2>Differences from the real LVB</h2>
 * <ul>
 * <li>There is no media: pushes are declared with {@link #startPush}, not made over RTMP; recording files and
 * screenshots are placeholders served by the simulator; mixing produces no output stream (a new output stream of
 * type 1 does not appear in the state).</li>
 * <li>Statistics are synthetic but consistent with the state: a live stream has a frame rate of 25-30, a bit rate
 * of 1-2 Mbps and 1-50 viewers derived from its id (or {@link PushOptions#viewers()}), bandwidth is viewers times
 * bit rate; streams that are not live are absent. History has one sample per minute, on the minute, for the
 * minutes a push was live (3 days kept for push statistics, 15 for play statistics); no sample means
 * {@code ret 10003}.</li>
 * <li>Where LVB's documentation is silent, the simulator decides: the {@code ret} of invalid fcgi parameters (1),
 * of unknown interfaces and unknown recording tasks; the errcode of administrative kicks (10); that a statistics
 * query for one stream that is not live answers {@code "output":[]}; that a ban and a forbid are one "disabled
 * until" state (so SetStatus 1 also lifts a forbid); that mixing does not need the inputs to have been live for 5
 * seconds and a cancelled session id can be reused at once; channel fields {@code create_mode},
 * {@code watermark_id} and {@code path} are fixed values; a stream banned or forbidden before its first push is
 * reported as status 3 rather than 20601; recording tasks may be created for any stream id, pushed or not.</li>
 * <li>There is no rate limiting, no multi-domain/path accounts ({@code path}/{@code domain} parameters are
 * accepted and ignored except for the statistics' domain filters), no automatic recording or mixing from push URL
 * parameters, no moderation, monitoring or relay tasks (their notifications are only sent on request, see
 * {@link #sendEvent(int, String)}), and no HTTP 403 anti-abuse check.</li>
 * <li>Push authentication ({@link LvbSimulatorConfig#pushKey()}) checks the {@code streamParam} of a push against
 * the stream id as LVB checks a push URL; without a push key any push is accepted.</li>
 * <li>Notification retries follow the 2017-18 documentation by default (3 retries, 3 s apart), and an answer
 * other than HTTP 200 + {@code {"code":0}} is a failure (the 2019+ LVB ignores the body).</li>
 * </ul>
 * <p>
 * Thread-safe. {@link #close()} stops the server and every background thread. The server is the JDK's
 * {@code com.sun.net.httpserver}. The simulator sets no JVM-wide property in your process: set
 * {@code sun.net.httpserver.nodelay=true} yourself (before the first JDK HTTP server starts), or every answer waits
 * about 40 ms for TCP's delayed acknowledgement (see {@code docs/simulator.md}); the executable jar sets it.
 */
public final class LvbSimulator implements AutoCloseable {

    private final LvbSimulatorConfig config;
    private final SimServer server;
    private final Engine engine;
    private volatile boolean closed;

    private LvbSimulator(LvbSimulatorConfig config, SimServer server, Engine engine) {
        this.config = config;
        this.server = server;
        this.engine = engine;
    }

    /**
     * Starts a simulator.
     *
     * @param config the configuration
     * @return the running simulator
     * @throws java.io.UncheckedIOException when the port cannot be bound
     */
    public static LvbSimulator start(LvbSimulatorConfig config) {
        Objects.requireNonNull(config, "config");
        SimServer server = SimServer.bind(config);
        try {
            Engine engine = new Engine(config, server.baseUri());
            LvbSimulator simulator = new LvbSimulator(config, server, engine);
            server.attach(engine, simulator.controlActions());
            return simulator;
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** @return a simulator with {@link LvbSimulatorConfig#defaults()} */
    public static LvbSimulator start() {
        return start(LvbSimulatorConfig.defaults());
    }

    // ------------------------------------------------------------------------------------------ addresses

    /**
     * @return {@code http://host:port}: the base URL for both LVB hosts (fcgi and statcgi); the API is at
     *         {@code /common_access} below it
     */
    public URI baseUri() {
        return server.baseUri();
    }

    /** @return {@code <baseUri>/common_access} */
    public URI apiUri() {
        return URI.create(server.baseUri() + LvbHost.PATH);
    }

    /** @return the port listened on */
    public int port() {
        return server.port();
    }

    /** @return the configuration it runs with */
    public LvbSimulatorConfig config() {
        return config;
    }

    /** @return the APPID and keys clients must use */
    public LvbCredentials credentials() {
        return config.credentials();
    }

    /**
     * Sets where notifications go from now on (pending retries keep their URL).
     *
     * @param url an absolute http(s) URL, or {@code null} to only log notifications
     * @throws IllegalArgumentException when the URL is not absolute http(s)
     */
    public void setCallbackUrl(URI url) {
        engine.setCallbackUrl(url == null ? null : LvbSimulatorConfig.checkCallbackUrl(url));
    }

    /** @return the current callback URL */
    public Optional<URI> callbackUrl() {
        return Optional.ofNullable(engine.callbackUrl());
    }

    // ------------------------------------------------------------------------------------------------ pushes

    /**
     * Starts a push with default {@link PushOptions}: see {@link #startPush(String, PushOptions)}.
     *
     * @param streamId the stream
     * @return what happened, as {@link #startPush(String, PushOptions)} reports it
     */
    public PushResult startPush(String streamId) {
        return startPush(streamId, PushOptions.defaults());
    }

    /**
     * Starts a push, as if an anchor connected to the ingest: the stream becomes live and event_type 1 is sent.
     * Refused while the stream is disabled (Live_Channel_SetStatus 0) or forbidden (channel_manager), and when it
     * is already live.
     *
     * @param streamId the stream id
     * @param options pusher details
     * @return whether it started, and why not
     * @throws IllegalArgumentException when {@link PushOptions#appId()} names an APPID the simulator does not serve
     */
    public PushResult startPush(String streamId, PushOptions options) {
        requireStreamId(streamId);
        try {
            return engine.state().startPush(streamId, options);
        } finally {
            engine.flush();
        }
    }

    /**
     * Ends a live push normally ({@link DisconnectReason#DELETE_STREAM}): event_type 0 is sent.
     *
     * @param streamId the stream id
     * @return whether a push was live
     */
    public boolean stopPush(String streamId) {
        return stopPush(streamId, DisconnectReason.DELETE_STREAM);
    }

    /**
     * Ends a live push with a reason, e.g. {@link DisconnectReason#TCP_ERROR} to simulate a network failure.
     *
     * @param streamId the stream id
     * @param reason the notification's errcode/errmsg
     * @return whether a push was live
     */
    public boolean stopPush(String streamId, DisconnectReason reason) {
        requireStreamId(streamId);
        Objects.requireNonNull(reason, "reason");
        try {
            return engine.state().stopPush(streamId, reason);
        } finally {
            engine.flush();
        }
    }

    /**
     * Takes a screenshot of a live stream: it joins the Live_Queue_Get queue and event_type 200 is sent.
     *
     * @param streamId the stream id
     * @return the screenshot, empty when the stream is not live
     */
    public Optional<ScreenshotEvent> screenshot(String streamId) {
        requireStreamId(streamId);
        try {
            return engine.state().screenshot(streamId);
        } finally {
            engine.flush();
        }
    }

    /**
     * Starts a push from a push URL as {@link dev.lvb.core.url.LvbStreamUrls} builds it (RTMP, WebRTC or SRT): the
     * stream is the URL's stream name, its {@code txSecret}/{@code txTime} the push's {@code stream_param}. With a
     * {@linkplain LvbSimulatorConfig#pushKey() push key} configured, a forged URL is refused
     * ({@link PushResult.Outcome#UNAUTHORIZED}) and so is an expired one ({@link PushResult.Outcome#EXPIRED}).
     *
     * @param pushUrl the push URL
     * @return whether it started, and why not
     * @throws IllegalArgumentException when the URL names no stream
     */
    public PushResult startPushUrl(String pushUrl) {
        PushUrl url = PushUrl.parse(pushUrl);
        return startPush(url.streamName(), new PushOptions(null, url.streamParam(), null));
    }

    /**
     * Sends a notification of one of today's types for a stream, in the shape of Tencent's documented sample
     * (314 relay task, 315 audio moderation, 317 image moderation, 321 push error, 328 live monitoring, 332
     * recording status, 341 recording error, 343 quality check, 348 live summary, 349 highlights).
     *
     * @param eventType the {@code event_type}
     * @param streamId the stream (letters, digits, {@code _ - . ~})
     * @return the event sent, as the application will read it
     * @throws IllegalArgumentException for a type without a sample or a stream name that does not fit one
     */
    public LvbEvent sendEvent(int eventType, String streamId) {
        requireStreamId(streamId);
        try {
            return engine.state().sendSample(eventType, streamId).orElseThrow(() -> new IllegalArgumentException(
                    "no sample of event_type " + eventType + "; samples exist of " + SampleEvents.TYPES));
        } finally {
            engine.flush();
        }
    }

    /**
     * Sends any notification, signed with the callback key like every other ({@code raw()} of an event read from
     * JSON is sent as it is; an event built in code is written with its typed fields).
     *
     * @param event the event
     */
    public void send(LvbEvent event) {
        Objects.requireNonNull(event, "event");
        try {
            engine.state().send(event);
        } finally {
            engine.flush();
        }
    }

    // ------------------------------------------------------------------------------------------------- views

    /** @return every stream the simulator knows, in the order it learnt of them */
    public List<StreamView> streams() {
        return engine.state().streams();
    }

    /**
     * @param streamId the stream
     * @return one stream, empty when never pushed nor given a status
     */
    public Optional<StreamView> stream(String streamId) {
        return engine.state().stream(streamId);
    }

    /** @return every recording task, oldest first */
    public List<RecordingTaskView> recordingTasks() {
        return engine.state().recordingTasks();
    }

    /** @return every recording file, in the order they were produced (as their event_type 100 carries them) */
    public List<RecordingFileEvent> recordingFiles() {
        return engine.state().recordingFiles();
    }

    /** @return the live mixing sessions */
    public List<MixSessionView> mixSessions() {
        return engine.state().mixSessions();
    }

    /** @return the screenshot queue's content, oldest first, without dequeuing it */
    public List<QueuedScreenshot> screenshotQueue() {
        return engine.state().screenshotQueue();
    }

    // ------------------------------------------------------------------------------------------ notifications

    /** @return every notification since start or the last {@link #reset()}, oldest first, with its attempts */
    public List<CallbackRecord> callbackLog() {
        return engine.dispatcher().log();
    }

    /**
     * Waits until at least {@code count} notifications are finished (delivered, failed, skipped or cancelled).
     *
     * @param count how many
     * @param timeout how long to wait at most
     * @return every finished notification, oldest first
     * @throws AssertionError when they do not finish in time (the message lists the log)
     */
    public List<CallbackRecord> awaitCallbacks(int count, Duration timeout) {
        return awaitCallbacks(r -> true, count, timeout);
    }

    /**
     * Waits until at least {@code count} finished notifications match a filter, e.g.
     * {@code awaitCallbacks(r -> r.eventType() == 100, 1, Duration.ofSeconds(5))}.
     *
     * @param filter which notifications count
     * @param count how many
     * @param timeout how long to wait at most
     * @return every finished notification that matches, oldest first
     * @throws AssertionError when they do not finish in time (the message lists the log)
     */
    public List<CallbackRecord> awaitCallbacks(Predicate<CallbackRecord> filter, int count, Duration timeout) {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(timeout, "timeout");
        return engine.dispatcher().await(filter, count, timeout);
    }

    /**
     * @param timeout how long to wait
     * @return whether no notification was pending (nor became pending) by then
     */
    public boolean awaitCallbacksIdle(Duration timeout) {
        return engine.dispatcher().awaitIdle(timeout);
    }

    // -------------------------------------------------------------------------------------------- lifecycle

    /**
     * Applies what the passage of time changed (recording windows that ended, expired bans and forbids, periodic
     * screenshots) and sends the notifications it caused. Every API call does this first; call it after moving an
     * {@link AdjustableClock} to see the effects without an API call.
     */
    public void tick() {
        engine.tick();
    }

    /**
     * Forgets every stream, recording task and file, screenshot, mixing session and notification (pending
     * deliveries are cancelled). The configuration and the callback URL stay.
     */
    public void reset() {
        engine.reset();
    }

    /** @return whether {@link #close()} was called */
    public boolean isClosed() {
        return closed;
    }

    /** Stops the server, the background threads and pending deliveries. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        server.close();
        engine.close();
    }

    @Override
    public String toString() {
        return "LvbSimulator[" + baseUri() + ", appId=" + config.appId() + (closed ? ", closed" : "") + "]";
    }

    private ControlActions controlActions() {
        return new ControlActions() {
            @Override
            public PushResult startPush(String streamId, PushOptions options) {
                return LvbSimulator.this.startPush(streamId, options);
            }

            @Override
            public boolean stopPush(String streamId, DisconnectReason reason) {
                return LvbSimulator.this.stopPush(streamId, reason);
            }

            @Override
            public Optional<ScreenshotEvent> screenshot(String streamId) {
                return LvbSimulator.this.screenshot(streamId);
            }

            @Override
            public void reset() {
                LvbSimulator.this.reset();
            }

            @Override
            public void tick() {
                LvbSimulator.this.tick();
            }

            @Override
            public void setCallbackUrl(URI url) {
                LvbSimulator.this.setCallbackUrl(url);
            }

            @Override
            public Optional<LvbEvent> sendEvent(int eventType, String streamId) {
                if (!SampleEvents.TYPES.contains(eventType)) {
                    return Optional.empty();
                }
                return Optional.of(LvbSimulator.this.sendEvent(eventType, streamId));
            }
        };
    }

    private static void requireStreamId(String streamId) {
        if (streamId == null || streamId.isBlank()) {
            throw new IllegalArgumentException("stream id must not be blank");
        }
    }

    /**
     * Runs a simulator until the process is stopped, like the executable jar; options in
     * {@code docs/simulator.md}.
     *
     * @param args {@code --name=value} options
     * @throws InterruptedException when interrupted while running
     */
    public static void main(String[] args) throws InterruptedException {
        dev.lvb.simulator.internal.Main.main(args);
    }
}
