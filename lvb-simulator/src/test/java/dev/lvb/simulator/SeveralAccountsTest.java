package dev.lvb.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

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

    @Test
    void aPushBelongsToItsAppIdWhoseKeySignsItsNotificationsSentToItsPath() throws Exception {
        AdjustableClock clock = AdjustableClock.at(Lvb.T0);
        try (CallbackReceiver receiver = new CallbackReceiver("main-callback-key", clock);
                LvbSimulator sim = LvbSimulator.start(Lvb.testConfig(clock)
                        .credentials(MAIN.withCallbackKey("main-callback-key"))
                        .account(SHOP.withCallbackKey("shop-callback-key"))
                        .callbackPath(SHOP.appId(), "/lvb/events/shop").callbackUrl(receiver.url()).build())) {
            sim.startPush("1000_main");
            sim.startPush("1000_shop", PushOptions.defaults().withAppId(SHOP.appId()));
            sim.stopPush("1000_shop");
            assertThatThrownBy(() -> sim.startPush("1000_x", PushOptions.defaults().withAppId(1250000003L)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1250000003");

            List<CallbackRecord> sent = sim.awaitCallbacks(3, Duration.ofSeconds(5));
            CallbackRecord main = sent.get(0);
            assertThat(main.url()).isEqualTo(receiver.url());
            assertThat(main.body().getJsonNumber("appid").longValue()).isEqualTo(MAIN.appId());
            assertThat(main.body().getString("sign")).isEqualTo(sign("main-callback-key", main));
            for (CallbackRecord shop : sent.subList(1, 3)) {
                assertThat(shop.streamId()).isEqualTo("1000_shop");
                assertThat(shop.url().getPath()).isEqualTo("/lvb/events/shop");
                assertThat(shop.url().getPort()).isEqualTo(receiver.url().getPort());
                assertThat(shop.body().getJsonNumber("appid").longValue()).isEqualTo(SHOP.appId());
                assertThat(shop.body().getString("sign")).isEqualTo(sign("shop-callback-key", shop));
            }
            // the receiver checks with the main account's key: the shop's notifications are not signed with it
            assertThat(receiver.await(3, Duration.ofSeconds(5))).extracting(r -> r.verification().accepted())
                    .containsExactlyInAnyOrder(true, false, false);
        }
    }

    private static String sign(String key, CallbackRecord r) {
        return LvbSignature.sign(key, r.body().getJsonNumber("t").longValue());
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
