package dev.lvb.quarkus.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.lvb.client.LvbApi;
import dev.lvb.core.event.LvbEvent;
import dev.lvb.core.model.LiveStatRequest;
import dev.lvb.core.model.StreamState;
import dev.lvb.simulator.LvbSimulatorControl;
import io.quarkus.test.QuarkusUnitTest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Zero LVB configuration: the Dev Service starts the simulator, points the client at it and its notifications here. */
class LvbDevServiceTest {

    @RegisterExtension
    static final QuarkusUnitTest APP = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Events.class))
            .overrideConfigKey("quarkus.http.test-port", "0");

    @Inject
    @RestClient
    LvbApi lvb;

    @ConfigProperty(name = "quarkus.lvb.devservices.simulator-url")
    URI simulatorUrl;

    @Inject
    Events events;

    @Test
    void simulatorServesTheClientAndNotifiesTheApplication() {
        LvbSimulatorControl simulator = LvbSimulatorControl.of(simulatorUrl);
        assertThat(simulator.push("dev_1").status()).isEqualTo(200);
        assertThat(lvb.getStatus("dev_1").state()).isEqualTo(StreamState.LIVE);
        assertThat(lvb.getLivePushStat(LiveStatRequest.all()).streamCount()).isEqualTo(1);

        // the application announced its (random) port: the begin notification arrives and is acknowledged
        simulator.awaitDelivered(1, Duration.ofSeconds(15));
        assertThat(events.received()).extracting(LvbEvent::streamId).containsExactly("dev_1");
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
