package dev.lvb.quarkus.deployment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Map;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.lvb.client.cloud.LvbCloudApi;
import dev.lvb.core.cloud.model.DescribeLiveStreamStateRequest;
import dev.lvb.core.error.LvbTransportException;
import dev.lvb.quarkus.runtime.LvbCloudMetrics;
import io.quarkus.arc.Arc;
import io.quarkus.test.QuarkusUnitTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/**
 * The Cloud API unreachable: its readiness check is DOWN with the typed failure and no secret, the injected client
 * throws {@link LvbTransportException} itself; with {@code quarkus.lvb.metrics.enabled=false} no Cloud API meters.
 */
class LvbCloudHealthDownTest {

    static final String SECRET_KEY = "cloud-health-down-secret-key";

    @RegisterExtension
    static final QuarkusUnitTest APP = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Prometheus.class))
            .overrideConfigKey("quarkus.http.test-port", "0")
            .overrideConfigKey("quarkus.lvb.health.enabled", "true")
            .overrideConfigKey("quarkus.lvb.metrics.enabled", "false")
            .overrideConfigKey("quarkus.lvb.devservices.enabled", "false")
            .overrideConfigKey("quarkus.lvb.callback-key", "cloud-health-down-callback-key")
            .overrideConfigKey("quarkus.lvb.cloud.secret-id", "AKIDcloudhealthdown")
            .overrideConfigKey("quarkus.lvb.cloud.secret-key", SECRET_KEY)
            .overrideConfigKey("quarkus.rest-client.lvb-cloud.url", "http://127.0.0.1:9");

    @Inject
    @RestClient
    LvbCloudApi live;

    @Test
    void downWithTheTypedFailureAndNoSecret() {
        String body = given().get("/q/health/ready").then().statusCode(503).extract().asString();
        JsonPath ready = JsonPath.from(body);
        assertThat(ready.getString("checks.find { it.name == 'LVB Cloud API' }.status")).isEqualTo("DOWN");
        Map<String, Object> data = ready.getMap("checks.find { it.name == 'LVB Cloud API' }.data");
        assertThat(data).containsEntry("action", "DescribeLiveStreamOnlineList")
                .containsEntry("error", LvbTransportException.class.getName()).containsKey("message");
        assertThat(body).doesNotContain(SECRET_KEY);
    }

    @Test
    void transportFailureIsTypedAndNotMetered() {
        var request = new DescribeLiveStreamStateRequest("live", null, "s1");
        assertThat(catchThrowable(() -> live.describeLiveStreamState(request)))
                .isInstanceOfSatisfying(LvbTransportException.class, e -> {
                    assertThat(e.isTimeout()).isFalse();
                    assertThat(e.interfaceName()).isEqualTo("DescribeLiveStreamState");
                });
        assertThat(Prometheus.scrape()).doesNotContain("lvb_cloud");
        assertThat(Arc.container().instance(LvbCloudMetrics.class).isAvailable()).isFalse();
    }
}
