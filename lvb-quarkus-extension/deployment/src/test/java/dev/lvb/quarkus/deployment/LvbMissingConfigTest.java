package dev.lvb.quarkus.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkus.test.ProdBuildResults;
import io.quarkus.test.ProdModeTestResults;
import io.quarkus.test.QuarkusProdModeTest;

/** A production application without LVB credentials does not start, and says which properties to set. */
class LvbMissingConfigTest {

    @RegisterExtension
    static final QuarkusProdModeTest APP = new QuarkusProdModeTest()
            .setApplicationName("lvb-missing-config").setApplicationVersion("1")
            .setRun(true)
            .setExpectExit(true);

    @ProdBuildResults
    ProdModeTestResults results;

    @Test
    void failsWithOneReadableMessage() {
        assertThat(APP.getExitCode()).isNotZero();
        String output = APP.getStartupConsoleOutput();
        assertThat(output).contains("LVB is not configured")
                .contains("quarkus.lvb.app-id (environment variable QUARKUS_LVB_APP_ID)")
                .contains("quarkus.lvb.api-key (environment variable QUARKUS_LVB_API_KEY)")
                .contains("quarkus.lvb.active=false");
    }
}
