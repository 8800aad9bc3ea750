package dev.lvb.quarkus.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkus.test.ProdBuildResults;
import io.quarkus.test.ProdModeTestResults;
import io.quarkus.test.QuarkusProdModeTest;

/**
 * A production application whose named account lacks its API key does not start, and names the property and its
 * environment variable; the complete default account and the inactive account are not mentioned.
 */
class LvbAccountMissingConfigTest {

    @RegisterExtension
    static final QuarkusProdModeTest APP = new QuarkusProdModeTest()
            .setApplicationName("lvb-account-missing-config").setApplicationVersion("1")
            .overrideConfigKey("quarkus.lvb.app-id", "1252000001")
            .overrideConfigKey("quarkus.lvb.api-key", "default-key")
            .overrideConfigKey("quarkus.lvb.\"shop\".app-id", "1252000002")
            .overrideConfigKey("quarkus.lvb.\"school\".active", "false")
            .setRun(true)
            .setExpectExit(true);

    @ProdBuildResults
    ProdModeTestResults results;

    @Test
    void failsNamingThePropertyAndItsEnvironmentVariable() {
        assertThat(APP.getExitCode()).isNotZero();
        String output = APP.getStartupConsoleOutput();
        assertThat(output).contains("LVB is not configured")
                .contains("quarkus.lvb.\"shop\".api-key (environment variable QUARKUS_LVB__SHOP__API_KEY)")
                .doesNotContain("quarkus.lvb.\"shop\".app-id (")
                .doesNotContain("quarkus.lvb.api-key (")
                .doesNotContain("quarkus.lvb.\"school\".app-id (");
    }
}
