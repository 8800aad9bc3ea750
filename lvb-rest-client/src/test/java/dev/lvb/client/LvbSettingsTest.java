package dev.lvb.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import dev.lvb.core.LvbCredentials;
import dev.lvb.core.LvbCredentialsProvider;
import dev.lvb.core.LvbWireOptions;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

/** Where a client's settings come from, and where its calls go. */
class LvbSettingsTest extends LvbWireMockSupport {

    static final String STATUS_QUERY = "interface=Live_Channel_GetStatus&Param.s.channel_id=8888_live1";

    private static final String[] PROPERTIES = { "lvb.app-id", "lvb.api-key", "lvb.statcgi-url",
            "lvb.signature-validity", "lvb.wire.fcgi-app-id-param" };

    @AfterEach
    void clean() {
        for (String p : PROPERTIES) {
            System.clearProperty(p);
        }
        releaseConfig();
    }

    /** SmallRye Config caches the configuration; drop it so that System properties set now are seen. */
    static void releaseConfig() {
        ConfigProviderResolver.instance().releaseConfig(ConfigProvider.getConfig());
    }

    static LvbApi plainClient() {
        return LvbClients.build(RestClientBuilder.newBuilder().baseUri(fcgiUrl()));
    }

    // ---- resolution order -------------------------------------------------------------------------------

    @Test
    void fromTheClientPropertySetByLvbClients() {
        stubFcgi(json(LvbApiWireTest.STATUS));
        LvbApi created = LvbClients.create(fcgiUrl(), settings());
        try {
            call(() -> created.getStatus("8888_live1"), FCGI_PATH, "appid=1252500000&" + STATUS_QUERY);
        } finally {
            LvbClients.close(created);
        }
    }

    @Test
    void fromMicroProfileConfigWithAPlainRestClientBuilder() {
        System.setProperty("lvb.app-id", "1400000001");
        System.setProperty("lvb.api-key", KEY);
        System.setProperty("lvb.statcgi-url", statcgiUrl().toString());
        System.setProperty("lvb.signature-validity", "PT300S");
        System.setProperty("lvb.wire.fcgi-app-id-param", "cmd");
        releaseConfig();
        stubFcgi(json(LvbApiWireTest.STATUS));
        stubStatcgi(json(LvbApiWireTest.LIVE_STAT));
        LvbApi plain = plainClient();
        try {
            Instant before = Instant.now();
            plain.getStatus("8888_live1");
            plain.getLiveStat();
            Instant after = Instant.now();
            var requests = requests();
            assertThat(requests).hasSize(2);
            var status = requests.stream().filter(r -> r.getUrl().startsWith(FCGI_PATH)).findFirst().orElseThrow();
            var stat = requests.stream().filter(r -> r.getUrl().startsWith(STATCGI_PATH)).findFirst().orElseThrow();
            assertSigned(status, FCGI_PATH, "cmd=1400000001&" + STATUS_QUERY, before, after, Duration.ofSeconds(300));
            assertSigned(stat, STATCGI_PATH, "cmd=1400000001&interface=Get_LiveStat", before, after,
                    Duration.ofSeconds(300));
        } finally {
            LvbClients.close(plain);
        }
    }

    @Test
    void theClientsPropertyComesBeforeTheFiltersSettings() {
        // what the Quarkus extension does: one filter bean made with the default account's settings, and a named
        // account's client carrying its own settings as its property
        System.setProperty("lvb.app-id", "1400000001");
        System.setProperty("lvb.api-key", KEY);
        releaseConfig();
        stubFcgi(json(LvbApiWireTest.STATUS));
        LvbClientSettings given = LvbClientSettings.of(LvbCredentials.of(1400000002L, KEY));
        LvbApi named = LvbClients.build(RestClientBuilder.newBuilder().baseUri(fcgiUrl())
                .register(new dev.lvb.client.internal.LvbRequestFilter(() -> given))
                .property(LvbClientSettings.PROPERTY, LvbClientSettings.of(LvbCredentials.of(1400000003L, KEY))));
        try {
            call(() -> named.getStatus("8888_live1"), FCGI_PATH, "appid=1400000003&" + STATUS_QUERY);
        } finally {
            LvbClients.close(named);
        }
    }

    @Test
    void withoutThePropertyTheFiltersSettingsComeBeforeMicroProfileConfig() {
        System.setProperty("lvb.app-id", "1400000001");
        System.setProperty("lvb.api-key", KEY);
        releaseConfig();
        stubFcgi(json(LvbApiWireTest.STATUS));
        LvbClientSettings given = LvbClientSettings.of(LvbCredentials.of(1400000002L, KEY));
        LvbApi unnamed = LvbClients.build(RestClientBuilder.newBuilder().baseUri(fcgiUrl())
                .register(new dev.lvb.client.internal.LvbRequestFilter(() -> given)));
        try {
            call(() -> unnamed.getStatus("8888_live1"), FCGI_PATH, "appid=1400000002&" + STATUS_QUERY);
        } finally {
            LvbClients.close(unnamed);
        }
    }

    @Test
    void theClientPropertyComesBeforeMicroProfileConfig() {
        System.setProperty("lvb.app-id", "1400000001");
        System.setProperty("lvb.api-key", KEY);
        releaseConfig();
        stubFcgi(json(LvbApiWireTest.STATUS));
        call(() -> lvb.getStatus("8888_live1"), FCGI_PATH, "appid=1252500000&" + STATUS_QUERY);
    }

    @Test
    void aFailingCredentialsProviderIsAConfigurationErrorNotATransportFailure() {
        LvbApi failing = LvbClients.create(fcgiUrl(), LvbClientSettings.of(() -> {
            throw new IllegalStateException("vault sealed");
        }));
        try {
            stubAll(json(LvbApiWireTest.STATUS));
            Throwable thrown = catchThrowable(() -> failing.getStatus("8888_live1"));
            assertThat(thrown).isInstanceOf(IllegalStateException.class)
                    .isNotInstanceOf(dev.lvb.core.error.LvbTransportException.class)
                    .hasMessageContaining("LVB credentials are not available").hasMessageContaining("vault sealed");
            assertThat(requests()).isEmpty();
        } finally {
            LvbClients.close(failing);
        }
    }

    @Test
    void noSettingsAnywhere() {
        releaseConfig();
        stubAll(json(LvbApiWireTest.STATUS));
        LvbApi plain = plainClient();
        try {
            Throwable thrown = catchThrowable(() -> plain.getStatus("8888_live1"));
            assertThat(thrown).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("lvb.app-id is not set").hasMessageContaining("lvb.api-key is not set")
                    .hasMessageContaining("LvbClients");
            Throwable reactive = catchThrowable(() -> reactive(plain).getLiveStat().await().atMost(Duration.ofSeconds(10)));
            assertThat(reactive).isInstanceOf(IllegalStateException.class).hasMessageContaining("lvb.app-id");
            assertThat(requests()).isEmpty();
        } finally {
            LvbClients.close(plain);
        }
    }

    @Test
    void aClientPropertyOfTheWrongType() {
        stubAll(json(LvbApiWireTest.STATUS));
        LvbApi wrong = LvbClients.build(RestClientBuilder.newBuilder().baseUri(fcgiUrl())
                .property(LvbClientSettings.PROPERTY, "app-id=1"));
        try {
            assertThatThrownBy(() -> wrong.getStatus("8888_live1")).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(LvbClientSettings.PROPERTY);
            assertThat(requests()).isEmpty();
        } finally {
            LvbClients.close(wrong);
        }
    }

    @Test
    void credentialsAreAskedForOnEveryRequest() {
        AtomicReference<LvbCredentials> current = new AtomicReference<>(LvbCredentials.of(APP_ID, "first-key"));
        LvbCredentialsProvider rotating = current::get;
        LvbApi client = client(LvbClientSettings.of(rotating).withStatcgiUrl(statcgiUrl()));
        stubFcgi(json(LvbApiWireTest.STATUS));
        try {
            client.getStatus("8888_live1");
            current.set(LvbCredentials.of(1252500001L, "second-key"));
            client.getStatus("8888_live1");
            var urls = requests().stream().map(r -> r.getUrl()).sorted((a, b) -> a.contains("appid=1252500000")
                    ? -1 : 1).toList();
            assertThat(urls.get(0)).contains("appid=1252500000&");
            assertThat(urls.get(1)).contains("appid=1252500001&");
            for (int i = 0; i < 2; i++) {
                String t = urls.get(i).replaceAll(".*&t=(\\d+)&.*", "$1");
                assertThat(urls.get(i)).endsWith("&sign=" + md5((i == 0 ? "first-key" : "second-key") + t));
            }
        } finally {
            LvbClients.close(client);
        }
    }

    @Test
    void specSignatureVectorEndToEnd() {
        // 直播流管理API.md: key 5d41402abc4b2a76b9719d911017c592, t 1471850187 -> b17971b51ba0fe5916ddcd96692e9fb3
        Clock clock = Clock.fixed(Instant.ofEpochSecond(1471850187L - 300), ZoneOffset.UTC);
        LvbApi client = client(settings().withClock(clock).withSignatureValidity(Duration.ofMinutes(5)));
        stubFcgi(json(LvbApiWireTest.STATUS));
        try {
            client.getStatus("8888_live1");
            assertThat(onlyRequest().getUrl()).isEqualTo(FCGI_PATH + "?appid=1252500000&" + STATUS_QUERY
                    + "&t=1471850187&sign=b17971b51ba0fe5916ddcd96692e9fb3");
        } finally {
            LvbClients.close(client);
        }
    }

    // ---- routing ----------------------------------------------------------------------------------------

    @Test
    void oneUrlForBothHosts() {
        stubAll(json("{\"ret\":0,\"output\":[]}"));
        LvbApi same = client(base(), settings().withStatcgiUrl(base()));
        try {
            call(() -> same.getLivePushStat(), "/common_access", "cmd=1252500000&interface=Get_LivePushStat");
            wireMock.resetRequests();
            call(() -> same.getStatus("8888_live1"), "/common_access", "appid=1252500000&" + STATUS_QUERY);
        } finally {
            LvbClients.close(same);
        }
    }

    @Test
    void withoutAStatcgiUrlAStubReceivesTheStatisticsToo() {
        stubAll(json("{\"ret\":0,\"output\":{}}"));
        LvbApi stubbed = client(settings().withStatcgiUrl(null));
        try {
            call(() -> stubbed.getLiveStat(), FCGI_PATH, "cmd=1252500000&interface=Get_LiveStat");
        } finally {
            LvbClients.close(stubbed);
        }
    }

    @Test
    void aSeparateStatcgiHost() {
        WireMockServer statcgi = new WireMockServer(WireMockConfiguration.options().dynamicPort()
                .bindAddress("127.0.0.1"));
        statcgi.start();
        LvbApi client = client(settings().withStatcgiUrl(URI.create("http://127.0.0.1:" + statcgi.port())));
        try {
            statcgi.stubFor(com.github.tomakehurst.wiremock.client.WireMock.any(
                    com.github.tomakehurst.wiremock.client.WireMock.anyUrl()).willReturn(json(LvbApiWireTest.LIVE_STAT)));
            stubAll(json(LvbApiWireTest.STATUS));

            Instant before = Instant.now();
            assertThat(client.getLiveStat().streamCount()).isEqualTo(1);
            assertThat(client.getStatus("8888_live1").isLive()).isTrue();
            Instant after = Instant.now();

            var statRequests = statcgi.findAll(com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(
                    com.github.tomakehurst.wiremock.client.WireMock.anyUrl()));
            assertThat(statRequests).hasSize(1);
            assertSigned(statRequests.get(0), "/common_access", "cmd=1252500000&interface=Get_LiveStat", before, after);
            assertSigned(onlyRequest(), FCGI_PATH, "appid=1252500000&" + STATUS_QUERY, before, after);
        } finally {
            LvbClients.close(client);
            statcgi.stop();
        }
    }

    @Test
    void urlsCopiedWithCommonAccessAreNotDoubled() {
        stubAll(json("{\"ret\":0,\"output\":[]}"));
        LvbApi client = client(URI.create(fcgiUrl() + "/common_access"),
                settings().withStatcgiUrl(URI.create(statcgiUrl() + "/common_access/")));
        try {
            call(() -> client.getStatus("8888_live1"), FCGI_PATH, "appid=1252500000&" + STATUS_QUERY);
            wireMock.resetRequests();
            call(() -> client.getLivePlayStat(), STATCGI_PATH, "cmd=1252500000&interface=Get_LivePlayStat");
        } finally {
            LvbClients.close(client);
        }
    }

    // ---- LvbClientSettings ----------------------------------------------------------------------------------

    static Config config(Map<String, String> properties) {
        return new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(properties, "test", 500)).build();
    }

    static Map<String, String> minimal() {
        Map<String, String> p = new HashMap<>();
        p.put("lvb.app-id", "1252500000");
        p.put("lvb.api-key", KEY);
        return p;
    }

    @Test
    void fromConfigDefaults() {
        LvbClientSettings s = LvbClientSettings.fromConfig(config(minimal()), "lvb.");
        assertThat(s.credentials().credentials()).isEqualTo(LvbCredentials.of(1252500000L, KEY));
        assertThat(s.signatureValidity()).isEqualTo(Duration.ofSeconds(60));
        assertThat(s.statcgiUrl()).isNull();
        assertThat(s.wire()).isEqualTo(LvbWireOptions.DEFAULTS);
        assertThat(s.clock()).isNotNull();
    }

    @Test
    void fromConfigEverything() {
        Map<String, String> p = minimal();
        p.put("lvb.callback-key", "cbkey");
        p.put("lvb.signature-validity", "2m");
        p.put("lvb.statcgi-url", "http://stat.example.com:8080/lvb");
        p.put("lvb.wire.fcgi-app-id-param", "cmd");
        p.put("lvb.wire.task-id-as-string", "true");
        p.put("lvb.wire.channel-list-order-param", "order_type");
        p.put("lvb.wire.mix-query-interface", "mix_streamv2.start_mix_stream_advanced");
        LvbClientSettings s = LvbClientSettings.fromConfig(config(p), "lvb.");
        assertThat(s.credentials().credentials().effectiveCallbackKey()).isEqualTo("cbkey");
        assertThat(s.signatureValidity()).isEqualTo(Duration.ofMinutes(2));
        assertThat(s.statcgiUrl()).isEqualTo(URI.create("http://stat.example.com:8080/lvb"));
        assertThat(s.wire()).isEqualTo(new LvbWireOptions("cmd", true, "order_type",
                "mix_streamv2.start_mix_stream_advanced"));
    }

    @Test
    void fromConfigDurations() {
        for (var c : Map.of("PT90S", 90L, "90", 90L, "45s", 45L, "1h", 3600L, "pt5m", 300L).entrySet()) {
            Map<String, String> p = minimal();
            p.put("lvb.signature-validity", c.getKey());
            assertThat(LvbClientSettings.fromConfig(config(p), "lvb.").signatureValidity().getSeconds())
                    .as(c.getKey()).isEqualTo(c.getValue());
        }
    }

    @Test
    void fromConfigProblemsNameTheProperty() {
        assertThatThrownBy(() -> LvbClientSettings.fromConfig(config(Map.of()), "lvb."))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("lvb.app-id")
                .hasMessageContaining("lvb.api-key");
        Map<String, String> p = minimal();
        p.put("lvb.signature-validity", "soon");
        assertThatThrownBy(() -> LvbClientSettings.fromConfig(config(p), "lvb."))
                .hasMessageContaining("lvb.signature-validity");
        p.put("lvb.signature-validity", "0");
        assertThatThrownBy(() -> LvbClientSettings.fromConfig(config(p), "lvb."))
                .hasMessageContaining("lvb.signature-validity").hasMessageContaining("positive");
        p.put("lvb.signature-validity", "500ms");
        assertThatThrownBy(() -> LvbClientSettings.fromConfig(config(p), "lvb.")).hasMessageContaining("1 second");
        Map<String, String> q = minimal();
        q.put("lvb.wire.fcgi-app-id-param", "app");
        assertThatThrownBy(() -> LvbClientSettings.fromConfig(config(q), "lvb.")).hasMessageContaining("lvb.wire.");
        Map<String, String> r = minimal();
        r.put("lvb.wire.task-id-as-string", "yes");
        assertThat(LvbClientSettings.fromConfig(config(r), "lvb.").wire().taskIdAsString()).isTrue();
        r.put("lvb.wire.task-id-as-string", "maybe");
        assertThatThrownBy(() -> LvbClientSettings.fromConfig(config(r), "lvb."))
                .hasMessageContaining("lvb.wire.task-id-as-string");
        Map<String, String> u = minimal();
        u.put("lvb.statcgi-url", "statcgi.example.com");
        assertThatThrownBy(() -> LvbClientSettings.fromConfig(config(u), "lvb.")).hasMessageContaining("statcgi");
    }

    @Test
    void aKeyWithALineBreakIsRefusedWithoutShowingIt() {
        Map<String, String> p = minimal();
        p.put("lvb.api-key", KEY + "\n");
        Throwable thrown = catchThrowable(() -> LvbClientSettings.fromConfig(config(p), "lvb."));
        assertThat(thrown).isInstanceOf(IllegalStateException.class).hasMessageContaining("line break");
        assertThat(thrown.getMessage()).doesNotContain(KEY);
    }

    @Test
    void toStringShowsNoSecret() {
        LvbClientSettings s = settings();
        assertThat(s.toString()).doesNotContain(KEY).contains("signatureValidity=PT1M").contains(statcgiUrl().toString());
        assertThat(LvbClientSettings.of(LvbCredentials.of(1L, KEY)).toString()).doesNotContain(KEY);
    }

    @Test
    void constructorDefaultsAndChecks() {
        LvbClientSettings s = new LvbClientSettings(LvbCredentialsProvider.of(LvbCredentials.of(1L, KEY)), null, null,
                null, null);
        assertThat(s.signatureValidity()).isEqualTo(Duration.ofSeconds(60));
        assertThat(s.wire()).isEqualTo(LvbWireOptions.DEFAULTS);
        assertThatThrownBy(() -> s.withSignatureValidity(Duration.ofMillis(500)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s.withStatcgiUrl(URI.create("/relative"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s.withStatcgiUrl(URI.create("ftp://x"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LvbClientSettings(null, null, null, null, null))
                .isInstanceOf(NullPointerException.class);
    }
}
