package dev.lvb.quarkus.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.URI;
import java.time.Duration;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.lvb.client.cloud.LvbCloudApi;
import dev.lvb.core.cloud.model.DescribeLiveStreamStateRequest;
import dev.lvb.core.cloud.model.DropLiveStreamRequest;
import dev.lvb.core.error.LvbCloudErrorKind;
import dev.lvb.core.error.LvbCloudException;
import dev.lvb.simulator.LvbSimulatorControl;
import io.quarkus.test.QuarkusUnitTest;
import jakarta.inject.Inject;

/** Zero configuration: the Dev Service points the Cloud API 3.0 client at the simulator, with its credentials. */
class LvbCloudDevServiceTest {

    @RegisterExtension
    static final QuarkusUnitTest APP = new QuarkusUnitTest()
            .overrideConfigKey("quarkus.http.test-port", "0");

    @Inject
    @RestClient
    LvbCloudApi live;

    @ConfigProperty(name = "quarkus.lvb.devservices.simulator-url")
    URI simulatorUrl;

    @Test
    void blockingAndReactiveCallsAreSignedAndAnswered() {
        LvbSimulatorControl simulator = LvbSimulatorControl.of(simulatorUrl);
        assertThat(simulator.push("cloud_1").status()).isEqualTo(200);
        DescribeLiveStreamStateRequest request = new DescribeLiveStreamStateRequest("live", null, "cloud_1");
        assertThat(live.describeLiveStreamState(request).streamState()).isEqualTo("active");
        assertThat(live.describeLiveStreamStateAsync(request).await().atMost(Duration.ofSeconds(30)).streamState())
                .isEqualTo("active");

        assertThat(live.dropLiveStream(new DropLiveStreamRequest("cloud_1", null, "live")).requestId()).isNotBlank();
        Throwable reactive = catchThrowable(() -> live.dropLiveStreamAsync(new DropLiveStreamRequest("cloud_1", null,
                "live")).await().atMost(Duration.ofSeconds(30)));
        assertThat(reactive).isInstanceOfSatisfying(LvbCloudException.class, e -> {
            assertThat(e.code()).isEqualTo("FailedOperation.HasNotLivingStream");
            assertThat(e.kind()).isEqualTo(LvbCloudErrorKind.STREAM_NOT_ACTIVE);
            assertThat(e.requestId()).isPresent();
        });
        Throwable blocking = catchThrowable(() -> live.dropLiveStream(new DropLiveStreamRequest("cloud_1", null,
                "live")));
        assertThat(blocking).isInstanceOf(LvbCloudException.class);
    }
}
