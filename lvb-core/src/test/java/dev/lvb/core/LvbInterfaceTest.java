package dev.lvb.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LvbInterfaceTest {

    @Test
    void statisticsApisLiveOnStatcgiAndEverythingElseOnFcgi() {
        assertThat(LvbInterface.values()).filteredOn(i -> i.host() == LvbHost.STATCGI).extracting(LvbInterface::wireName)
                .containsExactlyInAnyOrder("Get_LiveStat", "Get_LivePushStat", "Get_LivePlayStat",
                        "Get_LivePushStatHistory", "Get_LivePlayStatHistory");
        assertThat(LvbInterface.CHANNEL_GET_STATUS.host()).isEqualTo(LvbHost.FCGI);
        assertThat(LvbInterface.MIX_START.host()).isEqualTo(LvbHost.FCGI);
    }

    @Test
    void wireNamesAreTheDocumentedOnes() {
        assertThat(LvbInterface.values()).extracting(LvbInterface::wireName).containsExactly("Get_LiveStat",
                "Get_LivePushStat", "Get_LivePlayStat", "Get_LivePushStatHistory", "Get_LivePlayStatHistory",
                "Live_Channel_GetStatus", "Live_Channel_SetStatus", "Live_Tape_GetFilelist", "Live_Queue_Get",
                "Live_Channel_GetChannelList", "Live_Channel_GetLiveChannelList",
                "mix_streamv2.start_mix_stream_advanced", "mix_streamv2.cancel_mix_stream", "channel_manager",
                "Live_Tape_Start", "Live_Tape_Stop");
    }

    @Test
    void nonIdempotentCallsAreNotRetrySafe() {
        assertThat(LvbInterface.values()).filteredOn(i -> !i.retrySafe()).containsExactlyInAnyOrder(
                LvbInterface.QUEUE_GET, LvbInterface.MIX_START, LvbInterface.MIX_CANCEL, LvbInterface.TAPE_START);
    }

    @Test
    void onlyTheTwoMixingOperationsAreMixing() {
        assertThat(LvbInterface.values()).filteredOn(LvbInterface::isMixing)
                .containsExactlyInAnyOrder(LvbInterface.MIX_START, LvbInterface.MIX_CANCEL);
    }

    @ParameterizedTest
    @EnumSource(LvbInterface.class)
    void fromWireNameFindsEveryInterface(LvbInterface i) {
        assertThat(LvbInterface.fromWireName(i.wireName())).contains(i);
    }

    @Test
    void fromWireNameIsCaseSensitiveAndRejectsUnknownNames() {
        assertThat(LvbInterface.fromWireName("live_channel_getstatus")).isEmpty();
        assertThat(LvbInterface.fromWireName("Mix_StreamV2")).isEmpty();
        assertThat(LvbInterface.fromWireName(null)).isEmpty();
    }

    @Test
    void hostsAndTheirAppIdParameters() {
        assertThat(LvbHost.FCGI.defaultBaseUri()).isEqualTo(URI.create("http://fcgi.video.qcloud.com"));
        assertThat(LvbHost.STATCGI.defaultBaseUri()).isEqualTo(URI.create("http://statcgi.video.qcloud.com"));
        assertThat(LvbHost.FCGI.appIdParam()).isEqualTo("appid");
        assertThat(LvbHost.STATCGI.appIdParam()).isEqualTo("cmd");
        assertThat(LvbHost.PATH).isEqualTo("/common_access");
    }
}
