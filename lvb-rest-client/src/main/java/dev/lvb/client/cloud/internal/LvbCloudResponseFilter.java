package dev.lvb.client.cloud.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import dev.lvb.core.cloud.LvbTc3Signer;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;

/**
 * Tencent answers errors with HTTP 200 and {@code {"Response":{"Error":...}}}. This filter reads the reply once,
 * puts the bytes back for the reader, and marks a reply that is an error (or no envelope at all) with
 * {@value #FAILED} so that {@link LvbCloudExceptionMapper} turns it into the typed exception: MicroProfile REST
 * Client throws a mapper's exception as it is, from blocking and reactive methods alike, where an exception thrown
 * here would arrive wrapped. Runs before the mapping (response filters run from the highest priority down).
 */
@Priority(LvbCloudResponseFilter.PRIORITY)
public final class LvbCloudResponseFilter implements ClientResponseFilter {

    public static final int PRIORITY = Priorities.USER + 1000;
    /** Response header (client side only) marking a reply the mapper must turn into an exception. */
    static final String FAILED = "X-Lvb-Cloud-Failed";
    /** Response header (client side only) naming the action, for the mapper. */
    static final String ACTION = "X-Lvb-Cloud-Action";

    private static final byte[] ERROR = "\"Error\"".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] RESPONSE = "{\"Response\"".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** @return whether the body starts with {@code {"Response"} and nowhere says {@code "Error"} */
    static boolean plainSuccess(byte[] body) {
        return body.length > RESPONSE.length && java.util.Arrays.equals(body, 0, RESPONSE.length, RESPONSE, 0,
                RESPONSE.length) && indexOf(body, ERROR) < 0;
    }

    private static int indexOf(byte[] body, byte[] what) {
        outer:
        for (int i = 0; i <= body.length - what.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (body[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Override
    public void filter(ClientRequestContext request, ClientResponseContext response) throws IOException {
        String action = request.getHeaderString(LvbTc3Signer.X_TC_ACTION);
        if (action == null || response.getStatus() < 100) {
            return;
        }
        response.getHeaders().putSingle(ACTION, action);
        // Not closed: RESTEasy then closes the whole response; the runtime releases the connection as usual.
        InputStream in = response.getEntityStream();
        byte[] body = in == null ? new byte[0] : in.readAllBytes();
        response.setEntityStream(new ByteArrayInputStream(body));
        int status = response.getStatus();
        // Parsed here only when it may be an error or not the envelope at all; a plain success is parsed once,
        // by the reader.
        if (status < 200 || status >= 300
                || (!plainSuccess(body) && CloudReplies.failure(action, body) != null)) {
            response.getHeaders().putSingle(FAILED, "true");
        }
    }
}
