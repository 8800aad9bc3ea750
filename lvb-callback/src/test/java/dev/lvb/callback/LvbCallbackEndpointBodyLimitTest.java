package dev.lvb.callback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.lvb.callback.internal.LvbEventDispatcher;
import dev.lvb.testing.LvbCallbackSender;
import dev.lvb.core.LvbCredentials;
import dev.lvb.core.LvbCredentialsProvider;
import dev.lvb.core.event.LvbEvent;
import dev.lvb.core.json.LvbJson;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;

/**
 * The body limit at the endpoint, without HTTP: exact at the limit, whatever {@code Content-Length} says (a server
 * may pass the header through while it decompresses, or a client may simply lie).
 */
class LvbCallbackEndpointBodyLimitTest {

    static final int LIMIT = 1024;
    static final String KEY = "callback-key-40328529ca4381a80c6ecf2e";

    final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T12:00:00Z"));
    final List<LvbEvent> delivered = new CopyOnWriteArrayList<>();
    final LvbCallbackEndpoint endpoint = new LvbCallbackEndpoint(
            LvbCallbackSettings.defaults().withClock(clock).withMaxBodyBytes(LIMIT),
            LvbCredentialsProvider.of(LvbCredentials.of(1252033264L, KEY)), new InMemoryLvbDedupeStore(100, clock),
            new LvbEventDispatcher() {
                @Override
                public void accept(LvbEvent event) {
                    delivered.add(event);
                }
            });

    /** @return a signed stream-begin notification of exactly {@code size} bytes */
    byte[] notification(String stream, int size) {
        JsonObject begin = LvbJson.provider().createObjectBuilder().add("event_type", 1).add("stream_id", stream)
                .add("pad", "").build();
        String text = LvbCallbackSender.sign(begin, KEY, clock.epochSecond() + 600).toString();
        String padded = text.replace("\"pad\":\"\"", "\"pad\":\"" + "x".repeat(size - text.length()) + "\"");
        byte[] body = padded.getBytes(StandardCharsets.UTF_8);
        assertThat(body).hasSize(size);
        return body;
    }

    int receive(String contentLength, byte[] body) {
        Response answer = endpoint.receive(contentLength, new ByteArrayInputStream(body));
        return answer.getStatus();
    }

    @ParameterizedTest(name = "Content-Length: {0}")
    @NullSource
    @ValueSource(strings = { "1024", "0", "10", "1023", "not a number" })
    void aBodyExactlyAtTheLimitIsAccepted(String contentLength) {
        assertThat(receive(contentLength, notification("at-limit", LIMIT))).isEqualTo(200);
        assertThat(delivered).singleElement().extracting(LvbEvent::streamId).isEqualTo("at-limit");
    }

    @ParameterizedTest(name = "Content-Length: {0}")
    @NullSource
    @ValueSource(strings = { "1025", "1024", "0", "10", "1023", "not a number" })
    void aBodyOneByteOverTheLimitIsRefused(String contentLength) {
        assertThat(receive(contentLength, notification("over-limit", LIMIT + 1))).isEqualTo(413);
        assertThat(delivered).isEmpty();
    }

    @Test
    void aShorterBodyThanAnnouncedIsReadToItsEnd() {
        assertThat(receive("1000", notification("short", 500))).isEqualTo(200);
        assertThat(delivered).hasSize(1);
    }

    @Test
    void anAnnouncedLengthOverTheLimitIsRefusedWithoutReading() {
        assertThat(receive("1025", notification("announced", 500))).isEqualTo(413);
        assertThat(receive(Long.toString(Long.MAX_VALUE), notification("announced", 500))).isEqualTo(413);
        assertThat(delivered).isEmpty();
    }
}
