package dev.lvb.it.support;

import java.io.StringReader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.lvb.client.LvbApi;
import dev.lvb.client.LvbReactiveApi;
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
import io.smallrye.mutiny.Uni;
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
 * {@code @RestClient LvbApi} and {@code @RestClient LvbReactiveApi} over HTTP, so that the very same tests run
 * against the packaged (native) application, where a test cannot inject beans. The test side ({@code RemoteLvbApi})
 * sends the method and its JSON-B encoded arguments; this resource calls the method on the injected client (signing,
 * HTTP, decoding all happen here, in the application; a reactive call is awaited here) and answers the JSON-B
 * encoded result or a description of the typed exception, which the test side rebuilds.
 */
@Path("/test-support/lvb-api")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Blocking
@RegisterForReflection(targets = { LvbApi.class, LvbReactiveApi.class, LiveStatRequest.class,
        PushStatHistoryRequest.class, PlayStatHistoryRequest.class, StreamStatusRequest.class, SetStatusRequest.class,
        ChannelManagerRequest.class, RecordingFilesRequest.class, ScreenshotQueueRequest.class,
        ChannelListRequest.class, StartRecordingRequest.class, StopRecordingRequest.class, StartMixRequest.class,
        CancelMixRequest.class, StreamStatus.class, ChannelManagerRequest.Action.class })
public class LvbApiBridgeResource {

    private static final Duration AWAIT = Duration.ofSeconds(30);

    @Inject
    @RestClient
    LvbApi lvb;

    @Inject
    @RestClient
    LvbReactiveApi reactive;

    @Inject
    Jsonb jsonb;

    /** Every public method of both clients by {@code name(SimpleType,...)}. */
    private static final Map<String, Method> BLOCKING = methods(LvbApi.class);
    private static final Map<String, Method> REACTIVE = methods(LvbReactiveApi.class);

    private static Map<String, Method> methods(Class<?> api) {
        Map<String, Method> methods = new HashMap<>();
        for (Method m : api.getMethods()) {
            methods.put(m.getName() + "(" + Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName)
                    .collect(Collectors.joining(",")) + ")", m);
        }
        return methods;
    }

    /**
     * @param request {@code {"method":"getStatus(String)","args":["\"8888_live\""],"reactive":false}}
     * @return {@code {"result":"<JSON-B>"}} or {@code {"error":{...}}}
     */
    @POST
    @Path("/call")
    public String call(String request) {
        JsonObject in = Json.createReader(new StringReader(request)).readObject();
        String signature = in.getString("method");
        boolean isReactive = in.getBoolean("reactive", false);
        Method method = (isReactive ? REACTIVE : BLOCKING).get(signature);
        if (method == null) {
            return Json.createObjectBuilder().add("error", Json.createObjectBuilder().add("type", "NoSuchMethod")
                    .add("message", "the bridge does not know " + signature)).build().toString();
        }
        JsonArray encoded = in.getJsonArray("args");
        Object[] args = new Object[method.getParameterCount()];
        for (int i = 0; i < args.length; i++) {
            args[i] = jsonb.fromJson(encoded.getString(i), method.getGenericParameterTypes()[i]);
        }
        Object result;
        try {
            result = method.invoke(isReactive ? reactive : lvb, args);
            if (result instanceof Uni<?> uni) {
                result = uni.await().atMost(AWAIT);
            }
        } catch (InvocationTargetException e) {
            return Json.createObjectBuilder().add("error", describe(e.getCause())).build().toString();
        } catch (RuntimeException | IllegalAccessException e) {
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
                    || c instanceof io.smallrye.mutiny.TimeoutException) {
                return true;
            }
        }
        return false;
    }
}
