package dev.lvb.it.support;

import java.io.StringReader;
import java.lang.reflect.InvocationTargetException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.lvb.client.LvbApi;
import dev.lvb.client.internal.LvbReply;
import dev.lvb.core.error.LvbApiException;
import dev.lvb.core.error.LvbException;
import dev.lvb.core.error.LvbFrontEndException;
import dev.lvb.core.error.LvbHttpException;
import dev.lvb.core.error.LvbMixException;
import dev.lvb.core.error.LvbTransportException;
import dev.lvb.core.error.LvbValidationException;
import dev.lvb.core.model.CancelMixRequest;
import dev.lvb.core.model.ChannelListRequest;
import dev.lvb.core.model.ChannelManagerRequest;
import dev.lvb.core.model.LiveStatRequest;
import dev.lvb.core.model.MixStreamBody;
import dev.lvb.core.model.PlayStatHistoryRequest;
import dev.lvb.core.model.PushStatHistoryRequest;
import dev.lvb.core.model.RecordingFilesRequest;
import dev.lvb.core.model.ScreenshotQueueRequest;
import dev.lvb.core.model.SetStatusRequest;
import dev.lvb.core.model.StartMixRequest;
import dev.lvb.core.model.StartRecordingRequest;
import dev.lvb.core.model.StopRecordingRequest;
import dev.lvb.core.model.StreamStatus;
import dev.lvb.core.model.StreamStatusRequest;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Test support, not part of what a user writes: lets the API tests drive this application's injected
 * {@code @RestClient LvbApi} over HTTP, so that the very same tests run against the packaged (native) application,
 * where a test cannot inject beans. The test side ({@code RemoteLvbApi}) sends the method and its JSON-B encoded
 * arguments; this resource calls the method on the injected client (signing, HTTP, decoding all happen here, in
 * the application) and answers the JSON-B encoded result or a description of the typed exception, which the test
 * side rebuilds. {@code /exchange} does the same for the client's transport methods, which
 * {@code LvbApi.reactive()} uses.
 */
@Path("/test-support/lvb-api")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Blocking
@RegisterForReflection(targets = { LiveStatRequest.class, PushStatHistoryRequest.class, PlayStatHistoryRequest.class,
        StreamStatusRequest.class, SetStatusRequest.class, ChannelManagerRequest.class, RecordingFilesRequest.class,
        ScreenshotQueueRequest.class, ChannelListRequest.class, StartRecordingRequest.class,
        StopRecordingRequest.class, StartMixRequest.class, CancelMixRequest.class, StreamStatus.class,
        ChannelManagerRequest.Action.class })
public class LvbApiBridgeResource {

    private static final Duration AWAIT = Duration.ofSeconds(30);

    @Inject
    @RestClient
    LvbApi lvb;

    @Inject
    Jsonb jsonb;

    @FunctionalInterface
    private interface Invoker {
        Object invoke(LvbApi lvb, Args args);
    }

    private final Map<String, Invoker> methods = new HashMap<>();

    public LvbApiBridgeResource() {
        methods.put("getLiveStat()", (l, a) -> l.getLiveStat());
        methods.put("getLiveStat(LiveStatRequest)", (l, a) -> l.getLiveStat(a.get(0, LiveStatRequest.class)));
        methods.put("getLivePushStat()", (l, a) -> l.getLivePushStat());
        methods.put("getLivePushStat(LiveStatRequest)", (l, a) -> l.getLivePushStat(a.get(0, LiveStatRequest.class)));
        methods.put("getLivePlayStat()", (l, a) -> l.getLivePlayStat());
        methods.put("getLivePlayStat(LiveStatRequest)", (l, a) -> l.getLivePlayStat(a.get(0, LiveStatRequest.class)));
        methods.put("getLivePushStatHistory(PushStatHistoryRequest)",
                (l, a) -> l.getLivePushStatHistory(a.get(0, PushStatHistoryRequest.class)));
        methods.put("getLivePlayStatHistory(PlayStatHistoryRequest)",
                (l, a) -> l.getLivePlayStatHistory(a.get(0, PlayStatHistoryRequest.class)));
        methods.put("getStatus(String)", (l, a) -> l.getStatus(a.get(0, String.class)));
        methods.put("getStatus(StreamStatusRequest)", (l, a) -> l.getStatus(a.get(0, StreamStatusRequest.class)));
        methods.put("setStatus(SetStatusRequest)", (l, a) -> {
            l.setStatus(a.get(0, SetStatusRequest.class));
            return null;
        });
        methods.put("ban(String)", (l, a) -> {
            l.ban(a.get(0, String.class));
            return null;
        });
        methods.put("allow(String)", (l, a) -> {
            l.allow(a.get(0, String.class));
            return null;
        });
        methods.put("drop(String)", (l, a) -> {
            l.drop(a.get(0, String.class));
            return null;
        });
        methods.put("channelManager(ChannelManagerRequest)", (l, a) -> {
            l.channelManager(a.get(0, ChannelManagerRequest.class));
            return null;
        });
        methods.put("forbid(String,Instant)", (l, a) -> {
            l.forbid(a.get(0, String.class), a.get(1, Instant.class));
            return null;
        });
        methods.put("resume(String)", (l, a) -> {
            l.resume(a.get(0, String.class));
            return null;
        });
        methods.put("getRecordingFiles(RecordingFilesRequest)",
                (l, a) -> l.getRecordingFiles(a.get(0, RecordingFilesRequest.class)));
        methods.put("getScreenshotQueue(ScreenshotQueueRequest)",
                (l, a) -> l.getScreenshotQueue(a.get(0, ScreenshotQueueRequest.class)));
        methods.put("getChannelList()", (l, a) -> l.getChannelList());
        methods.put("getChannelList(ChannelListRequest)",
                (l, a) -> l.getChannelList(a.get(0, ChannelListRequest.class)));
        methods.put("getLiveChannelList()", (l, a) -> l.getLiveChannelList());
        methods.put("startRecording(StartRecordingRequest)",
                (l, a) -> l.startRecording(a.get(0, StartRecordingRequest.class)));
        methods.put("stopRecording(StopRecordingRequest)", (l, a) -> {
            l.stopRecording(a.get(0, StopRecordingRequest.class));
            return null;
        });
        methods.put("startMix(StartMixRequest)", (l, a) -> l.startMix(a.get(0, StartMixRequest.class)));
        methods.put("cancelMix(CancelMixRequest)", (l, a) -> l.cancelMix(a.get(0, CancelMixRequest.class)));
    }

    /** The JSON-B encoded arguments of one call. */
    private final class Args {
        private final JsonArray encoded;

        Args(JsonArray encoded) {
            this.encoded = encoded;
        }

        <T> T get(int i, Class<T> type) {
            return jsonb.fromJson(encoded.getString(i), type);
        }
    }

    /**
     * @param request {@code {"method":"getStatus(String)","args":["\"8888_live\""]}}
     * @return {@code {"result":"<JSON-B>"}} or {@code {"error":{...}}}
     */
    @POST
    @Path("/call")
    public String call(String request) {
        JsonObject in = Json.createReader(new StringReader(request)).readObject();
        String method = in.getString("method");
        Invoker invoker = methods.get(method);
        if (invoker == null) {
            return Json.createObjectBuilder().add("error", Json.createObjectBuilder().add("type", "NoSuchMethod")
                    .add("message", "the bridge does not know LvbApi." + method)).build().toString();
        }
        Object result;
        try {
            result = invoker.invoke(lvb, new Args(in.getJsonArray("args")));
        } catch (RuntimeException e) {
            return Json.createObjectBuilder().add("error", describe(e)).build().toString();
        }
        JsonObjectBuilder out = Json.createObjectBuilder();
        if (result == null) {
            out.add("result", JsonValue.NULL);
        } else {
            out.add("result", jsonb.toJson(result));
        }
        return out.build().toString();
    }

    /**
     * @param request {@code {"call":"interface=...","mix":"<JSON-B of the MixStreamBody>"|null}}
     * @return {@code {"reply":{"body":...,"mediaType":...}}} ({@code null} for an empty body) or
     *         {@code {"error":{...}}}
     */
    @POST
    @Path("/exchange")
    public String exchange(String request) {
        JsonObject in = Json.createReader(new StringReader(request)).readObject();
        String call = in.getString("call");
        String mix = in.isNull("mix") ? null : in.getString("mix");
        try {
            CompletionStage<LvbReply> sent = mix == null ? lvb.exchangeAsync(call)
                    : lvb.exchangeMixAsync(call, jsonb.fromJson(mix, MixStreamBody.class));
            LvbReply reply = sent.toCompletableFuture().get(AWAIT.toMillis(), TimeUnit.MILLISECONDS);
            if (reply == null) {
                // what the REST client hands over for an empty 2xx body
                return Json.createObjectBuilder().add("reply", JsonValue.NULL).build().toString();
            }
            JsonObjectBuilder r = Json.createObjectBuilder().add("body", reply.body());
            if (reply.mediaType() != null) {
                r.add("mediaType", reply.mediaType());
            }
            return Json.createObjectBuilder().add("reply", r).build().toString();
        } catch (ExecutionException e) {
            return Json.createObjectBuilder().add("error", describe(e.getCause())).build().toString();
        } catch (Exception e) {
            return Json.createObjectBuilder().add("error", describe(e)).build().toString();
        }
    }

    /** The typed LVB exception in the chain with what its test-side twin needs, else the failure as text. */
    static JsonObjectBuilder describe(Throwable thrown) {
        Throwable t = thrown;
        while ((t instanceof InvocationTargetException || t instanceof ExecutionException
                || t instanceof java.util.concurrent.CompletionException) && t.getCause() != null) {
            t = t.getCause();
        }
        LvbException lvb = null;
        for (Throwable c = t; c != null && lvb == null; c = c.getCause()) {
            if (c instanceof LvbException e) {
                lvb = e;
            }
        }
        JsonObjectBuilder b = Json.createObjectBuilder();
        if (lvb == null) {
            b.add("type", "other").add("class", t.getClass().getName()).add("message", String.valueOf(t.getMessage()))
                    .add("chain", chain(t)).add("timeout", isTimeout(t));
            return b;
        }
        b.add("type", lvb.getClass().getSimpleName()).add("message", String.valueOf(lvb.getMessage()))
                .add("chain", chain(lvb));
        add(b, "interfaceName", lvb.interfaceName());
        add(b, "lvbMessage", lvb.lvbMessage());
        add(b, "code", lvb.code());
        if (lvb instanceof LvbApiException e) {
            b.add("ret", e.ret());
            e.retcode().ifPresent(r -> b.add("retcode", r));
        } else if (lvb instanceof LvbFrontEndException e) {
            b.add("reason", e.reason().name());
        } else if (lvb instanceof LvbMixException e) {
            b.add("mixCode", e.mixCode());
        } else if (lvb instanceof LvbHttpException e) {
            b.add("status", e.status());
        } else if (lvb instanceof LvbTransportException e) {
            b.add("timeout", e.isTimeout());
        } else if (lvb instanceof LvbValidationException e) {
            b.add("parameter", e.parameter());
        }
        return b;
    }

    private static void add(JsonObjectBuilder b, String name, String value) {
        if (value != null) {
            b.add(name, value);
        }
    }

    /** Every message in the cause chain: the tests check that no key appears anywhere. */
    private static String chain(Throwable t) {
        StringBuilder sb = new StringBuilder();
        int depth = 0;
        for (Throwable c = t; c != null && depth < 16; c = c.getCause(), depth++) {
            sb.append(c).append('\n');
        }
        return sb.toString();
    }

    private static boolean isTimeout(Throwable t) {
        int depth = 0;
        for (Throwable c = t; c != null && depth < 16; c = c.getCause(), depth++) {
            if (c instanceof java.net.SocketTimeoutException || c instanceof java.util.concurrent.TimeoutException
                    || c.getClass().getSimpleName().contains("Timeout")) {
                return true;
            }
        }
        return false;
    }
}
