package dev.lvb.quarkus.deployment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.lvb.callback.LvbReplay;
import dev.lvb.core.event.LvbEvent;
import dev.lvb.core.event.LvbEvents;
import dev.lvb.core.event.LvbSampleEvents;
import dev.lvb.quarkus.runtime.LvbJsonRpcService;
import dev.lvb.quarkus.runtime.LvbReplayService;
import dev.lvb.simulator.LvbSimulatorControl;
import io.quarkus.arc.deployment.AdditionalBeanBuildItem;
import io.quarkus.builder.BuildContext;
import io.quarkus.builder.BuildStep;
import io.quarkus.test.QuarkusUnitTest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.EventMetadata;
import jakarta.inject.Inject;

/**
 * Dev mode's replay, through the Dev UI's JSON-RPC service as the notifications page calls it: a received
 * notification is re-signed with a fresh t, posted to the real endpoint and delivered a second time, marked
 * {@link LvbReplay}; a sample of every known type reaches the observers as an ordinary event.
 */
class LvbReplayTest {

    static final String API_KEY = "replay-api-key-0123456789";

    @RegisterExtension
    static final QuarkusUnitTest APP = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClass(Seen.class))
            .overrideConfigKey("quarkus.http.test-port", "0")
            .overrideConfigKey("quarkus.lvb.app-id", "1252033264")
            .overrideConfigKey("quarkus.lvb.api-key", API_KEY)
            .addBuildChainCustomizer(chain -> chain.addBuildStep(new BuildStep() {
                @Override
                public void execute(BuildContext context) {
                    // what the extension and the Dev UI register in dev mode only (LvbDevUIProcessor)
                    context.produce(AdditionalBeanBuildItem.builder()
                            .addBeanClasses(dev.lvb.quarkus.runtime.LvbNotificationLog.class,
                                    LvbJsonRpcService.class, LvbReplayService.class)
                            .setDefaultScope(io.quarkus.arc.processor.BuiltinScope.APPLICATION.getName())
                            .setUnremovable().build());
                }
            }).produces(AdditionalBeanBuildItem.class).build());

    /** The application's observers: every event, with whether it came as a replay. */
    @ApplicationScoped
    public static class Seen {
        record One(LvbEvent event, boolean replay) {
        }

        final List<One> all = new CopyOnWriteArrayList<>();
        final List<LvbEvent> replaysOnly = new CopyOnWriteArrayList<>();

        void any(@Observes LvbEvent event, EventMetadata meta) {
            all.add(new One(event, meta.getQualifiers().contains(LvbReplay.Literal.INSTANCE)));
        }

        void replays(@Observes @LvbReplay LvbEvent event) {
            replaysOnly.add(event);
        }

        /** Through methods: the injected reference is a client proxy. */
        List<LvbEvent> replaysOnly() {
            return List.copyOf(replaysOnly);
        }

        List<One> of(String streamId) {
            return all.stream().filter(o -> streamId.equals(o.event().streamId())).toList();
        }
    }

    @Inject
    LvbJsonRpcService service;

    @Inject
    Seen seen;

    @ConfigProperty(name = "quarkus.lvb.devservices.simulator-url")
    URI simulatorUrl;

    @Test
    void aReceivedNotificationIsReplayedToTheObserversMarkedAsAReplay() {
        LvbSimulatorControl simulator = LvbSimulatorControl.of(simulatorUrl);
        assertThat(simulator.push("replay_1").status()).isEqualTo(200);
        simulator.awaitDelivered(1, Duration.ofSeconds(30)); // acknowledged after the observers ran
        assertThat(seen.of("replay_1")).hasSize(1);
        assertThat(seen.of("replay_1").get(0).replay()).isFalse();

        Map<String, Object> row = service.getNotifications().stream()
                .filter(r -> "replay_1".equals(r.get("streamId")) && "ACCEPTED".equals(r.get("outcome")))
                .findFirst().orElseThrow();
        assertThat(row).containsEntry("replayable", true);

        Map<String, Object> answer = service.replayNotification(((Number) row.get("id")).longValue());
        assertThat(answer).containsEntry("status", 200).containsEntry("answer", "{\"code\":0}");
        // synchronous observers ran before the endpoint answered: exactly the second delivery, marked
        assertThat(seen.of("replay_1")).hasSize(2);
        assertThat(seen.of("replay_1").get(1).replay()).isTrue();
        assertThat(seen.of("replay_1").get(1).event()).isEqualTo(seen.of("replay_1").get(0).event());
        assertThat(seen.replaysOnly()).extracting(LvbEvent::streamId).containsExactly("replay_1");
        // the replay is listed as the endpoint received it
        assertThat(service.getNotifications().get(0)).containsEntry("streamId", "replay_1")
                .containsEntry("outcome", "ACCEPTED");

        // the header alone is nothing: an ordinary re-send with a made-up token is a duplicate, not delivered
        LvbEvent event = seen.of("replay_1").get(0).event();
        given().header("X-LVB-Replay", "made-up-token").contentType("application/json")
                .body(LvbEvents.toSignedJson(event, API_KEY, Instant.now().getEpochSecond() + 600).toString())
                .post("/lvb/callback").then().statusCode(200);
        assertThat(seen.of("replay_1")).hasSize(2);
        assertThat(service.getNotifications().get(0)).containsEntry("outcome", "DUPLICATE");

        assertThat(service.replayNotification(999_999)).containsKey("error");
    }

    @Test
    void aSampleOfEveryKnownTypeReachesTheObserversAsAnOrdinaryEvent() {
        assertThat(LvbSampleEvents.types().keySet()).as("a sample for every event type the library knows")
                .containsAll(LvbEvents.knownTypes().stream().map(LvbReplayTest::eventTypeOf).toList());
        for (Map<String, Object> type : service.getSampleTypes()) {
            int eventType = ((Number) type.get("eventType")).intValue();
            String stream = "sample_" + eventType;
            assertThat(service.sendSampleNotification(eventType, stream)).containsEntry("status", 200);
            assertThat(seen.of(stream)).singleElement().satisfies(o -> {
                assertThat(o.replay()).isFalse();
                assertThat(o.event().eventType()).isEqualTo(eventType);
                assertThat(o.event().getClass()).isEqualTo(LvbEvents.typeOf(eventType));
            });
        }
        assertThat(service.sendSampleNotification(42, "x")).containsKey("error");
    }

    private static int eventTypeOf(Class<? extends LvbEvent> type) {
        try {
            return type.getField("EVENT_TYPE").getInt(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type + " has no EVENT_TYPE", e);
        }
    }
}
