package dev.lvb.callback;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lvb.callback.internal.LvbCallbackStartup;
import dev.lvb.core.event.StreamBeginEvent;
import dev.lvb.core.json.LvbJson;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;

/**
 * The second (and last) boot of the test application: verification switched off. Unsigned events are accepted
 * and the start logged the loud warning (checked in a log file of this JVM's own).
 */
@QuarkusTest
@TestProfile(VerificationDisabledTest.Disabled.class)
class VerificationDisabledTest {

    static final Path LOG = Path.of("target", "lvb-verification-disabled-" + ProcessHandle.current().pid() + ".log");

    /** Turns verification off and writes the log to a file. */
    public static class Disabled implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "lvb.callback.verify-signature", "false",
                    "quarkus.log.file.enabled", "true",
                    "quarkus.log.file.path", LOG.toAbsolutePath().toString());
        }
    }

    @Inject
    RecordingObserver observer;

    @Test
    void startLoggedTheWarning() throws IOException {
        assertThat(LOG).exists();
        String log = Files.readString(LOG, StandardCharsets.UTF_8);
        assertThat(log).contains("WARN").contains(LvbCallbackStartup.VERIFICATION_DISABLED_WARNING);
    }

    @Test
    void unsignedEventIsAccepted() {
        String stream = Fixtures.uniqueStream("unsigned");
        String body = LvbJson.provider().createObjectBuilder(Fixtures.beginFor(stream)).remove("t").remove("sign")
                .build().toString();

        given().contentType("application/json").body(body).post(LvbCallbackEndpoint.DEFAULT_PATH).then()
                .statusCode(200);

        assertThat(observer.received(StreamBeginEvent.class, stream)).hasSize(1);
    }

    @Test
    void malformedBodiesAreStillRejected() {
        given().contentType("application/json").body("[1]").post(LvbCallbackEndpoint.DEFAULT_PATH).then()
                .statusCode(400);
        given().contentType("application/json").body("{\"stream_id\":\"x\"}").post(LvbCallbackEndpoint.DEFAULT_PATH)
                .then().statusCode(400);
    }
}
