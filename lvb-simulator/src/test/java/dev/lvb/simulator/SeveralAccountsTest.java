package dev.lvb.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.lvb.core.LvbCredentials;
import dev.lvb.core.LvbHost;
import dev.lvb.core.LvbSignature;

/** One simulator serving several APPIDs (an application with several LVB accounts), each with its own key. */
class SeveralAccountsTest {

    static final LvbCredentials MAIN = LvbCredentials.of(1250000001L, "main-key");
    static final LvbCredentials SHOP = LvbCredentials.of(1250000002L, "shop-key");

    @Test
    void eachAppIdsCallsAreCheckedWithItsOwnKey() throws Exception {
        try (LvbSimulator sim = LvbSimulator.start(LvbSimulatorConfig.builder().credentials(MAIN).account(SHOP)
                .build())) {
            sim.startPush("1000_a");
            assertThat(status(sim, MAIN.appId(), "main-key")).contains("\"ret\":0");
            assertThat(status(sim, SHOP.appId(), "shop-key")).contains("\"ret\":0");
            assertThat(status(sim, SHOP.appId(), "main-key")).contains("sign invalid");
            assertThat(status(sim, MAIN.appId(), "shop-key")).contains("sign invalid");
            assertThat(status(sim, 1250000003L, "shop-key")).contains("appid");
            assertThat(sim.config().apiKeyOf(SHOP.appId())).contains("shop-key");
            assertThat(sim.config().toString()).doesNotContain("shop-key");
        }
    }

    private static String status(LvbSimulator sim, long appId, String key) throws Exception {
        long t = Instant.now().getEpochSecond() + 60;
        URI uri = URI.create(sim.baseUri().toString().replaceAll("/$", "") + LvbHost.PATH + "?appid=" + appId
                + "&interface=Live_Channel_GetStatus&Param.s.channel_id=1000_a&t=" + t + "&sign="
                + LvbSignature.sign(key, t));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
