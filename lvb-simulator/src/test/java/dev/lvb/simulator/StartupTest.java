package dev.lvb.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.lvb.core.LvbInterface;
import dev.lvb.core.model.StreamStatus;
import dev.lvb.core.model.StreamStatusRequest;

/** Start, serve, close: on a free port, and nothing left running (start-up time is measured in benchmarks/). */
class StartupTest {

    @Test
    void startsOnAFreePortAndServesAtOnce() {
        try (LvbSimulator sim = LvbSimulator.start()) {
            assertThat(sim.port()).isPositive();
            assertThat(sim.baseUri().toString()).isEqualTo("http://127.0.0.1:" + sim.port());
            assertThat(sim.apiUri().toString()).endsWith("/common_access");
            sim.startPush("1000_a");
            assertThat(new Lvb(sim).call(LvbInterface.CHANNEL_GET_STATUS, new StreamStatusRequest("1000_a"),
                    StreamStatus.class).isLive()).isTrue();
        }
    }

    @Test
    void twoSimulatorsRunSideBySideAndCloseCleanly() {
        LvbSimulator a = LvbSimulator.start();
        LvbSimulator b = LvbSimulator.start(LvbSimulatorConfig.builder().appId(7).build());
        assertThat(a.port()).isNotEqualTo(b.port());
        a.startPush("1000_a");
        assertThat(b.streams()).isEmpty();
        a.close();
        a.close(); // idempotent
        assertThat(a.isClosed()).isTrue();
        assertThat(Lvb.send(b.baseUri(), "GET", "/simulator", null, null).statusCode()).isEqualTo(200);
        b.close();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> Lvb.send(b.baseUri(), "GET", "/simulator", null, null)).isInstanceOf(RuntimeException.class);
    }

    @Test
    void fixedPortAndBackgroundTicks() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        AdjustableClock clock = AdjustableClock.at(Lvb.T0);
        try (LvbSimulator sim = LvbSimulator.start(LvbSimulatorConfig.builder().port(port).clock(clock)
                .tickInterval(Duration.ofMillis(20)).screenshotInterval(Duration.ofSeconds(5)).build())) {
            assertThat(sim.port()).isEqualTo(port);
            sim.startPush("1000_a");
            clock.advance(Duration.ofSeconds(5));
            // No call: the background ticker takes the screenshot.
            assertThat(sim.awaitCallbacks(r -> r.eventType() == 200, 1, Duration.ofSeconds(5))).hasSize(1);
        }
    }

    @Test
    void configurationIsValidated() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LvbSimulatorConfig.builder().apiKey("a b").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whitespace");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LvbSimulatorConfig.builder().appId(0).build())
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LvbSimulatorConfig.builder()
                .callbackUrl(java.net.URI.create("/relative")).build()).isInstanceOf(IllegalArgumentException.class);
        LvbSimulatorConfig config = LvbSimulatorConfig.builder().callbackKey("secret-cb").build();
        assertThat(config.toString()).doesNotContain(LvbSimulatorConfig.DEFAULT_API_KEY, "secret-cb");
        assertThat(config.toBuilder().build()).isEqualTo(config);
        assertThat(config.effectiveCallbackKey()).isEqualTo("secret-cb");
        assertThat(config.credentials().effectiveCallbackKey()).isEqualTo("secret-cb");
    }
}
