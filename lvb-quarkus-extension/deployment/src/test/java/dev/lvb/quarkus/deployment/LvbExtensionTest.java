package dev.lvb.quarkus.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.lvb.callback.LvbCallbackSettings;
import dev.lvb.client.LvbApi;
import dev.lvb.client.LvbClientSettings;
import dev.lvb.core.LvbCredentials;
import dev.lvb.core.LvbWireOptions;
import dev.lvb.core.error.LvbApiException;
import dev.lvb.core.error.LvbErrorCode;
import dev.lvb.core.event.LvbEvent;
import dev.lvb.core.event.StreamBeginEvent;
import dev.lvb.core.model.LiveStatRequest;
import dev.lvb.core.model.StreamState;
import dev.lvb.simulator.LvbSimulatorControl;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** The extension in an application configured with the two properties a user sets, against the simulator. */
class LvbExtensionTest {

    // QuarkusUnitTest loads this class twice (JUnit's and the application's class loader): the simulator object
    // exists once, in JUnit's; the test methods reach it through its control API, by URL.
    static final String SIMULATOR_URL = Simulators.url("extension-test", LvbCredentials.of(1252033264L,
            "extension-test-key"));
    static final LvbSimulatorControl SIMULATOR = LvbSimulatorControl.of(java.net.URI.create(SIMULATOR_URL));

    @RegisterExtension
    static final QuarkusUnitTest APP = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Events.class, Simulators.class))
            .overrideConfigKey("quarkus.lvb.app-id", "1252033264")
            .overrideConfigKey("quarkus.lvb.api-key", "extension-test-key")
            .overrideConfigKey("quarkus.rest-client.lvb.url", SIMULATOR_URL);

    @Inject
    @RestClient
    LvbApi lvb;

    @Inject
    LvbClientSettings clientSettings;

    @Inject
    LvbCallbackSettings callbackSettings;

    @Inject
    Events events;

    @TestHTTPResource("/lvb/callback")
    java.net.URL callbackUrl;

    @BeforeEach
    void reset() {
        SIMULATOR.reset();
        events.clear();
    }

    @Test
    void restClientIsInjectableAndSignsItsCalls() {
        assertThatThrownBy(() -> lvb.getStatus("never_pushed"))
                .isInstanceOfSatisfying(LvbApiException.class,
                        e -> assertThat(e.errorCode()).contains(LvbErrorCode.STREAM_NEVER_PUSHED));
        assertThat(SIMULATOR.push("live_1").status()).isEqualTo(200);
        assertThat(lvb.getStatus("live_1").state()).isEqualTo(StreamState.LIVE);
        // statistics go to the statcgi path with cmd; with a non-default client URL they follow the client
        assertThat(lvb.getLiveStat(LiveStatRequest.ofStream("live_1")).streamCount()).isEqualTo(1);
        lvb.ban("live_1");
        assertThat(lvb.getStatus("live_1").state()).isEqualTo(StreamState.DISABLED);
    }

    @Test
    void streamMixingPostsTheJsonBody() {
        // Quarkus' REST client must write the body with the library's JSON-B writer, not as text
        SIMULATOR.push("mix_a");
        SIMULATOR.push("mix_b");
        var start = new dev.lvb.core.model.StartMixRequest("room_1", "mix_a", null, null, null,
                java.util.List.of(dev.lvb.core.model.MixInput.of("mix_a", dev.lvb.core.model.MixLayout.background()),
                        dev.lvb.core.model.MixInput.of("mix_b",
                                dev.lvb.core.model.MixLayout.at(2, 380, 630, 160, 240))));
        assertThat(lvb.startMix(start).code()).isZero();
        assertThat(lvb.cancelMix(new dev.lvb.core.model.CancelMixRequest("room_1", "mix_a")).code()).isZero();
    }

    @Test
    void configDefaultsReachTheBeans() {
        assertThat(clientSettings.signatureValidity()).isEqualTo(Duration.ofSeconds(60));
        assertThat(clientSettings.wire()).isEqualTo(LvbWireOptions.DEFAULTS);
        assertThat(clientSettings.statcgiUrl()).isNull();
        assertThat(clientSettings.credentials().credentials().appId()).isEqualTo(1252033264L);
        assertThat(clientSettings.toString()).doesNotContain("extension-test-key");
        assertThat(callbackSettings.clockSkew()).isEqualTo(Duration.ofSeconds(60));
        assertThat(callbackSettings.maxLifetime()).isEqualTo(Duration.ofMinutes(10));
        assertThat(callbackSettings.maxBodyBytes()).isEqualTo(64 * 1024);
        assertThat(callbackSettings.dedupeWindow()).isEqualTo(Duration.ofMinutes(30));
        assertThat(callbackSettings.dedupeMaxEntries()).isEqualTo(100_000);
        assertThat(callbackSettings.dedupeLease()).isEqualTo(Duration.ofSeconds(30));
        assertThat(callbackSettings.verifySignature()).isTrue();
    }

    @Test
    void notificationsArriveAsTypedCdiEvents() throws Exception {
        SIMULATOR.setCallbackUrl(callbackUrl.toURI());
        assertThat(SIMULATOR.push("cb_1").status()).isEqualTo(200);
        SIMULATOR.awaitDelivered(1, Duration.ofSeconds(10));
        assertThat(events.received()).hasSize(1);
        assertThat(events.received().get(0)).isInstanceOfSatisfying(StreamBeginEvent.class,
                e -> assertThat(e.streamId()).isEqualTo("cb_1"));
    }

    @ApplicationScoped
    public static class Events {
        private final List<LvbEvent> received = new CopyOnWriteArrayList<>();

        void on(@Observes StreamBeginEvent e) {
            received.add(e);
        }

        // Accessed through methods: the injected reference is a client proxy.
        List<LvbEvent> received() {
            return received;
        }

        void clear() {
            received.clear();
        }
    }
}
