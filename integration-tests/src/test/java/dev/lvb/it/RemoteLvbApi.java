package dev.lvb.it;

import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;

import dev.lvb.client.LvbApi;
import dev.lvb.client.LvbReactiveApi;
import dev.lvb.core.error.LvbApiException;
import dev.lvb.core.error.LvbFrontEndException;
import dev.lvb.core.error.LvbHttpException;
import dev.lvb.core.error.LvbMixException;
import dev.lvb.core.error.LvbProtocolException;
import dev.lvb.core.error.LvbTransportException;
import dev.lvb.core.error.LvbValidationException;
import io.smallrye.mutiny.Uni;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ProcessingException;

/**
 * For {@code @QuarkusIntegrationTest}s, where the application runs in another process (or as a native executable)
 * and no bean can be injected: an {@link LvbApi} (or {@link LvbReactiveApi}) whose every method is executed by the
 * application's injected {@code @RestClient LvbApi} ({@code LvbReactiveApi}), through the test-support resource
 * {@code /test-support/lvb-api}. Results come back JSON-B encoded; typed exceptions are rebuilt with the same type and
 * accessors (the remote message chain is attached as a suppressed exception, so that secret checks cover it). A
 * reactive method returns a lazy {@code Uni}: each subscription makes one call in the application.
 */
final class RemoteLvbApi implements InvocationHandler {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Jsonb JSONB = JsonbBuilder.create();

    private final URI base;
    private final boolean reactive;

    private RemoteLvbApi(URI base, boolean reactive) {
        this.base = base;
        this.reactive = reactive;
    }

    /** @param applicationRoot the root URL of the application under test */
    static LvbApi create(URI applicationRoot) {
        return (LvbApi) Proxy.newProxyInstance(LvbApi.class.getClassLoader(), new Class<?>[] { LvbApi.class },
                new RemoteLvbApi(applicationRoot, false));
    }

    /** @param applicationRoot the root URL of the application under test */
    static LvbReactiveApi createReactive(URI applicationRoot) {
        return (LvbReactiveApi) Proxy.newProxyInstance(LvbReactiveApi.class.getClassLoader(),
                new Class<?>[] { LvbReactiveApi.class }, new RemoteLvbApi(applicationRoot, true));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        Object[] a = args == null ? new Object[0] : args;
        switch (method.getName()) {
            case "toString":
                return "RemoteLvbApi[" + base + "]";
            case "hashCode":
                return System.identityHashCode(proxy);
            case "equals":
                return proxy == a[0];
            default:
                if (reactive) {
                    return Uni.createFrom().item(() -> call(method, a));
                }
                return call(method, a);
        }
    }

    private Object call(Method method, Object[] args) {
        String signature = method.getName() + "(" + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName)
                .collect(Collectors.joining(",")) + ")";
        JsonArrayBuilder encoded = Json.createArrayBuilder();
        for (Object arg : args) {
            encoded.add(JSONB.toJson(arg));
        }
        JsonObject answer = post("/test-support/lvb-api/call", Json.createObjectBuilder().add("method", signature)
                .add("args", encoded).add("reactive", reactive).build());
        if (answer.containsKey("error")) {
            throw rebuild(answer.getJsonObject("error"), false);
        }
        Type type = method.getGenericReturnType();
        if (type instanceof ParameterizedType p) {
            type = p.getActualTypeArguments()[0];
        }
        if (type == void.class || type == Void.class || answer.isNull("result")) {
            return null;
        }
        return JSONB.fromJson(answer.getString("result"), type);
    }

    private JsonObject post(String path, JsonObject json) {
        String body = json.toString();
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("test-support bridge answered HTTP " + response.statusCode() + ": "
                        + response.body());
            }
            return Json.createReader(new StringReader(response.body())).readObject();
        } catch (IOException e) {
            throw new IllegalStateException("test-support bridge unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The exception the application saw, with the same type and accessors. */
    private static RuntimeException rebuild(JsonObject e, boolean transport) {
        String type = e.getString("type");
        String message = e.getString("message", "");
        String iface = e.getString("interfaceName", null);
        String lvbMessage = e.getString("lvbMessage", null);
        RuntimeException rebuilt = switch (type) {
            case "LvbApiException" -> new LvbApiException(iface, e.getInt("ret"),
                    e.containsKey("retcode") ? e.getInt("retcode") : null, lvbMessage);
            case "LvbFrontEndException" -> new LvbFrontEndException(iface,
                    LvbFrontEndException.Reason.valueOf(e.getString("reason")), lvbMessage);
            case "LvbMixException" -> new LvbMixException(iface, e.getInt("mixCode"), lvbMessage);
            case "LvbHttpException" -> new LvbHttpException(iface, e.getInt("status"), lvbMessage);
            case "LvbProtocolException" -> new LvbProtocolException(iface, "(in the application) " + message,
                    lvbMessage, null);
            case "LvbTransportException" -> new LvbTransportException(iface, e.getBoolean("timeout"),
                    new IOException("(in the application) " + message));
            case "LvbValidationException" -> new LvbValidationException(e.getString("parameter"), message);
            case "other" -> transport
                    ? new ProcessingException(message, e.getBoolean("timeout", false)
                            ? new SocketTimeoutException(message) : new IOException(message))
                    : new IllegalStateException("(in the application) " + e.getString("class") + ": " + message);
            default -> new IllegalStateException("(in the application) " + type + ": " + message);
        };
        rebuilt.addSuppressed(new RemoteFailure(e.getString("chain", message)));
        return rebuilt;
    }

    /** What the application reported, message chain included. */
    static final class RemoteFailure extends Exception {
        private static final long serialVersionUID = 1L;

        RemoteFailure(String chain) {
            super(chain, null, false, false);
        }
    }
}
