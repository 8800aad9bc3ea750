package dev.lvb.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

/** Every message about where LVB is names the URL really called, LVB's own host included. */
class DemoSettingsTest {

    static DemoSettings settings(Map<String, String> properties) {
        DemoSettings s = new DemoSettings();
        s.config = new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(properties, "test", 500)).build();
        return s;
    }

    @Test
    void withoutAUrlTheClientCallsLvbsOwnHostAndTheMessagesSaySo() {
        DemoSettings s = settings(Map.of("quarkus.lvb.app-id", "1252033264"));
        assertThat(s.lvbUrl()).isEqualTo("http://fcgi.video.qcloud.com");
        assertThat(s.lvbUrlIsDefault()).isTrue();
        assertThat(s.mode()).isEqualTo("lvb");

        DemoBanner banner = new DemoBanner();
        banner.settings = s;
        assertThat(banner.banner(URI.create("http://localhost:8080")))
                .contains("LVB at http://fcgi.video.qcloud.com (LVB's own host", "APPID 1252033264")
                .doesNotContain("LVB at (", "not configured");
    }

    @Test
    void aConfiguredUrlIsNamedAsIs() {
        DemoSettings s = settings(Map.of("quarkus.rest-client.\"lvb\".url", "http://lvb-proxy.example:8000"));
        assertThat(s.lvbUrl()).isEqualTo("http://lvb-proxy.example:8000");
        assertThat(s.lvbUrlIsDefault()).isFalse();
        DemoBanner banner = new DemoBanner();
        banner.settings = s;
        assertThat(banner.banner(URI.create("http://localhost:8080"))).contains("LVB at http://lvb-proxy.example:8000,")
                .doesNotContain("own host");
    }
}
