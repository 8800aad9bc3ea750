package dev.lvb.simulator.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lvb.simulator.LvbSimulatorConfig;

class MainOptionsTest {

    @Test
    void optionsWinOverTheEnvironmentWhichWinsOverDefaults() {
        Map<String, String> env = Map.of("LVB_SIM_APP_ID", "1400000002", "LVB_SIM_API_KEY", "env-key",
                "LVB_SIM_PORT", "9100");
        LvbSimulatorConfig c = Main.config(new String[] {"--port=0", "--callback-url=http://127.0.0.1:8080/lvb",
                "--callback-key=cb-key", "--screenshot-seconds=5", "--bind=0.0.0.0"}, env::get);
        assertThat(c.port()).isZero();
        assertThat(c.appId()).isEqualTo(1400000002L);
        assertThat(c.apiKey()).isEqualTo("env-key");
        assertThat(c.callbackKey()).isEqualTo("cb-key");
        assertThat(c.callbackUrl()).isEqualTo(URI.create("http://127.0.0.1:8080/lvb"));
        assertThat(c.screenshotInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(c.bindAddress()).isEqualTo("0.0.0.0");
        assertThat(Main.config(new String[0], k -> null).port()).isEqualTo(8999);
    }

    @Test
    void badOptionsAreNamed() {
        assertThatThrownBy(() -> Main.config(new String[] {"--prot=1"}, k -> null))
                .hasMessageContaining("unknown option --prot");
        assertThatThrownBy(() -> Main.config(new String[] {"port=1"}, k -> null))
                .hasMessageContaining("not a --name=value option");
        assertThatThrownBy(() -> Main.config(new String[] {"--app-id=abc"}, k -> null))
                .hasMessageContaining("--app-id");
        assertThatThrownBy(() -> Main.config(new String[] {"--port=70000"}, k -> null))
                .hasMessageContaining("port");
    }
}
