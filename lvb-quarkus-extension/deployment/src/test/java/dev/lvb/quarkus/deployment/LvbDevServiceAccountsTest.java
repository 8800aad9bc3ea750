package dev.lvb.quarkus.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.lvb.client.LvbApi;
import dev.lvb.core.event.StreamBeginEvent;
import dev.lvb.core.model.StreamState;
import dev.lvb.quarkus.LvbAccount;
import dev.lvb.simulator.LvbSimulatorConfig;
import dev.lvb.simulator.LvbSimulatorControl;
import io.quarkus.test.QuarkusUnitTest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Default;
import jakarta.inject.Inject;

/**
 * A named account without any configuration: the Dev Service gives it its own APPID and keys, the simulator serves
 * them, and a stream the shop's APPID pushes is notified at the shop's callback path, signed with the shop's key.
 */
class LvbDevServiceAccountsTest {

    @RegisterExtension
    static final QuarkusUnitTest APP = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Events.class))
            .overrideConfigKey("quarkus.http.test-port", "0");

    @Inject
    @LvbAccount("shop")
    LvbApi shop;

    @ConfigProperty(name = "quarkus.lvb.devservices.simulator-url")
    URI simulatorUrl;

    @ConfigProperty(name = "quarkus.lvb.\"shop\".app-id")
    long shopAppId;

    @Inject
    Events events;

    @Test
    void theShopCallsTheSimulatorAndReceivesItsOwnNotifications() {
        assertThat(shopAppId).isNotEqualTo(LvbSimulatorConfig.DEFAULT_APP_ID);
        LvbSimulatorControl simulator = LvbSimulatorControl.of(simulatorUrl);
        assertThat(simulator.push("shop_1", shopAppId).status()).isEqualTo(200);
        // signed with the shop's key, checked by the simulator against the shop's APPID
        assertThat(shop.getStatus("shop_1").state()).isEqualTo(StreamState.LIVE);

        // delivered means acknowledged: the shop's endpoint verified the shop's callback key
        simulator.awaitDelivered(1, Duration.ofSeconds(15));
        assertThat(events.shop()).containsExactly("shop_1");
        assertThat(events.defaults()).isEmpty();
    }

    @ApplicationScoped
    public static class Events {
        private final List<String> shop = new CopyOnWriteArrayList<>();
        private final List<String> defaults = new CopyOnWriteArrayList<>();

        void shop(@Observes @LvbAccount("shop") StreamBeginEvent e) {
            shop.add(e.streamId());
        }

        void defaults(@Observes @Default StreamBeginEvent e) {
            defaults.add(e.streamId());
        }

        List<String> shop() {
            return shop;
        }

        List<String> defaults() {
            return defaults;
        }
    }
}
