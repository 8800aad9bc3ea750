package dev.lvb.quarkus.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.lvb.client.cloud.LvbCloudApi;
import dev.lvb.core.cloud.LvbCloudCredentials;
import dev.lvb.core.cloud.LvbCloudCredentialsProvider;
import dev.lvb.core.cloud.model.DescribeLiveStreamStateRequest;
import dev.lvb.core.error.LvbCloudErrorKind;
import dev.lvb.core.error.LvbCloudException;
import io.quarkus.test.QuarkusUnitTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * The application's own LvbCloudCredentialsProvider bean replaces the configuration, is asked on every call, and the
 * simulator refuses its unknown SecretId the way Tencent does.
 */
class LvbCloudCustomCredentialsTest {

    @RegisterExtension
    static final QuarkusUnitTest APP = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Temporary.class))
            .overrideConfigKey("quarkus.http.test-port", "0");

    @Inject
    @RestClient
    LvbCloudApi live;

    @Inject
    Temporary provider;

    @Test
    void theProviderBeanSignsEveryCall() {
        DescribeLiveStreamStateRequest request = new DescribeLiveStreamStateRequest(null, null, "s");
        for (int i = 0; i < 2; i++) {
            Throwable t = catchThrowable(() -> live.describeLiveStreamState(request));
            assertThat(t).isInstanceOfSatisfying(LvbCloudException.class, e -> {
                assertThat(e.code()).isEqualTo("AuthFailure.SecretIdNotFound");
                assertThat(e.kind()).isEqualTo(LvbCloudErrorKind.AUTH_FAILURE);
            });
        }
        assertThat(provider.calls.get()).isEqualTo(2);
    }

    @Singleton
    public static class Temporary implements LvbCloudCredentialsProvider {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public LvbCloudCredentials credentials() {
            calls.incrementAndGet();
            return new LvbCloudCredentials("AKIDtemporary", "temporary-key", "session-token");
        }
    }
}
