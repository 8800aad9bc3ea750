package dev.lvb.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class LvbWireOptionsTest {
    private static final LvbWireOptions D = LvbWireOptions.DEFAULTS;

    @Test
    void defaultsFollowTheSpec() {
        assertThat(D.fcgiAppIdParam()).isEqualTo("appid");
        assertThat(D.taskIdAsString()).isFalse();
        assertThat(D.channelListOrderParam()).isEqualTo("order_by_type");
        assertThat(D.mixQueryInterface()).isEqualTo("Mix_StreamV2");
    }

    @Test
    void appIdParameterIsAppidOnFcgiAndCmdOnStatcgi() {
        assertThat(D.appIdParam(LvbHost.FCGI)).isEqualTo("appid");
        assertThat(D.appIdParam(LvbHost.STATCGI)).isEqualTo("cmd");
    }

    @Test
    void cmdCanBeUsedOnFcgiAndStatcgiStaysCmd() {
        LvbWireOptions o = new LvbWireOptions("cmd", false, "order_by_type", "Mix_StreamV2");
        assertThat(o.appIdParam(LvbHost.FCGI)).isEqualTo("cmd");
        assertThat(o.appIdParam(LvbHost.STATCGI)).isEqualTo("cmd");
    }

    @Test
    void taskIdIsNumericByDefaultAndCanBeSentAsString() {
        assertThat(D.wireName("Param.n.task_id")).isEqualTo("Param.n.task_id");
        LvbWireOptions o = new LvbWireOptions("appid", true, "order_by_type", "Mix_StreamV2");
        assertThat(o.wireName("Param.n.task_id")).isEqualTo("Param.s.task_id");
        assertThat(o.wireName(LvbWireOptions.TASK_ID)).isEqualTo("Param.s.task_id");
        // nothing else is renamed
        assertThat(o.wireName("Param.n.task_sub_type")).isEqualTo("Param.n.task_sub_type");
        assertThat(o.wireName("Param.s.channel_id")).isEqualTo("Param.s.channel_id");
    }

    @Test
    void orderByTypeCanBeRenamedToOrderType() {
        assertThat(D.wireName("Param.n.order_by_type")).isEqualTo("Param.n.order_by_type");
        LvbWireOptions o = new LvbWireOptions("appid", false, "order_type", "Mix_StreamV2");
        assertThat(o.wireName(LvbWireOptions.ORDER_BY_TYPE)).isEqualTo("Param.n.order_type");
        assertThat(o.wireName("Param.s.order_field")).isEqualTo("Param.s.order_field");
        assertThat(o.wireName("Param.n.task_id")).isEqualTo("Param.n.task_id");
    }

    @Test
    void mixingCallsUseTheConfiguredQueryInterfaceAndOthersTheirOwnName() {
        assertThat(D.queryInterface(LvbInterface.MIX_START)).isEqualTo("Mix_StreamV2");
        assertThat(D.queryInterface(LvbInterface.MIX_CANCEL)).isEqualTo("Mix_StreamV2");
        LvbWireOptions o = new LvbWireOptions("appid", false, "order_by_type",
                "mix_streamv2.start_mix_stream_advanced");
        assertThat(o.queryInterface(LvbInterface.MIX_START)).isEqualTo("mix_streamv2.start_mix_stream_advanced");
        for (LvbInterface i : LvbInterface.values()) {
            if (!i.isMixing()) {
                assertThat(o.queryInterface(i)).isEqualTo(i.wireName());
            }
        }
    }

    @Test
    void rejectsBadValues() {
        assertThatIllegalArgumentException().isThrownBy(() -> new LvbWireOptions("APPID", false, "order_by_type", "x"))
                .withMessageContaining("'APPID'");
        assertThatIllegalArgumentException().isThrownBy(() -> new LvbWireOptions("app_id", false, "order_by_type", "x"));
        assertThatIllegalArgumentException().isThrownBy(() -> new LvbWireOptions("appid", false, "order", "x"))
                .withMessageContaining("'order'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new LvbWireOptions("appid", false, "Param.n.order_type", "x"));
        assertThatIllegalArgumentException().isThrownBy(() -> new LvbWireOptions("appid", false, "order_type", " "))
                .withMessageContaining("blank");
        assertThatIllegalArgumentException().isThrownBy(() -> new LvbWireOptions("appid", false, "order_type", ""));
        assertThatNullPointerException().isThrownBy(() -> new LvbWireOptions(null, false, "order_type", "x"));
        assertThatNullPointerException().isThrownBy(() -> new LvbWireOptions("appid", false, null, "x"));
        assertThatNullPointerException().isThrownBy(() -> new LvbWireOptions("appid", false, "order_type", null));
    }
}
