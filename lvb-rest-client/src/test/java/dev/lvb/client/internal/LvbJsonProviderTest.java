package dev.lvb.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.lvb.client.LvbOperation;
import dev.lvb.core.LvbInterface;
import dev.lvb.core.error.LvbApiException;
import dev.lvb.core.io.LvbBodies;
import dev.lvb.core.model.StreamStatus;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

/** Reading a reply: the whole body, whatever {@code Content-Length} announced. */
class LvbJsonProviderTest {

    static final String BODY = "{\"ret\":0,\"retcode\":0,\"errmsg\":\"\",\"message\":\"直播码\",\"output\":[]}";
    static final int BYTES = BODY.getBytes(StandardCharsets.UTF_8).length;

    record Text(String body) {
    }

    static Text read(String contentLength, InputStream body) throws IOException {
        byte[] bytes = body == null ? new byte[0] : LvbBodies.readAtMost(body, LvbBodies.UNBOUNDED, LvbBodies.contentLength(contentLength));
        return new Text(new String(bytes, StandardCharsets.UTF_8));
    }

    static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A stream that gives at most 5 bytes per read. */
    static InputStream trickle(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 5));
            }
        };
    }

    @ParameterizedTest(name = "Content-Length: {0}")
    @NullSource
    @ValueSource(strings = { "exact", "0", "1", "10", "-1", " 7 ", "not a number", "99999999999999999999",
            "9223372036854775807" })
    void theWholeBodyIsReadWhateverWasAnnounced(String contentLength) throws IOException {
        String announced = "exact".equals(contentLength) ? Integer.toString(BYTES) : contentLength;
        assertThat(read(announced, stream(BODY)).body()).isEqualTo(BODY);
        assertThat(read(announced, trickle(BODY)).body()).isEqualTo(BODY);
    }

    @Test
    void aBodyShorterThanAnnouncedIsWhatArrived() throws IOException {
        assertThat(read(Integer.toString(BYTES + 100), stream(BODY)).body()).isEqualTo(BODY);
        assertThat(read("100000", trickle(BODY)).body()).isEqualTo(BODY);
    }

    @Test
    void aLargeBodyIsReadWhole() throws IOException {
        String large = "{\"output\":\"" + "x".repeat(100_000) + "\"}";
        int n = large.length();
        assertThat(read(Integer.toString(n), stream(large)).body()).isEqualTo(large);
        assertThat(read(Integer.toString(n - 30_000), trickle(large)).body()).isEqualTo(large);
        assertThat(read(null, stream(large)).body()).isEqualTo(large);
    }

    @Test
    void anEmptyOrMissingBodyIsEmptyText() throws IOException {
        assertThat(read("0", stream("")).body()).isEmpty();
        assertThat(read(null, stream("")).body()).isEmpty();
        assertThat(read("10", null).body()).isEmpty();
    }

    @LvbOperation(LvbInterface.CHANNEL_GET_STATUS)
    static void annotated() {
    }

    @Test
    void theResultIsDecodedForTheInterfaceTheResponseFilterOrTheMethodNames() throws Exception {
        LvbJsonProvider provider = new LvbJsonProvider();
        MediaType json = MediaType.APPLICATION_JSON_TYPE;
        String live = "{\"ret\":0,\"retcode\":0,\"output\":[{\"rate_type\":0,\"recv_type\":1,\"status\":1}]}";
        MultivaluedMap<String, String> named = new MultivaluedHashMap<>();
        named.putSingle(LvbResponseFilter.INTERFACE_HEADER, LvbInterface.CHANNEL_GET_STATUS.name());
        @SuppressWarnings({ "unchecked", "rawtypes" })
        Class<Object> statusType = (Class) StreamStatus.class;
        assertThat(provider.readFrom(statusType, StreamStatus.class, new java.lang.annotation.Annotation[0], json,
                named, stream(live))).isInstanceOfSatisfying(StreamStatus.class, s -> assertThat(s.isLive()).isTrue());

        java.lang.annotation.Annotation[] annotations = getClass().getDeclaredMethod("annotated").getAnnotations();
        MultivaluedMap<String, String> none = new MultivaluedHashMap<>();
        assertThat(provider.readFrom(statusType, StreamStatus.class, annotations, json, none, stream(live)))
                .isInstanceOf(StreamStatus.class);
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> provider.readFrom(statusType,
                StreamStatus.class, annotations, json, none, stream("{\"ret\":20601,\"message\":\"x\"}"))))
                .isInstanceOfSatisfying(LvbApiException.class,
                        e -> assertThat(e.interfaceName()).isEqualTo("Live_Channel_GetStatus"));
        assertThat(provider.isReadable(StreamStatus.class, StreamStatus.class, annotations, json)).isTrue();
        assertThat(provider.isReadable(String.class, String.class, annotations, json)).isFalse();
    }
}
