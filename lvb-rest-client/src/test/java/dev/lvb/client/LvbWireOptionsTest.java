package dev.lvb.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import dev.lvb.core.LvbWireOptions;
import dev.lvb.core.model.ChannelListRequest;
import dev.lvb.core.model.SortOrder;
import dev.lvb.core.model.StopRecordingRequest;

/** The wire details LVB's sources disagree on: defaults, and each alternative through the settings. */
class LvbWireOptionsTest extends LvbWireMockSupport {

    private LvbApi with(LvbWireOptions options) {
        LvbClients.close(lvb);
        lvb = client(settings().withWire(options));
        return lvb;
    }

    @Test
    void cmdInsteadOfAppidOnFcgi() {
        stubFcgi(json("{\"ret\":0,\"output\":[]}"));
        with(new LvbWireOptions("cmd", false, "order_by_type", "Mix_StreamV2"));
        call(() -> lvb.getStatus("8888_live1"), FCGI_PATH,
                "cmd=1252500000&interface=Live_Channel_GetStatus&Param.s.channel_id=8888_live1");
    }

    @Test
    void statcgiAlwaysUsesCmd() {
        stubStatcgi(json("{\"ret\":0,\"output\":{}}"));
        with(new LvbWireOptions("appid", false, "order_by_type", "Mix_StreamV2"));
        call(() -> lvb.getLiveStat(), STATCGI_PATH, "cmd=1252500000&interface=Get_LiveStat");
    }

    @Test
    void taskIdAsNumberByDefault() {
        stubFcgi(json("{\"ret\":0}"));
        call(() -> lvb.stopRecording(StopRecordingRequest.of("8888_live1", "123")), FCGI_PATH,
                "appid=1252500000&interface=Live_Tape_Stop&Param.s.channel_id=8888_live1&Param.n.task_id=123");
    }

    @Test
    void taskIdAsString() {
        stubFcgi(json("{\"ret\":0}"));
        with(new LvbWireOptions("appid", true, "order_by_type", "Mix_StreamV2"));
        call(() -> lvb.stopRecording(StopRecordingRequest.of("8888_live1", "123")), FCGI_PATH,
                "appid=1252500000&interface=Live_Tape_Stop&Param.s.channel_id=8888_live1&Param.s.task_id=123");
    }

    @Test
    void orderTypeInsteadOfOrderByType() {
        stubFcgi(json("{\"ret\":0,\"output\":{\"all_count\":0}}"));
        with(new LvbWireOptions("appid", false, "order_type", "Mix_StreamV2"));
        call(() -> lvb.getChannelList(ChannelListRequest.all().orderedByCreateTime(SortOrder.ASC)), FCGI_PATH,
                "appid=1252500000&interface=Live_Channel_GetChannelList&Param.s.order_field=create_time"
                        + "&Param.n.order_type=0");
    }

    @ParameterizedTest
    @ValueSource(strings = { "Mix_StreamV2", "mix_streamv2.start_mix_stream_advanced", "Mix_Stream" })
    void mixingQueryInterface(String value) {
        stubFcgi(json(LvbMixingTest.SUCCESS));
        with(new LvbWireOptions("appid", false, "order_by_type", value));
        call(() -> lvb.startMix(LvbMixingTest.specExample()), FCGI_PATH,
                "appid=1252500000&interface=" + value);
        // the body names the operation whatever the query says
        assertThat(JsonAssert.parse(onlyRequest().getBodyAsString()).getJsonObject("interface")
                .getJsonObject("para").getString("interface")).isEqualTo("mix_streamv2.start_mix_stream_advanced");
    }

    @Test
    void mixingWithCmdOnFcgi() {
        stubFcgi(json(LvbMixingTest.SUCCESS));
        with(new LvbWireOptions("cmd", false, "order_by_type", "Mix_StreamV2"));
        call(() -> lvb.cancelMix(new dev.lvb.core.model.CancelMixRequest("room_1", "1234_a")), FCGI_PATH,
                "cmd=1252500000&interface=Mix_StreamV2");
    }
}
