package dev.lvb.client.internal;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;
import java.net.SocketTimeoutException;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import dev.lvb.client.LvbApi;
import dev.lvb.client.LvbCallListener;
import dev.lvb.core.LvbInterface;
import dev.lvb.core.error.LvbException;
import dev.lvb.core.error.LvbHttpException;
import dev.lvb.core.error.LvbProtocolException;
import dev.lvb.core.error.LvbTransportException;
import dev.lvb.core.internal.LvbParams;
import dev.lvb.core.internal.LvbReplies;
import dev.lvb.core.model.CancelMixRequest;
import dev.lvb.core.model.ChannelList;
import dev.lvb.core.model.ChannelListRequest;
import dev.lvb.core.model.ChannelManagerRequest;
import dev.lvb.core.model.LiveChannelList;
import dev.lvb.core.model.LiveStat;
import dev.lvb.core.model.LiveStatRequest;
import dev.lvb.core.model.LvbRequest;
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
import dev.lvb.core.model.StreamStatus;
import dev.lvb.core.model.StreamStatusRequest;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/**
 * One LVB call, described once (which interface, which parameters or mixing body, which result type) and executed
 * through the transport methods of {@link LvbApi}, blocking ({@link #invoke}) or not ({@link #invokeAsync},
 * {@link #uni}). It builds the {@value LvbRequestFilter#CALL_HEADER} header, decodes the reply with
 * {@link LvbReplies} and maps every failure to the typed exceptions of {@code dev.lvb.core.error}, naming the
 * interface. It never retries.
 * <p>
 * Every execution notifies the {@link LvbCallListener}s of the running CDI container exactly once, before the caller
 * gets the result or the failure (see {@link LvbCallListeners}); a listener cannot change either.
 *
 * @param <T> the result type ({@link Void} for APIs without output)
 */
public final class LvbCall<T> {

    private static final int MAX_CAUSES = 32;
    private static final int MAX_BODY_CHARS = 4096;

    private final LvbInterface api;
    private final LvbRequest params;
    private final MixBody mixing;
    private final Class<T> output;
    /** Thrown when the call is executed (and reported as a call), instead of sending: a missing request. */
    private final RuntimeException refusal;

    @FunctionalInterface
    private interface MixBody {
        MixStreamBody build(Instant now, long eventId);
    }

    private LvbCall(LvbInterface api, LvbRequest params, MixBody mixing, Class<T> output) {
        this(api, params, mixing, output, null);
    }

    private LvbCall(LvbInterface api, LvbRequest params, MixBody mixing, Class<T> output, RuntimeException refusal) {
        this.api = api;
        this.params = params;
        this.mixing = mixing;
        this.output = output;
        this.refusal = refusal;
    }

    private static <T> LvbCall<T> get(LvbInterface api, LvbRequest request, Class<T> output) {
        if (request == null) {
            return missing(api, output);
        }
        return new LvbCall<>(api, request, null, output);
    }

    /** A call without its request: fails with the usual {@code NullPointerException("request")} when executed. */
    private static <T> LvbCall<T> missing(LvbInterface api, Class<T> output) {
        return new LvbCall<>(api, null, null, output, new NullPointerException("request"));
    }

    // ---- one factory per API -------------------------------------------------------------------------------

    /** Get_LiveStat. */
    public static LvbCall<LiveStat> liveStat(LiveStatRequest request) {
        return get(LvbInterface.GET_LIVE_STAT, request, LiveStat.class);
    }

    /** Get_LivePushStat. */
    public static LvbCall<LiveStat> livePushStat(LiveStatRequest request) {
        return get(LvbInterface.GET_LIVE_PUSH_STAT, request, LiveStat.class);
    }

    /** Get_LivePlayStat. */
    public static LvbCall<LiveStat> livePlayStat(LiveStatRequest request) {
        return get(LvbInterface.GET_LIVE_PLAY_STAT, request, LiveStat.class);
    }

    /** Get_LivePushStatHistory. */
    public static LvbCall<PushStatHistory> pushStatHistory(PushStatHistoryRequest request) {
        return get(LvbInterface.GET_LIVE_PUSH_STAT_HISTORY, request, PushStatHistory.class);
    }

    /** Get_LivePlayStatHistory. */
    public static LvbCall<PlayStatHistory> playStatHistory(PlayStatHistoryRequest request) {
        return get(LvbInterface.GET_LIVE_PLAY_STAT_HISTORY, request, PlayStatHistory.class);
    }

    /** Live_Channel_GetStatus. */
    public static LvbCall<StreamStatus> status(StreamStatusRequest request) {
        return get(LvbInterface.CHANNEL_GET_STATUS, request, StreamStatus.class);
    }

    /** Live_Channel_SetStatus. */
    public static LvbCall<Void> setStatus(SetStatusRequest request) {
        return get(LvbInterface.CHANNEL_SET_STATUS, request, Void.class);
    }

    /** Live_Tape_GetFilelist. */
    public static LvbCall<RecordingFiles> recordingFiles(RecordingFilesRequest request) {
        return get(LvbInterface.TAPE_GET_FILELIST, request, RecordingFiles.class);
    }

    /** Live_Queue_Get. */
    public static LvbCall<ScreenshotQueue> screenshotQueue(ScreenshotQueueRequest request) {
        return get(LvbInterface.QUEUE_GET, request, ScreenshotQueue.class);
    }

    /** Live_Channel_GetChannelList. */
    public static LvbCall<ChannelList> channelList(ChannelListRequest request) {
        return get(LvbInterface.CHANNEL_GET_CHANNEL_LIST, request, ChannelList.class);
    }

    /** Live_Channel_GetLiveChannelList (no business parameters). */
    public static LvbCall<LiveChannelList> liveChannelList() {
        return get(LvbInterface.CHANNEL_GET_LIVE_CHANNEL_LIST, () -> LvbParams.builder().build(),
                LiveChannelList.class);
    }

    /** mix_streamv2.start_mix_stream_advanced. */
    public static LvbCall<MixResult> startMix(StartMixRequest request) {
        if (request == null) {
            return missing(LvbInterface.MIX_START, MixResult.class);
        }
        return new LvbCall<>(LvbInterface.MIX_START, null, request::toBody, MixResult.class);
    }

    /** mix_streamv2.cancel_mix_stream. */
    public static LvbCall<MixResult> cancelMix(CancelMixRequest request) {
        if (request == null) {
            return missing(LvbInterface.MIX_CANCEL, MixResult.class);
        }
        return new LvbCall<>(LvbInterface.MIX_CANCEL, null, request::toBody, MixResult.class);
    }

    /** channel_manager. */
    public static LvbCall<Void> channelManager(ChannelManagerRequest request) {
        return get(LvbInterface.CHANNEL_MANAGER, request, Void.class);
    }

    /** Live_Tape_Start. */
    public static LvbCall<RecordingTask> startRecording(StartRecordingRequest request) {
        return get(LvbInterface.TAPE_START, request, RecordingTask.class);
    }

    /** Live_Tape_Stop. */
    public static LvbCall<Void> stopRecording(StopRecordingRequest request) {
        return get(LvbInterface.TAPE_STOP, request, Void.class);
    }

    // ---- execution ------------------------------------------------------------------------------------------

    /** @return the API this call goes to */
    public LvbInterface api() {
        return api;
    }

    /**
     * Sends the call and waits for the typed result.
     *
     * @param transport the REST client
     * @return the result ({@code null} for {@link Void})
     * @throws LvbException the typed failure, naming the interface
     */
    public T invoke(LvbApi transport) {
        LvbCallListener listener = LvbCallListeners.current();
        long start = System.nanoTime();
        T result;
        try {
            if (refusal != null) {
                throw refusal;
            }
            LvbReply reply;
            try {
                reply = mixing == null ? transport.exchange(header()) : transport.exchangeMix(header(), body());
            } catch (RuntimeException e) {
                throw failure(api, e);
            }
            result = decode(reply);
        } catch (RuntimeException | Error e) {
            LvbCallListeners.ended(listener, api, start, e);
            throw e;
        }
        LvbCallListeners.ended(listener, api, start, null);
        return result;
    }

    /**
     * Sends the call without blocking.
     *
     * @param transport the REST client
     * @return completes with the typed result, or exceptionally with the typed failure itself (not wrapped)
     */
    public CompletionStage<T> invokeAsync(LvbApi transport) {
        LvbCallListener listener = LvbCallListeners.current();
        long start = System.nanoTime();
        CompletableFuture<T> result = new CompletableFuture<>();
        CompletionStage<LvbReply> sent;
        try {
            if (refusal != null) {
                throw refusal;
            }
            sent = mixing == null ? transport.exchangeAsync(header())
                    : transport.exchangeMixAsync(header(), body());
        } catch (RuntimeException e) {
            fail(result, listener, start, () -> failure(api, e));
            return result;
        }
        sent.whenComplete((reply, error) -> {
            if (error != null) {
                fail(result, listener, start, () -> failure(api, error));
                return;
            }
            T decoded;
            try {
                decoded = decode(reply);
            } catch (RuntimeException | Error e) {
                LvbCallListeners.ended(listener, api, start, e);
                result.completeExceptionally(e);
                return;
            }
            LvbCallListeners.ended(listener, api, start, null);
            result.complete(decoded);
        });
        return result;
    }

    /** Maps the failure (an {@link Error} escapes {@link #failure} as thrown), reports it and completes with it. */
    private void fail(CompletableFuture<T> result, LvbCallListener listener, long start,
            Supplier<RuntimeException> mapped) {
        Throwable failure;
        try {
            failure = mapped.get();
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        LvbCallListeners.ended(listener, api, start, failure);
        result.completeExceptionally(failure);
    }

    /**
     * A lazy {@link Uni}: each subscription builds the call (so validation failures arrive as the Uni's failure,
     * before anything is sent) and sends it once.
     *
     * @param transport the REST client
     * @param call builds the call
     * @return the Uni
     */
    public static <T> Uni<T> uni(LvbApi transport, Supplier<LvbCall<T>> call) {
        return uni(transport, null, call);
    }

    /**
     * A lazy {@link Uni} like {@link #uni(LvbApi, Supplier)}; when building the call fails (invalid arguments), the
     * failure is reported to the {@link LvbCallListener}s as a call of {@code api}.
     *
     * @param transport the REST client
     * @param api the interface the call goes to, or {@code null} when unknown (a failure to build it is then not
     *        reported)
     * @param call builds the call
     * @return the Uni
     */
    public static <T> Uni<T> uni(LvbApi transport, LvbInterface api, Supplier<LvbCall<T>> call) {
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(call, "call");
        return Uni.createFrom().completionStage(() -> {
            LvbCall<T> built;
            try {
                built = call.get();
            } catch (RuntimeException e) {
                if (api != null) {
                    LvbCallListeners.refused(api, e);
                }
                return CompletableFuture.failedFuture(e);
            }
            try {
                return built.invokeAsync(transport);
            } catch (RuntimeException e) {
                return CompletableFuture.failedFuture(e);
            }
        });
    }

    /**
     * Reports arguments refused before a call could be built (for {@link LvbApi}'s methods that build the request
     * themselves) as a call of {@code api} to the {@link LvbCallListener}s.
     *
     * @param api the interface that was to be called
     * @param refusal what building the request threw
     * @return {@code refusal}, to be thrown
     */
    public static RuntimeException refused(LvbInterface api, RuntimeException refusal) {
        LvbCallListeners.refused(Objects.requireNonNull(api, "api"), refusal);
        return refusal;
    }

    /** The form-encoded {@code interface=<canonical name>&Param...} the filter turns into the query string. */
    String header() {
        LvbParams.Builder b = LvbParams.builder().raw("interface", api.wireName());
        if (params != null) {
            params.toParams().entries().forEach(e -> b.raw(e.getKey(), e.getValue()));
        }
        return b.build().toFormEncoded();
    }

    private MixStreamBody body() {
        // The filter stamps timestamp and app_id; the event id identifies this attempt.
        return mixing.build(Instant.now(), ThreadLocalRandom.current().nextInt(1, Integer.MAX_VALUE));
    }

    @SuppressWarnings("unchecked")
    private T decode(LvbReply reply) {
        String body = reply == null ? "" : reply.body();
        try {
            if (mixing != null) {
                return (T) LvbReplies.decodeMix(api, body);
            }
            return LvbReplies.decode(api, body, output);
        } catch (LvbException e) {
            throw e;
        } catch (RuntimeException e) {
            // A reply the decoder did not anticipate is still a protocol failure of this interface.
            throw new LvbProtocolException(api.wireName(), "could not decode the reply: " + e, body, e);
        }
    }

    // ---- failures -------------------------------------------------------------------------------------------

    /**
     * Maps whatever the REST client threw to the typed exception: an {@link LvbException} anywhere in the causes
     * (raised by this module's filters) as it is; {@link WebApplicationException} (a runtime's status mapping) to
     * {@link LvbHttpException}; {@link ProcessingException} and I/O failures to {@link LvbTransportException}, with
     * {@link LvbTransportException#isTimeout()} telling timeouts apart. Configuration errors pass unchanged.
     */
    static RuntimeException failure(LvbInterface api, Throwable thrown) {
        Throwable e = unwrap(thrown);
        int depth = 0;
        for (Throwable c = e; c != null && depth < MAX_CAUSES; c = c.getCause(), depth++) {
            if (c instanceof LvbException lvb) {
                return lvb;
            }
            if (c instanceof LvbSettingsException settings) {
                return settings;
            }
        }
        if (e instanceof WebApplicationException w && w.getResponse() != null) {
            return new LvbHttpException(api.wireName(), w.getResponse().getStatus(), body(w.getResponse()));
        }
        if (e instanceof ProcessingException || isIo(e) || !(e instanceof RuntimeException || e instanceof Error)) {
            return new LvbTransportException(api.wireName(), isTimeout(e), e);
        }
        if (e instanceof Error error) {
            throw error;
        }
        return (RuntimeException) e;
    }

    private static Throwable unwrap(Throwable t) {
        Throwable e = t;
        for (int i = 0; i < MAX_CAUSES && e.getCause() != null; i++) {
            if (e instanceof CompletionException || e instanceof ExecutionException
                    || e instanceof InvocationTargetException || e instanceof UndeclaredThrowableException) {
                e = e.getCause();
            } else {
                break;
            }
        }
        return e;
    }

    /**
     * Vert.x (Quarkus' REST client) reports a connection closed mid-reply as an unchecked
     * {@code io.vertx.core.http.HttpClosedException}, Netty as {@code ChannelException}: no I/O type to recognise, so
     * the names of their roots are (the client must not depend on either).
     */
    private static boolean isNetworkStackFailure(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            String name = c.getName();
            if (name.equals("io.vertx.core.VertxException") || name.equals("io.netty.channel.ChannelException")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isIo(Throwable e) {
        int depth = 0;
        for (Throwable c = e; c != null && depth < MAX_CAUSES; c = c.getCause(), depth++) {
            if (c instanceof IOException || c instanceof java.io.UncheckedIOException || c instanceof TimeoutException
                    || isNetworkStackFailure(c.getClass())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Timeouts are recognised by type: {@link SocketTimeoutException}, {@link TimeoutException},
     * {@code java.net.http.HttpTimeoutException}, or any cause whose class name says "Timeout" (Vert.x, Netty,
     * Apache HttpClient, Mutiny).
     */
    static boolean isTimeout(Throwable e) {
        int depth = 0;
        for (Throwable c = e; c != null && depth < MAX_CAUSES; c = c.getCause(), depth++) {
            if (c instanceof SocketTimeoutException || c instanceof TimeoutException
                    || c instanceof java.net.http.HttpTimeoutException
                    || c.getClass().getSimpleName().contains("Timeout")) {
                return true;
            }
        }
        return false;
    }

    private static String body(Response response) {
        try {
            if (!response.hasEntity()) {
                return null;
            }
            response.bufferEntity();
            String text = response.readEntity(String.class);
            if (text == null || text.isBlank()) {
                return null;
            }
            text = text.strip();
            return text.length() > MAX_BODY_CHARS ? text.substring(0, MAX_BODY_CHARS) : text;
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    @Override
    public String toString() {
        return "LvbCall[" + api.wireName() + "]";
    }
}
