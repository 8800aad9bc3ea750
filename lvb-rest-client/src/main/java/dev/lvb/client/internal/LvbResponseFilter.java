package dev.lvb.client.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

import dev.lvb.core.LvbInterface;
import dev.lvb.core.error.LvbException;
import dev.lvb.core.error.LvbHttpException;
import dev.lvb.core.error.LvbProtocolException;
import dev.lvb.core.io.LvbBodies;
import dev.lvb.core.json.LvbReplies;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Decodes the answer to an {@link dev.lvb.client.LvbOperation} method, whatever its {@code Content-Type}: a non-2xx
 * status becomes an {@link LvbHttpException} with the start of the body; a 2xx body goes through LVB's envelope
 * ({@code ret}/{@code retcode}/{@code output}, the mixing {@code code}) with {@link LvbReplies}, so an "HTTP 200 but
 * LVB error" fails as the typed exception naming the interface: here for a method without result, in
 * {@link LvbJsonProvider} (which the runtime asks for the method's result) otherwise. It runs before
 * the MicroProfile response-exception mapping (response filters run from the highest priority down; the mapping sits
 * at the bottom), so the outcome does not depend on how a runtime maps statuses.
 */
@Priority(LvbResponseFilter.PRIORITY)
public final class LvbResponseFilter implements ClientResponseFilter {

    /** Early among response filters. */
    public static final int PRIORITY = Priorities.USER + 1000;

    /**
     * The response header (added here, in the process; never on the wire) that tells {@link LvbJsonProvider} the
     * interface whose reply it decodes.
     */
    static final String INTERFACE_HEADER = "X-Lvb-Interface";

    /** How much of an error body is kept. */
    static final int MAX_BODY_BYTES = 4096;

    @Override
    public void filter(ClientRequestContext request, ClientResponseContext response) throws IOException {
        Method method = LvbRequestFilter.invokedMethod(request);
        LvbInterface api = LvbInvocations.operation(method);
        if (api == null) {
            return;
        }
        int status = response.getStatus();
        // Below 100 is no HTTP answer: Quarkus runs response filters after a request filter failed, with status 0.
        if (status < 100) {
            return;
        }
        if (status < 200 || status >= 300) {
            throw new LvbHttpException(api.wireName(), status, start(response));
        }
        Class<?> output = outputType(method);
        if (output != Void.class) {
            // Decoded by LvbJsonProvider once the runtime has read the whole body (a body that breaks off is then
            // the runtime's transport failure, not an empty reply); it learns the interface from this header.
            response.getHeaders().putSingle(INTERFACE_HEADER, api.name());
            return;
        }
        // No result to read: the envelope is checked here. Read to its end but not closed (RESTEasy would take the
        // response for closed).
        InputStream in = response.getEntityStream();
        byte[] bytes = in == null ? new byte[0] : LvbBodies.readAtMost(in, LvbBodies.UNBOUNDED,
                LvbBodies.contentLength(response.getHeaderString(HttpHeaders.CONTENT_LENGTH)));
        decode(api, new String(bytes, LvbJsonProvider.charset(response.getMediaType())), Void.class);
    }

    static Object decode(LvbInterface api, String body, Class<?> outputType) {
        try {
            return api.isMixing() ? LvbReplies.decodeMix(api, body) : LvbReplies.decode(api, body, outputType);
        } catch (LvbException e) {
            throw e;
        } catch (RuntimeException e) {
            // A reply the decoder did not anticipate is still a protocol failure of this interface.
            throw new LvbProtocolException(api.wireName(), "could not decode the reply: " + e, body, e);
        }
    }

    /** The method's result type, inside {@code Uni}/{@code CompletionStage}; {@code Void} for none. */
    static Class<?> outputType(Method method) {
        Type type = method.getGenericReturnType();
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length == 1) {
            type = p.getActualTypeArguments()[0];
        }
        if (type instanceof Class<?> c && c != void.class) {
            return c;
        }
        return Void.class;
    }

    private static String start(ClientResponseContext response) {
        // Not hasEntity(): RESTEasy answers false when the response has no Content-Type, although a body came.
        try (InputStream in = response.getEntityStream()) {
            if (in == null) {
                return null;
            }
            byte[] head = LvbBodies.readAtMost(in, MAX_BODY_BYTES, -1);
            String text = new String(head, LvbJsonProvider.charset(response.getMediaType())).strip();
            return text.isEmpty() ? null : text;
        } catch (IOException | RuntimeException unreadable) {
            return null; // the status says enough
        }
    }
}
