package dev.lvb.quarkus.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.lvb.callback.LvbCallbackSettings;
import dev.lvb.client.LvbApi;
import dev.lvb.client.LvbClientSettings;
import dev.lvb.core.LvbCredentials;
import dev.lvb.core.LvbCredentialsProvider;
import dev.lvb.core.model.StreamState;
import dev.lvb.simulator.LvbSimulatorControl;
import io.quarkus.test.QuarkusUnitTest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The credentials provider is a default bean: an application's own provider (a vault, rotation) replaces it, with no
 * key in the configuration. Also: every run-time setting reaches the beans.
 */
class LvbCustomCredentialsTest {

    static final String SIMULATOR_URL = Simulators.url("custom-credentials",
            LvbCredentials.of(1400000009L, "vault-key"));

    @RegisterExtension
    static final QuarkusUnitTest APP = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(VaultCredentials.class, Simulators.class))
            .overrideConfigKey("quarkus.rest-client.lvb.url", SIMULATOR_URL)
            .overrideConfigKey("quarkus.lvb.signature-validity", "5m")
            .overrideConfigKey("quarkus.lvb.statcgi-url", SIMULATOR_URL)
            .overrideConfigKey("quarkus.lvb.wire.fcgi-app-id-param", "cmd")
            .overrideConfigKey("quarkus.lvb.wire.task-id-as-string", "true")
            .overrideConfigKey("quarkus.lvb.wire.channel-list-order-param", "order_type")
            .overrideConfigKey("quarkus.lvb.wire.mix-query-interface", "mix_streamv2.start_mix_stream_advanced")
            .overrideConfigKey("quarkus.lvb.callback.clock-skew", "5s")
            .overrideConfigKey("quarkus.lvb.callback.max-lifetime", "15m")
            .overrideConfigKey("quarkus.lvb.callback.dedupe-window", "1h")
            .overrideConfigKey("quarkus.lvb.callback.dedupe-max-entries", "500")
            .overrideConfigKey("quarkus.lvb.callback.dedupe-lease", "12s")
            .overrideConfigKey("quarkus.lvb.callback.verify-signature", "false");

    @Inject
    @RestClient
    LvbApi lvb;

    @Inject
    LvbClientSettings client;

    @Inject
    LvbCallbackSettings callback;

    @Test
    void theApplicationsProviderSignsTheCalls() {
        LvbSimulatorControl.of(java.net.URI.create(SIMULATOR_URL)).push("vault_1");
        assertThat(lvb.getStatus("vault_1").state()).isEqualTo(StreamState.LIVE);
        assertThat(client.credentials()).isInstanceOf(VaultCredentials.class);
    }

    @Test
    void everySettingReachesTheBeans() {
        assertThat(client.signatureValidity()).isEqualTo(Duration.ofMinutes(5));
        assertThat(client.statcgiUrl()).hasToString(SIMULATOR_URL);
        assertThat(client.wire().fcgiAppIdParam()).isEqualTo("cmd");
        assertThat(client.wire().taskIdAsString()).isTrue();
        assertThat(client.wire().channelListOrderParam()).isEqualTo("order_type");
        assertThat(client.wire().mixQueryInterface()).isEqualTo("mix_streamv2.start_mix_stream_advanced");
        assertThat(callback.clockSkew()).isEqualTo(Duration.ofSeconds(5));
        assertThat(callback.maxLifetime()).isEqualTo(Duration.ofMinutes(15));
        assertThat(callback.dedupeWindow()).isEqualTo(Duration.ofHours(1));
        assertThat(callback.dedupeMaxEntries()).isEqualTo(500);
        assertThat(callback.dedupeLease()).isEqualTo(Duration.ofSeconds(12));
        assertThat(callback.verifySignature()).isFalse();
    }

    @ApplicationScoped
    public static class VaultCredentials implements LvbCredentialsProvider {
        @Override
        public LvbCredentials credentials() {
            return LvbCredentials.of(1400000009L, "vault-key");
        }
    }
}
