package dev.lvb.quarkus.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkus.test.ProdBuildResults;
import io.quarkus.test.ProdModeTestResults;
import io.quarkus.test.QuarkusProdModeTest;

/** Cloud API configuration without its SecretKey and without a callback key: the start fails naming both. */
class LvbCloudMissingConfigTest {

    @RegisterExtension
    static final QuarkusProdModeTest APP = new QuarkusProdModeTest()
            .setApplicationName("lvb-cloud-missing").setApplicationVersion("1")
            .overrideConfigKey("quarkus.http.port", "0")
            .overrideConfigKey("quarkus.lvb.cloud.secret-id", "AKIDonly")
            .setRun(true)
            .setExpectExit(true);

    @ProdBuildResults
    ProdModeTestResults results;

    @Test
    void namesWhatTheCloudOnlyApplicationLacks() {
        assertThat(APP.getExitCode()).isNotZero();
        assertThat(APP.getStartupConsoleOutput()).contains("LVB is not configured")
                .contains("quarkus.lvb.cloud.secret-key (environment variable QUARKUS_LVB_CLOUD_SECRET_KEY)")
                .contains("quarkus.lvb.callback-key (environment variable QUARKUS_LVB_CALLBACK_KEY)")
                .doesNotContain("quarkus.lvb.app-id (environment variable");
    }
}
