package dev.lvb.client.cloud.internal;

import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

import dev.lvb.core.error.LvbException;
import dev.lvb.core.error.LvbHttpException;
import dev.lvb.core.error.LvbProtocolException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

/**
 * Turns a reply marked by {@link LvbCloudResponseFilter} into {@link dev.lvb.core.error.LvbCloudException} (Tencent's
 * {@code Error}, whatever the HTTP status), {@link LvbHttpException} (an HTTP error without Tencent's envelope) or
 * {@link LvbProtocolException} (a 2xx that is not the envelope).
 */
@Priority(LvbCloudExceptionMapper.PRIORITY)
public final class LvbCloudExceptionMapper implements ResponseExceptionMapper<LvbException> {

    /** Ahead of the default mapper (lower wins). */
    public static final int PRIORITY = 100;

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return headers != null && headers.containsKey(LvbCloudResponseFilter.FAILED);
    }

    @Override
    public LvbException toThrowable(Response response) {
        String action = response.getHeaderString(LvbCloudResponseFilter.ACTION);
        byte[] body;
        try {
            body = response.readEntity(byte[].class);
        } catch (RuntimeException unreadable) {
            body = new byte[0];
        }
        if (body == null) {
            body = new byte[0];
        }
        LvbException failure = CloudReplies.failure(action, body);
        int status = response.getStatus();
        if (failure instanceof LvbProtocolException && (status < 200 || status >= 300)) {
            String text = new String(body, java.nio.charset.StandardCharsets.UTF_8).strip();
            return new LvbHttpException(action, status, text.isEmpty() ? null : text);
        }
        return failure;
    }
}
