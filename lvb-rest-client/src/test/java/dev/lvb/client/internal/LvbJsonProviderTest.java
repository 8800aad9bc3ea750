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

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

/** Reading a reply: the whole body, whatever {@code Content-Length} announced. */
class LvbJsonProviderTest {

    static final String BODY = "{\"ret\":0,\"retcode\":0,\"errmsg\":\"\",\"message\":\"直播码\",\"output\":[]}";
    static final int BYTES = BODY.getBytes(StandardCharsets.UTF_8).length;

    static LvbReply read(String contentLength, InputStream body) throws IOException {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        if (contentLength != null) {
            headers.putSingle(HttpHeaders.CONTENT_LENGTH, contentLength);
        }
        return new LvbJsonProvider().readFrom(LvbReply.class, LvbReply.class, null,
                new MediaType("application", "json", "UTF-8"), headers, body);
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
}
