package dev.lvb.itmulti;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lvb.testing.LvbCallbackSender;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Redis unreachable: notifications get 503 (LVB retries, nothing delivered, nothing lost); readiness is DOWN. */
@QuarkusTest
@TestProfile(RedisDownTest.Unreachable.class)
class RedisDownTest {

    /** Points the Redis client at a port where nothing listens. */
    public static class Unreachable implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort(); // free now, and nothing of ours listens on it later
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.of("quarkus.redis.hosts", "redis://127.0.0.1:" + port,
                    "itm.record-key", "unused", "quarkus.redis.timeout", "5s");
        }
    }

    @Test
    void notificationsAreRefusedWith503SoThatLvbRetries() {
        long t = Instant.now().getEpochSecond() + 600;
        given().body(LvbCallbackSender.sign(CallbackOverRedisTest.begin("down-1"), CallbackOverRedisTest.KEY, t)
                .toString()).contentType("application/json")
                .post("/lvb/callback").then().statusCode(503).body("code", equalTo(503));
    }

    @Test
    void readinessIsDown() {
        given().get("/q/health/ready").then().statusCode(503)
                .body("checks.find { it.name == 'LVB dedupe store' }.status", equalTo("DOWN"));
    }
}
