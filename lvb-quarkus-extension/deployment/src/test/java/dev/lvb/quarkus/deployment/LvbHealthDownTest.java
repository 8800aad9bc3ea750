package dev.lvb.quarkus.deployment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Map;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.lvb.client.LvbApi;
import dev.lvb.core.error.LvbTransportException;
import dev.lvb.quarkus.runtime.LvbMetrics;
import io.quarkus.arc.Arc;
import io.quarkus.test.QuarkusUnitTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/**
 * LVB unreachable: the readiness check is DOWN and says why, without secrets. Also quarkus.lvb.metrics.enabled=false:
 * no LVB meters although Micrometer is present.
 */
class LvbHealthDownTest {

    static final String KEY = "health-down-secret-key";

    @RegisterExtension
    static final QuarkusUnitTest APP = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Prometheus.class))
            .overrideConfigKey("quarkus.lvb.health.enabled", "true")
            .overrideConfigKey("quarkus.lvb.metrics.enabled", "false")
            .overrideConfigKey("quarkus.lvb.devservices.enabled", "false")
            .overrideConfigKey("quarkus.lvb.app-id", "1252033264")
            .overrideConfigKey("quarkus.lvb.api-key", KEY)
            .overrideConfigKey("quarkus.rest-client.lvb.url", "http://127.0.0.1:9");

    @Inject
    @RestClient
    LvbApi lvb;

    @Test
    void downWithTheFailureAndNoSecret() {
        String body = given().get("/q/health/ready").then().statusCode(503).extract().asString();
        JsonPath ready = JsonPath.from(body);
        assertThat(ready.getString("status")).isEqualTo("DOWN");
        Map<String, Object> data = ready.getMap("checks.find { it.name == 'LVB' }.data");
        assertThat(ready.getString("checks.find { it.name == 'LVB' }.status")).isEqualTo("DOWN");
        assertThat(data).containsEntry("interface", "Live_Channel_GetLiveChannelList")
                .containsEntry("error", LvbTransportException.class.getName()).containsKey("message");
        assertThat(body).doesNotContain(KEY).doesNotContain("sign=");
    }

    @Test
    void noMetricsWhenDisabled() {
        assertThat(catchThrowable(() -> lvb.getStatus("s1"))).isInstanceOf(LvbTransportException.class);
        assertThat(Prometheus.scrape()).doesNotContain("lvb_");
        assertThat(Arc.container().instance(LvbMetrics.class).isAvailable()).isFalse();
    }
}
