package dev.lvb.itmessaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.lvb.testing.LvbCallbackSender;
import dev.lvb.core.json.LvbJson;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

/** The recipe over HTTP: a verified event is on the channel when LVB gets its answer, once, without t and sign. */
@QuarkusTest
class ForwardToChannelTest {

    static final String KEY = "itmsg-api-key-0123456789abcdef";

    @Inject
    @Any
    InMemoryConnector connector;

    InMemorySink<String> sink;

    @BeforeEach
    void clear() {
        sink = connector.sink("lvb-events");
        sink.clear();
    }

    static JsonObject begin(String stream) {
        return LvbJson.provider().createObjectBuilder().add("appid", 1252033264L).add("stream_id", stream)
                .add("channel_id", stream).add("event_type", 1).add("event_time", 1471256139L)
                .add("sequence", "5911795891871911817").build();
    }

    static void post(String body, int status) {
        given().body(body).contentType("application/json").post("/lvb/callback").then().statusCode(status);
    }

    @Test
    void aVerifiedEventIsOnTheChannelWhenLvbIsAnswered() {
        long t = Instant.now().getEpochSecond() + 600;
        given().body(LvbCallbackSender.sign(begin("fwd-1"), KEY, t).toString()).contentType("application/json")
                .post("/lvb/callback").then().statusCode(200).body("code", equalTo(0));
        // No waiting: the observer returned (and LVB was answered) only after the channel acknowledged.
        assertThat(sink.received()).hasSize(1);
        JsonObject sent = LvbJson.parseObject(sink.received().get(0).getPayload());
        assertThat(sent.getString("stream_id")).isEqualTo("fwd-1");
        assertThat(sent.getInt("event_type")).isEqualTo(1);
        assertThat(sent).doesNotContainKeys("t", "sign");
    }

    @Test
    void reSendsAndForgeriesAreNotForwarded() {
        long t = Instant.now().getEpochSecond() + 600;
        post(LvbCallbackSender.sign(begin("fwd-2"), KEY, t).toString(), 200);
        post(LvbCallbackSender.sign(begin("fwd-2"), KEY, t - 30).toString(), 200); // LVB's re-send
        post(LvbCallbackSender.sign(begin("fwd-3"), "not-the-key", t).toString(), 401);
        assertThat(sink.received()).hasSize(1);
    }
}
