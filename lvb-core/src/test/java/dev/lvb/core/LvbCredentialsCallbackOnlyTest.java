package dev.lvb.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LvbCredentialsCallbackOnlyTest {

    @Test
    void verifiesNotificationsButRefusesLegacyCalls() {
        LvbCredentials c = LvbCredentials.forCallbacksOnly("cbKey123");
        assertThat(c.isCallbackOnly()).isTrue();
        assertThat(c.effectiveCallbackKey()).isEqualTo("cbKey123");
        assertThatThrownBy(c::apiKey).isInstanceOf(IllegalStateException.class).hasMessageContaining("APPID");
        assertThatThrownBy(c::appId).isInstanceOf(IllegalStateException.class);
        assertThat(c.toString()).doesNotContain("cbKey123");
        assertThat(c).isEqualTo(LvbCredentials.forCallbacksOnly("cbKey123"));
        assertThat(LvbCredentials.of(1, "k").isCallbackOnly()).isFalse();
    }
}
