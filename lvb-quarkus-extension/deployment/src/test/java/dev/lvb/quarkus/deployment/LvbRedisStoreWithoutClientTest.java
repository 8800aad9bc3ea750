package dev.lvb.quarkus.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkus.runtime.configuration.ConfigurationException;
import io.quarkus.test.QuarkusUnitTest;

/** Selecting the Redis store in an application without the Redis client fails the build and says what to add. */
class LvbRedisStoreWithoutClientTest {

    @RegisterExtension
    static final QuarkusUnitTest APP = new QuarkusUnitTest()
            .overrideConfigKey("quarkus.lvb.devservices.enabled", "false")
            .overrideConfigKey("quarkus.lvb.callback.dedupe-store", "redis")
            .assertException(e -> {
                Throwable t = e;
                while (t != null && !(t instanceof ConfigurationException)) {
                    t = t.getCause();
                }
                assertThat(t).isNotNull();
                assertThat(t.getMessage()).contains("quarkus.lvb.callback.dedupe-store=redis")
                        .contains("io.quarkus:quarkus-redis-client");
            });

    @Test
    void buildFails() {
        // the assertion runs on the build failure above
    }
}
