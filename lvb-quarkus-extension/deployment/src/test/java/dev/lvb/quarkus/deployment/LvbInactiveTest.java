package dev.lvb.quarkus.deployment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.lvb.client.LvbApi;
import dev.lvb.core.error.LvbTransportException;
import io.quarkus.test.QuarkusUnitTest;
import jakarta.inject.Inject;

/** quarkus.lvb.active=false: starts without credentials; calls and notifications explain why they fail. */
class LvbInactiveTest {

    @RegisterExtension
    static final QuarkusUnitTest APP = new QuarkusUnitTest()
            .overrideConfigKey("quarkus.lvb.devservices.enabled", "false")
            .overrideConfigKey("quarkus.rest-client.lvb.url", "http://127.0.0.1:9")
            .overrideConfigKey("quarkus.lvb.active", "false");

    @Inject
    @RestClient
    LvbApi lvb;

    @Test
    void callsFailWithAnExplanationAndNotificationsAre503() {
        Throwable thrown = catchThrowable(() -> lvb.getStatus("s1"));
        assertThat(thrown).isInstanceOf(IllegalStateException.class).isNotInstanceOf(LvbTransportException.class)
                .hasMessageContaining("quarkus.lvb.active=false");
        given().body("{\"event_type\":1,\"t\":1,\"sign\":\"x\"}").post("/lvb/callback").then().statusCode(503);
    }
}
