package dev.lvb.quarkus.deployment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.lvb.core.event.LvbEvent;
import dev.lvb.core.event.LvbEvents;
import dev.lvb.core.event.StreamBeginEvent;
import dev.lvb.quarkus.runtime.LvbReplayService;
import io.quarkus.arc.Arc;
import io.quarkus.test.QuarkusUnitTest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Outside dev mode there is no replay service, and the replay header changes nothing: a duplicate stays one. */
class LvbNoReplayOutsideDevModeTest {

    static final String API_KEY = "no-replay-api-key-0123456789";

    @RegisterExtension
    static final QuarkusUnitTest APP = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClass(Seen.class))
            .overrideConfigKey("quarkus.http.test-port", "0")
            .overrideConfigKey("quarkus.lvb.app-id", "1252033264")
            .overrideConfigKey("quarkus.lvb.api-key", API_KEY)
            .overrideConfigKey("quarkus.lvb.devservices.enabled", "false");

    @ApplicationScoped
    public static class Seen {
        final List<LvbEvent> all = new CopyOnWriteArrayList<>();

        void any(@Observes LvbEvent event) {
            all.add(event);
        }

        /** Through a method: the injected reference is a client proxy. */
        List<LvbEvent> all() {
            return List.copyOf(all);
        }
    }

    @Inject
    Seen seen;

    @Test
    void noReplayServiceAndTheHeaderIsIgnored() {
        assertThat(Arc.container().select(LvbReplayService.class).isResolvable()).isFalse();

        StreamBeginEvent begin = new StreamBeginEvent(1252033264L, "x.livepush.myqcloud.com", "live", "noreplay_1",
                "noreplay_1", 1_700_000_000L, "5911795891871911817", "10.0.0.1", "127.0.0.1", "", 0, "", null, null,
                null, null);
        String body = LvbEvents.toSignedJson(begin, API_KEY, Instant.now().getEpochSecond() + 600).toString();
        given().contentType("application/json").body(body).post("/lvb/callback").then().statusCode(200);
        for (String token : new String[] { "any", "", "0123456789abcdef0123456789abcdef" }) {
            given().header("X-LVB-Replay", token).contentType("application/json").body(body).post("/lvb/callback")
                    .then().statusCode(200);
        }
        assertThat(seen.all()).extracting(LvbEvent::streamId).containsExactly("noreplay_1");
    }
}
