package dev.lvb.client.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import dev.lvb.client.LvbOperation;
import dev.lvb.core.LvbInterface;
import dev.lvb.core.error.LvbProtocolException;
import dev.lvb.core.io.LvbBodies;
import dev.lvb.core.json.LvbJson;
import dev.lvb.core.model.MixStreamBody;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;

/**
 * The client's own entity provider, so that it needs no JSON provider from the runtime:
 * <ul>
 * <li>reads the result of an {@link dev.lvb.client.LvbOperation} method ({@code StreamStatus}, {@code LiveStat}...)
 * through LVB's envelope with {@link dev.lvb.core.json.LvbReplies}, whatever {@code Content-Type} LVB sent
 * ({@code text/plain}, {@code text/html}, none at all...), for the interface {@link LvbResponseFilter} names;</li>
 * <li>writes the stream-mixing body as JSON with the project's one JSON-B codec ({@link LvbJson}).</li>
 * </ul>
 * The concrete media types are listed next to the wildcard so that, for these types only, this provider is as
 * specific as any JSON provider of the runtime; its priority then makes it win. Registered on
 * {@link dev.lvb.client.LvbApi} with {@code @RegisterProvider}; deliberately not a global {@code @Provider}.
 */
@Consumes({ MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN, MediaType.TEXT_HTML, MediaType.APPLICATION_OCTET_STREAM,
        "text/*", MediaType.WILDCARD })
@Produces({ MediaType.APPLICATION_JSON, MediaType.WILDCARD })
@Priority(LvbJsonProvider.PRIORITY)
public final class LvbJsonProvider implements MessageBodyReader<Object>, MessageBodyWriter<MixStreamBody> {

    /** Ahead of the runtime's JSON providers (lower wins); it only claims its own types. */
    public static final int PRIORITY = 100;

    private static final String MODEL_PACKAGE = "dev.lvb.core.model";

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return MODEL_PACKAGE.equals(type.getPackageName()) || type == Void.class;
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        if ((Class<?>) type == Void.class) {
            return null; // LvbResponseFilter has checked the envelope (Quarkus still reads a Uni<Void>)
        }
        String name = httpHeaders == null ? null : httpHeaders.getFirst(LvbResponseFilter.INTERFACE_HEADER);
        LvbInterface api = name == null ? null : LvbInterface.valueOf(name);
        for (Annotation a : annotations == null ? new Annotation[0] : annotations) {
            if (api == null && a instanceof LvbOperation operation) {
                api = operation.value();
            }
        }
        byte[] bytes = entityStream == null ? new byte[0] : LvbBodies.readAtMost(entityStream, LvbBodies.UNBOUNDED,
                LvbBodies.contentLength(httpHeaders == null ? null : httpHeaders.getFirst(HttpHeaders.CONTENT_LENGTH)));
        String body = new String(bytes, charset(mediaType));
        if (api == null) {
            throw new LvbProtocolException("unknown", "a reply read outside an LVB operation", body, null);
        }
        return LvbResponseFilter.decode(api, body, type);
    }

    // Typed to the one body LVB takes: Quarkus' REST client picks writers by their declared type, and a writer of
    // Object loses to its built-in text writer (the body then went out as the record's toString()).
    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == MixStreamBody.class;
    }

    @Override
    public void writeTo(MixStreamBody model, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> httpHeaders, OutputStream entityStream) throws IOException {
        entityStream.write(LvbJson.toJson(model).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public long getSize(MixStreamBody o, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return -1;
    }

    /** The charset the response names, or UTF-8 (what LVB sends) when it names none or an unknown one. */
    static Charset charset(MediaType mediaType) {
        String name = mediaType == null ? null : mediaType.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (name != null) {
            try {
                return Charset.forName(name.trim());
            } catch (IllegalArgumentException unknown) {
                // fall through
            }
        }
        return StandardCharsets.UTF_8;
    }
}
