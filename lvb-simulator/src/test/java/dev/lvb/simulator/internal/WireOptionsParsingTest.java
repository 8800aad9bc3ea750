package dev.lvb.simulator.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.Map;

import dev.lvb.core.LvbWireOptions;
import dev.lvb.core.wire.LvbParams;
import dev.lvb.core.wire.LvbRequestParams;
import dev.lvb.core.model.ChannelListRequest;
import dev.lvb.core.model.SortOrder;
import dev.lvb.core.model.StopRecordingRequest;

import org.junit.jupiter.api.Test;

/** Requests renamed by {@link LvbWireOptions} are still understood. */
class WireOptionsParsingTest {

    @Test
    void renamedParametersOfARealRequestAreStillUnderstood() {
        LvbWireOptions o = new LvbWireOptions("cmd", true, "order_type", "Mix_Stream");
        StopRecordingRequest stop = StopRecordingRequest.of("2519_a", "18446744073709551615");
        LvbParams sent = rename(LvbRequestParams.of(stop), o);
        assertThat(sent.entries()).containsExactly(entry("Param.s.channel_id", "2519_a"),
                entry("Param.s.task_id", "18446744073709551615"));
        assertThat(RequestParsers.stopRecording(sent)).isEqualTo(stop);

        ChannelListRequest list = ChannelListRequest.all().orderedByCreateTime(SortOrder.DESC);
        LvbParams sentList = rename(LvbRequestParams.of(list), o);
        assertThat(sentList.entries()).containsExactly(entry("Param.s.order_field", "create_time"),
                entry("Param.n.order_type", "1"));
        assertThat(RequestParsers.channelList(sentList)).isEqualTo(list);
    }

    private static LvbParams rename(LvbParams params, LvbWireOptions o) {
        LvbParams.Builder b = LvbParams.builder();
        for (Map.Entry<String, String> e : params.entries()) {
            b.raw(o.wireName(e.getKey()), e.getValue());
        }
        return b.build();
    }
}
