package dev.lvb.client.cloud.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import dev.lvb.core.cloud.model.LvbCloudReply;
import dev.lvb.core.json.LvbJson;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;

/**
 * Reads a Cloud API reply record from the content of {@code Response}, whatever JSON provider the runtime has (the
 * records bind with the project's one JSON-B codec). Errors were turned into exceptions by
 * {@link LvbCloudResponseFilter} and {@link LvbCloudExceptionMapper} before; a reply that still holds one fails here.
 */
@Consumes({ MediaType.APPLICATION_JSON, "text/*", MediaType.WILDCARD })
@Priority(LvbCloudJsonProvider.PRIORITY)
public final class LvbCloudJsonProvider implements MessageBodyReader<LvbCloudReply> {

    /** Ahead of the runtime's JSON providers; it only claims its own types. */
    public static final int PRIORITY = 100;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return LvbCloudReply.class.isAssignableFrom(type);
    }

    @Override
    public LvbCloudReply readFrom(Class<LvbCloudReply> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, String> httpHeaders, InputStream entityStream)
            throws IOException {
        byte[] body = entityStream == null ? new byte[0] : entityStream.readAllBytes();
        return LvbJson.bind(CloudReplies.response(null, body), type);
    }
}
