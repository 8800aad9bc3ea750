package dev.lvb.quarkus.deployment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.lvb.callback.LvbCallbackEndpoint;
import dev.lvb.client.LvbApi;
import io.quarkus.arc.Arc;
import io.quarkus.test.QuarkusUnitTest;
import jakarta.inject.Inject;

/** quarkus.lvb.callback.enabled=false: no endpoint, no callback beans; the client still works. */
class LvbCallbackDisabledTest {

    @RegisterExtension
    static final QuarkusUnitTest APP = new QuarkusUnitTest()
            .overrideConfigKey("quarkus.lvb.devservices.enabled", "false")
            .overrideConfigKey("quarkus.lvb.app-id", "1252033264")
            .overrideConfigKey("quarkus.lvb.api-key", "api-key-1")
            .overrideConfigKey("quarkus.lvb.callback.enabled", "false");

    @Inject
    @RestClient
    LvbApi lvb;

    @Test
    void noEndpointAndNoCallbackBeans() {
        given().body("{}").post("/lvb/callback").then().statusCode(404);
        assertThat(Arc.container().instance(LvbCallbackEndpoint.class).isAvailable()).isFalse();
        assertThat(lvb).isNotNull();
    }
}
