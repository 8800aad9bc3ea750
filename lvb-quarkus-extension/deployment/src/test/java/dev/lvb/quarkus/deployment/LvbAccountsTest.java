package dev.lvb.quarkus.deployment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.lvb.client.LvbApi;
import dev.lvb.client.LvbReactiveApi;
import dev.lvb.core.LvbSignature;
import dev.lvb.core.event.LvbEvent;
import dev.lvb.core.event.StreamBeginEvent;
import dev.lvb.quarkus.LvbAccount;
import io.quarkus.arc.Arc;
import io.quarkus.test.QuarkusUnitTest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.spi.EventMetadata;
import jakarta.inject.Inject;

/**
 * A default and two named accounts, each pointed at its own stub: each calls with its own APPID and key, receives
 * its notifications at its own path verified with its own key, and observers see which account an event came from.
 */
class LvbAccountsTest {

    static final String DEFAULT_STUB = Stubs.url("accounts-default");
    static final String SHOP_STUB = Stubs.url("accounts-shop");
    static final String SCHOOL_STUB = Stubs.url("accounts-school");

    @RegisterExtension
    static final QuarkusUnitTest APP = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Events.class, Stubs.class, Prometheus.class))
            .overrideConfigKey("quarkus.lvb.devservices.enabled", "false")
            .overrideConfigKey("quarkus.lvb.health.enabled", "true")
            .overrideConfigKey("quarkus.lvb.app-id", "1252000001")
            .overrideConfigKey("quarkus.lvb.api-key", "default-key")
            .overrideConfigKey("quarkus.rest-client.lvb.url", DEFAULT_STUB)
            .overrideConfigKey("quarkus.lvb.\"shop\".app-id", "1252000002")
            .overrideConfigKey("quarkus.lvb.\"shop\".api-key", "shop-key")
            .overrideConfigKey("quarkus.rest-client.lvb-shop.url", SHOP_STUB)
            .overrideConfigKey("quarkus.lvb.school.app-id", "1252000003")
            .overrideConfigKey("quarkus.lvb.school.api-key", "school-key")
            .overrideConfigKey("quarkus.lvb.school.callback-key", "school-callback-key")
            .overrideConfigKey("quarkus.lvb.school.callback.path", "/hooks/school")
            .overrideConfigKey("quarkus.lvb.school.wire.fcgi-app-id-param", "cmd")
            .overrideConfigKey("quarkus.rest-client.lvb-school.url", SCHOOL_STUB);

    @Inject
    @RestClient
    LvbApi defaultAccount;

    @Inject
    @LvbAccount("shop")
    LvbApi shop;

    @Inject
    @LvbAccount("school")
    LvbReactiveApi school;

    @Inject
    Events events;

    @BeforeEach
    void clear() {
        events.clear();
    }

    @Test
    void eachAccountCallsItsOwnHostWithItsOwnAppIdAndKey() {
        defaultAccount.ban("live_1");
        shop.ban("live_1");
        school.ban("live_1").await().indefinitely();

        assertSigned(Stubs.queries("accounts-default").peek(), "appid=1252000001", "default-key");
        assertSigned(Stubs.queries("accounts-shop").peek(), "appid=1252000002", "shop-key");
        // the school's own wire option
        assertSigned(Stubs.queries("accounts-school").peek(), "cmd=1252000003", "school-key");
        String scrape = Prometheus.scrape();
        assertThat(Prometheus.value(scrape, Prometheus.calls("shop", "Live_Channel_SetStatus", "success")))
                .isGreaterThanOrEqualTo(1);
        assertThat(Prometheus.value(scrape, Prometheus.calls("default", "Live_Channel_SetStatus", "success")))
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void eachAccountReceivesItsNotificationsAtItsOwnPath() {
        post("/lvb/callback", "default-key", "d_1").then().statusCode(200);
        post("/lvb/callback/shop", "shop-key", "s_1").then().statusCode(200);
        post("/hooks/school", "school-callback-key", "c_1").then().statusCode(200);

        assertThat(events.all()).containsExactly("d_1", "s_1", "c_1");
        assertThat(events.shop()).containsExactly("s_1");
        assertThat(events.defaults()).containsExactly("d_1");
        assertThat(events.accounts()).containsExactly("-", "shop", "school");
        // Observers of every account run in a request context, as the default account's (a JAX-RS request) do.
        assertThat(events.requestContexts()).containsExactly(true, true, true);
        String scrape = Prometheus.scrape();
        assertThat(Prometheus.value(scrape, Prometheus.notifications("shop", "1", "accepted"))).isGreaterThanOrEqualTo(1);
        assertThat(Prometheus.value(scrape, Prometheus.notifications("school", "1", "accepted")))
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void everyAccountsPathAnswersOtherMethodsWith405() {
        for (String path : new String[] { "/lvb/callback", "/lvb/callback/shop", "/hooks/school" }) {
            given().get(path).then().statusCode(405).header("Allow", "POST");
            given().put(path).then().statusCode(405);
        }
        assertThat(events.all()).isEmpty();
    }

    @Test
    void aNotificationSignedWithAnotherAccountsKeyIsRefused() {
        post("/lvb/callback/shop", "default-key", "x_1").then().statusCode(401);
        post("/hooks/school", "shop-key", "x_2").then().statusCode(401);
        post("/lvb/callback", "shop-key", "x_3").then().statusCode(401);
        assertThat(events.all()).isEmpty();
    }

    @Test
    void duplicatesAreFilteredPerAccount() {
        String body = notification("shop-key", "dup_1");
        given().body(body).post("/lvb/callback/shop").then().statusCode(200);
        given().body(body).post("/lvb/callback/shop").then().statusCode(200);
        // the same event (but for the t and sign of the default key) at the default account is another account's
        post("/lvb/callback", "default-key", "dup_1").then().statusCode(200);
        assertThat(events.all()).containsExactly("dup_1", "dup_1");
    }

    @Test
    void theReadinessCheckCallsEveryNamedAccount() {
        int before = Stubs.queries("accounts-shop").size();
        String health = given().get("/q/health/ready").then().extract().asString();
        assertThat(health).contains("\"LVB accounts\"").contains("\"shop\"").contains("\"school\"");
        assertThat(Stubs.queries("accounts-shop")).hasSizeGreaterThan(before);
        assertThat(Stubs.queries("accounts-shop").stream().reduce((a, b) -> b).orElseThrow())
                .contains("interface=Live_Channel_GetLiveChannelList");
    }

    @Test
    void anUnconfiguredAccountsCallsExplainWhatIsMissing() {
        // quarkus.lvb."ghost".* was never set: the bean exists (it is injected here) and says what to set
        assertThatThrownBy(() -> ghost().ban("live_1")).hasMessageContaining("quarkus.lvb.\"ghost\".app-id")
                .hasMessageContaining("QUARKUS_LVB__GHOST__APP_ID");
    }

    @Inject
    @LvbAccount("ghost")
    LvbApi ghost;

    LvbApi ghost() {
        return ghost;
    }

    static void assertSigned(String query, String appId, String key) {
        assertThat(query).contains(appId);
        String t = param(query, "t");
        assertThat(param(query, "sign")).isEqualTo(LvbSignature.sign(key, Long.parseLong(t)));
    }

    static String param(String query, String name) {
        for (String pair : query.split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        throw new AssertionError(name + " missing from " + query);
    }

    static io.restassured.response.Response post(String path, String key, String stream) {
        return given().body(notification(key, stream)).post(path);
    }

    static String notification(String key, String stream) {
        long t = Instant.now().getEpochSecond() + 600;
        return "{\"t\":" + t + ",\"sign\":\"" + LvbSignature.sign(key, t) + "\",\"event_type\":1,\"appid\":1,"
                + "\"app\":\"live\",\"stream_id\":\"" + stream + "\",\"channel_id\":\"" + stream + "\"}";
    }

    @ApplicationScoped
    public static class Events {
        private final List<String> all = new CopyOnWriteArrayList<>();
        private final List<String> shop = new CopyOnWriteArrayList<>();
        private final List<String> defaults = new CopyOnWriteArrayList<>();
        private final List<String> accounts = new CopyOnWriteArrayList<>();
        private final List<Boolean> requestContexts = new CopyOnWriteArrayList<>();

        void any(@Observes StreamBeginEvent e, EventMetadata metadata) {
            all.add(e.streamId());
            requestContexts.add(Arc.container().requestContext().isActive());
            accounts.add(metadata.getQualifiers().stream().filter(LvbAccount.class::isInstance)
                    .map(q -> ((LvbAccount) q).value()).findFirst().orElse("-"));
        }

        void shop(@Observes @LvbAccount("shop") LvbEvent e) {
            shop.add(e.streamId());
        }

        void defaults(@Observes @Default StreamBeginEvent e) {
            defaults.add(e.streamId());
        }

        List<String> all() {
            return all;
        }

        List<String> shop() {
            return shop;
        }

        List<String> defaults() {
            return defaults;
        }

        List<String> accounts() {
            return accounts;
        }

        List<Boolean> requestContexts() {
            return requestContexts;
        }

        void clear() {
            all.clear();
            shop.clear();
            defaults.clear();
            accounts.clear();
            requestContexts.clear();
        }
    }
}
