package dev.lvb.itmulti;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import dev.lvb.testing.LvbCallbackSender;
import dev.lvb.core.json.LvbJson;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

/** Notifications over HTTP with the Redis store: re-sends are acknowledged once; readiness reports Redis. */
@QuarkusTest
class CallbackOverRedisTest {

    static final String KEY = "itm-api-key-0123456789abcdef";

    @Inject
    RedisDataSource redis;

    @ConfigProperty(name = "itm.record-key")
    String recordKey;

    static JsonObject begin(String stream) {
        return LvbJson.provider().createObjectBuilder().add("appid", 1252033264L).add("stream_id", stream)
                .add("channel_id", stream).add("event_type", 1).add("event_time", 1471256139L)
                .add("sequence", "5911795891871911817").build();
    }

    @Test
    void aResignedCopyIsAcknowledgedWithoutASecondDelivery() {
        String stream = "over-redis-" + UUID.randomUUID();
        long t = Instant.now().getEpochSecond() + 600;
        for (long tt : new long[] {t, t, t - 1}) { // the original, a byte-identical copy, a re-signed one
            given().body(LvbCallbackSender.sign(begin(stream), KEY, tt).toString()).contentType("application/json")
                    .post("/lvb/callback").then().statusCode(200).body("code", equalTo(0));
        }
        List<String> deliveries = redis.list(String.class).lrange(recordKey, 0, -1);
        assertThat(deliveries).filteredOn(d -> d.contains("|" + stream + "|")).hasSize(1);
    }

    @Test
    void readinessReportsTheDedupeStore() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'LVB dedupe store' }.status", equalTo("UP"));
    }
}
