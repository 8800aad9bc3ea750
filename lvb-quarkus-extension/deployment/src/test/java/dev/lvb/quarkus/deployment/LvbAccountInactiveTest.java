package dev.lvb.quarkus.deployment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.lvb.client.LvbApi;
import dev.lvb.core.error.LvbTransportException;
import dev.lvb.quarkus.LvbAccount;
import io.quarkus.test.QuarkusUnitTest;
import jakarta.inject.Inject;

/**
 * {@code quarkus.lvb."shop".active=false} switches one account off: the application starts without its
 * credentials, its calls fail with an explanation and its callback path answers 503.
 */
class LvbAccountInactiveTest {

    @RegisterExtension
    static final QuarkusUnitTest APP = new QuarkusUnitTest()
            .overrideConfigKey("quarkus.lvb.devservices.enabled", "false")
            .overrideConfigKey("quarkus.lvb.active", "false")
            .overrideConfigKey("quarkus.lvb.\"shop\".active", "false")
            .overrideConfigKey("quarkus.rest-client.lvb-shop.url", "http://127.0.0.1:9");

    @Inject
    @LvbAccount("shop")
    LvbApi shop;

    @Test
    void callsFailWithAnExplanationAndNotificationsAre503() {
        Throwable thrown = catchThrowable(() -> shop.getStatus("s1"));
        assertThat(thrown).isNotInstanceOf(LvbTransportException.class)
                .hasMessageContaining("quarkus.lvb.\"shop\".active=false");
        given().body("{\"event_type\":1,\"t\":1,\"sign\":\"x\"}").post("/lvb/callback/shop").then().statusCode(503);
    }
}
