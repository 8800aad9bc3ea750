package dev.lvb.core.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class LvbCloudActionTest {

    @Test
    void onlyTaskCreationAndMixingAreNotRetrySafe() {
        assertThat(Arrays.stream(LvbCloudAction.values()).filter(a -> !a.retrySafe()))
                .containsExactlyInAnyOrder(LvbCloudAction.CREATE_RECORD_TASK, LvbCloudAction.CREATE_COMMON_MIX_STREAM,
                        LvbCloudAction.CANCEL_COMMON_MIX_STREAM);
    }

    @Test
    void wireNamesRoundTrip() {
        for (LvbCloudAction a : LvbCloudAction.values()) {
            assertThat(LvbCloudAction.fromWireName(a.wireName())).contains(a);
        }
        assertThat(LvbCloudAction.fromWireName("describelivestreamstate")).isEmpty();
        assertThat(LvbCloudAction.values()).hasSize(15);
    }
}
