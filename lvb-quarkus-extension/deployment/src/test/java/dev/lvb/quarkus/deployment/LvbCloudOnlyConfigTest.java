package dev.lvb.quarkus.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkus.test.ProdBuildResults;
import io.quarkus.test.ProdModeTestResults;
import io.quarkus.test.QuarkusProdModeTest;

/**
 * A production application that uses only the Cloud API 3.0 and callbacks: SecretId, SecretKey and the callback key
 * are enough, no legacy APPID or API key.
 */
class LvbCloudOnlyConfigTest {

    @RegisterExtension
    static final QuarkusProdModeTest APP = new QuarkusProdModeTest()
            .setApplicationName("lvb-cloud-only").setApplicationVersion("1")
            .overrideConfigKey("quarkus.http.port", "0")
            .overrideConfigKey("quarkus.lvb.cloud.secret-id", "AKIDprodOnly")
            .overrideConfigKey("quarkus.lvb.cloud.secret-key", "cloud-only-secret-key")
            .overrideConfigKey("quarkus.lvb.callback-key", "cloud-only-callback-key")
            .setRun(true);

    @ProdBuildResults
    ProdModeTestResults results;

    @Test
    void startsWithoutLegacyCredentials() {
        String output = APP.getStartupConsoleOutput();
        assertThat(output).doesNotContain("LVB is not configured").contains("started in")
                .doesNotContain("cloud-only-secret-key").doesNotContain("cloud-only-callback-key");
    }
}
