package dev.lvb.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

/** Live_Channel_GetStatus, SetStatus, GetChannelList, GetLiveChannelList, channel_manager, Live_Queue_Get. */
class ChannelRequestsTest {
    @Test
    void setStatusCodesFollowTheSpec() {
        assertThat(StreamAction.BAN.code()).isZero();
        assertThat(StreamAction.ALLOW.code()).isEqualTo(1);
        assertThat(StreamAction.DROP.code()).isEqualTo(2);
        assertThat(StreamAction.of(2)).isEqualTo(StreamAction.DROP);
        assertThatIllegalArgumentException().isThrownBy(() -> StreamAction.of(3));
    }

    @Test
    void channelListFilterCodesFollowTheSpec() {
        assertThat(ChannelStatusFilter.INTERRUPTED.code()).isZero();
        assertThat(ChannelStatusFilter.ON.code()).isEqualTo(1);
        assertThat(ChannelStatusFilter.OFF.code()).isEqualTo(3);
    }
}
