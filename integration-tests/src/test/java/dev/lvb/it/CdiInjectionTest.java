package dev.lvb.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.Test;

import dev.lvb.callback.LvbCallbackSettings;
import dev.lvb.testing.LvbCallbackSender;
import dev.lvb.client.LvbApi;
import dev.lvb.client.LvbReactiveApi;
import dev.lvb.client.LvbClientSettings;
import dev.lvb.core.LvbCredentials;
import dev.lvb.core.event.LvbEvent;
import dev.lvb.core.event.StreamEndEvent;
import dev.lvb.it.app.EventLog;
import dev.lvb.it.wiremock.LvbWireMockResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * What only an in-process test can see, so this class has no {@code @QuarkusIntegrationTest} twin: the injected
 * {@code @RestClient LvbApi} itself, the beans made from {@code quarkus.lvb.*}, and the very event records the
 * application's observers received.
 */
@QuarkusTest
public class CdiInjectionTest extends LvbTestBase {

    @Inject
    @RestClient
    LvbApi injected;

    @Inject
    @RestClient
    LvbReactiveApi injectedReactive;

    @Inject
    EventLog log;

    @Inject
    LvbClientSettings clientSettings;

    @Inject
    LvbCallbackSettings callbackSettings;

    @TestHTTPResource("/hooks/lvb")
    URI callback;

    @Test
    void theInjectedClientCallsLvb() {
        assertThat(injected.getStatus("8888_live").isLive()).isTrue();
        assertThat(await(injectedReactive.getLiveChannelList()).streamIds()).containsExactly("8888_live",
                "8888_other");
        assertThat(allRequests()).hasSize(2);
    }

    @Test
    void configurationReachesTheBeans() {
        assertThat(clientSettings.signatureValidity())
                .isEqualTo(Duration.ofSeconds(TestKeys.SIGNATURE_VALIDITY_SECONDS));
        assertThat(clientSettings.statcgiUrl().toString()).endsWith(LvbWireMockResource.STATCGI);
        LvbCredentials credentials = clientSettings.credentials().credentials();
        assertThat(credentials.appId()).isEqualTo(TestKeys.APP_ID);
        assertThat(credentials.effectiveCallbackKey()).isEqualTo(TestKeys.CALLBACK_KEY);
        assertThat(credentials.toString()).doesNotContain(TestKeys.API_KEY).doesNotContain(TestKeys.CALLBACK_KEY);
        assertThat(callbackSettings.maxBodyBytes()).isEqualTo(16 * 1024);
        assertThat(callbackSettings.verifySignature()).isTrue();
    }

    @Test
    void observersReceiveTheTypedRecord() {
        String id = "8888_cdi_" + UUID.randomUUID().toString().substring(0, 8);
        StreamEndEvent end = new StreamEndEvent(TestKeys.APP_ID, "3954.livepush.myqcloud.com", "live", id, id,
                1471256200L, "5911795891871911817", "123.10.1.1", "127.0.0.1", "", 1, "recv rtmp deleteStream", 3,
                1280, 720, "37", 61234L);
        HttpResponse<String> answer = LvbCallbackSender.post(callback, end, TestKeys.CALLBACK_KEY);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(log.events(id)).containsExactly((LvbEvent) end);
        assertThat(log.counts(id)).isEqualTo(Map.of("LvbEvent", 1, "StreamEndEvent", 1));
    }
}
