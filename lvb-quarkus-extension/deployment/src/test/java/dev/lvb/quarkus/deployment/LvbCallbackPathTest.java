package dev.lvb.quarkus.deployment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.lvb.core.event.LvbEvent;
import dev.lvb.core.event.LvbEvents;
import dev.lvb.core.event.StreamEndEvent;
import io.quarkus.test.QuarkusUnitTest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** quarkus.lvb.callback.path moves the endpoint; the default path then does not exist. */
class LvbCallbackPathTest {

    @RegisterExtension
    static final QuarkusUnitTest APP = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Events.class))
            .overrideConfigKey("quarkus.lvb.devservices.enabled", "false")
            .overrideConfigKey("quarkus.lvb.app-id", "1252033264")
            .overrideConfigKey("quarkus.lvb.api-key", "api-key-1")
            .overrideConfigKey("quarkus.lvb.callback-key", "callback-key-1")
            .overrideConfigKey("quarkus.lvb.callback.path", "hooks/lvb/")
            .overrideConfigKey("quarkus.lvb.callback.max-body-size", "1K");

    @Inject
    Events events;

    static String end(String stream, String key) {
        StreamEndEvent e = new StreamEndEvent(1252033264L, "x.livepush.myqcloud.com", "live", stream, stream,
                1_700_000_000L, "5911795891871911817", "10.0.0.1", "127.0.0.1", "", 1, "recv rtmp deleteStream",
                null, null, null, null, 61234L);
        return LvbEvents.toSignedJson(e, key, java.time.Instant.now().getEpochSecond() + 600).toString();
    }

    @Test
    void servesTheConfiguredPathOnlyWithTheRuntimeSettings() {
        given().body(end("path_1", "callback-key-1")).post("/hooks/lvb").then().statusCode(200)
                .body("code", org.hamcrest.Matchers.equalTo(0));
        given().body(end("path_2", "callback-key-1")).post("/lvb/callback").then().statusCode(404);
        // signed with the API key while a separate callback key is configured: rejected
        given().body(end("path_3", "api-key-1")).post("/hooks/lvb").then().statusCode(401);
        // quarkus.lvb.callback.max-body-size reaches the endpoint
        given().body("{\"pad\":\"" + "x".repeat(2000) + "\"}").post("/hooks/lvb").then().statusCode(413);
        assertThat(events.received()).extracting(LvbEvent::streamId).containsExactly("path_1");
    }

    @ApplicationScoped
    public static class Events {
        private final List<LvbEvent> received = new CopyOnWriteArrayList<>();

        void on(@Observes LvbEvent e) {
            received.add(e);
        }

        List<LvbEvent> received() {
            return received;
        }
    }
}
