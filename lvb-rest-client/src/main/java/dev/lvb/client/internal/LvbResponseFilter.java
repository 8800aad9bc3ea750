package dev.lvb.client.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import dev.lvb.core.LvbInterface;
import dev.lvb.core.error.LvbHttpException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;

/**
 * Turns a non-2xx answer to an LVB call into an {@link LvbHttpException} naming the interface, with the start of
 * the body. It runs before the MicroProfile response-exception mapping (response filters run from the highest
 * priority down; the mapping sits at the bottom), so the outcome does not depend on how a runtime maps statuses or
 * whether it maps them for the interface's default methods (RESTEasy does not).
 */
@Priority(LvbResponseFilter.PRIORITY)
public final class LvbResponseFilter implements ClientResponseFilter {

    /** Early among response filters. */
    public static final int PRIORITY = Priorities.USER + 1000;

    /** How much of an error body is kept. */
    static final int MAX_BODY_BYTES = 4096;

    @Override
    public void filter(ClientRequestContext request, ClientResponseContext response) throws IOException {
        if (!(request.getProperty(LvbRequestFilter.INTERFACE_PROPERTY) instanceof LvbInterface api)) {
            return;
        }
        int status = response.getStatus();
        // Below 100 is no HTTP answer: Quarkus runs response filters after a request filter failed, with status 0.
        if (status < 100 || (status >= 200 && status < 300)) {
            return;
        }
        throw new LvbHttpException(api.wireName(), status, start(response));
    }

    private static String start(ClientResponseContext response) {
        // Not hasEntity(): RESTEasy answers false when the response has no Content-Type, although a body came.
        try (InputStream in = response.getEntityStream()) {
            if (in == null) {
                return null;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[1024];
            int n;
            while (out.size() < MAX_BODY_BYTES && (n = in.read(buffer, 0, Math.min(buffer.length,
                    MAX_BODY_BYTES - out.size()))) > 0) {
                out.write(buffer, 0, n);
            }
            String text = out.toString(LvbJsonProvider.charset(response.getMediaType())).strip();
            return text.isEmpty() ? null : text;
        } catch (IOException | RuntimeException unreadable) {
            return null; // the status says enough
        }
    }
}
