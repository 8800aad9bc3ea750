package dev.lvb.core.json;

import static dev.lvb.core.testing.TestJson.fixtureText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lvb.core.LvbInterface;
import dev.lvb.core.error.LvbApiException;
import dev.lvb.core.error.LvbErrorCode;
import dev.lvb.core.error.LvbFrontEndException;
import dev.lvb.core.error.LvbFrontEndException.Reason;
import dev.lvb.core.error.LvbMixErrorCode;
import dev.lvb.core.error.LvbMixException;
import dev.lvb.core.error.LvbProtocolException;
import dev.lvb.core.model.ChannelList;
import dev.lvb.core.model.LiveChannelList;
import dev.lvb.core.model.LiveStat;
import dev.lvb.core.model.MixResult;
import dev.lvb.core.model.PlayStatHistory;
import dev.lvb.core.model.RecordingFiles;
import dev.lvb.core.model.RecordingTask;
import dev.lvb.core.model.ScreenshotQueue;
import dev.lvb.core.model.StreamState;
import dev.lvb.core.model.StreamStatus;
import dev.lvb.core.model.StreamStatusEntry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LvbRepliesTest {

    private static final LvbInterface STATUS = LvbInterface.CHANNEL_GET_STATUS;

    @Test
    void successBindsTheOutputArrayOfGetStatus() {
        StreamStatus s = LvbReplies.decode(STATUS, fixtureText("get-status.json"), StreamStatus.class);
        assertThat(s.entries()).containsExactly(new StreamStatusEntry(0, 1, 1, 1280, 720));
        assertThat(s.isLive()).isTrue();
    }

    @Test
    void getStatusOutputAsAnObjectIsReadToo() {
        StreamStatus s = LvbReplies.decode(STATUS,
                "{\"ret\":0,\"message\":\"\",\"output\":{\"rate_type\":0,\"recv_type\":1,\"status\":0}}",
                StreamStatus.class);
        assertThat(s.entries()).containsExactly(new StreamStatusEntry(0, 1, 0, null, null));
        assertThat(s.state()).isEqualTo(StreamState.INTERRUPTED);
    }

    @Test
    void getStatusWithSeveralEntries() {
        StreamStatus s = LvbReplies.decode(STATUS, """
                {"ret":0,"output":[{"rate_type":0,"recv_type":1,"status":0},{"rate_type":10,"recv_type":2,"status":1}]}""",
                StreamStatus.class);
        assertThat(s.entries()).hasSize(2);
        assertThat(s.isLive()).isTrue();
    }

    @ParameterizedTest(name = "output {0}")
    @ValueSource(strings = { "", ",\"output\":null", ",\"output\":[]", ",\"output\":\"\"" })
    void emptyGetStatusOutputIsAnEmptyStatus(String output) {
        StreamStatus s = LvbReplies.decode(STATUS, "{\"ret\":0,\"message\":\"\"" + output + "}", StreamStatus.class);
        assertThat(s.entries()).isEmpty();
        assertThat(s.state()).isEqualTo(StreamState.UNKNOWN);
    }

    @ParameterizedTest(name = "output {0}")
    @ValueSource(strings = { "", ",\"output\":null", ",\"output\":[]", ",\"output\":\"\"", ",\"output\":{}" })
    void emptyOutputIsAnEmptyResultObject(String output) {
        // spec §2.1: "If the stream is not live, output is empty"
        LiveStat s = LvbReplies.decode(LvbInterface.GET_LIVE_STAT, "{\"ret\":0,\"message\":\"\"" + output + "}",
                LiveStat.class);
        assertThat(s).isEqualTo(new LiveStat(null, null, null, null, null));
        assertThat(s.streamInfo()).isEmpty();
        RecordingFiles f = LvbReplies.decode(LvbInterface.TAPE_GET_FILELIST, "{\"ret\":0" + output + "}",
                RecordingFiles.class);
        assertThat(f.fileList()).isEmpty();
        assertThat(f.allCount()).isNull();
    }

    @Test
    void aOneElementOutputArrayIsItsElement() {
        LiveStat s = LvbReplies.decode(LvbInterface.GET_LIVE_STAT,
                "{\"ret\":0,\"output\":[{\"stream_count\":1,\"stream_info\":[]}]}", LiveStat.class);
        assertThat(s.streamCount()).isEqualTo(1);
    }

    @Test
    void everyOutputTypeDecodesFromItsFixture() {
        assertThat(LvbReplies.decode(LvbInterface.GET_LIVE_STAT, fixtureText("live-stat.json"), LiveStat.class)
                .streamInfo()).hasSize(2);
        assertThat(LvbReplies.decode(LvbInterface.GET_LIVE_PLAY_STAT_HISTORY, fixtureText("play-stat-history.json"),
                PlayStatHistory.class).sumInfo().sumFlux()).isEqualTo(35.625);
        assertThat(LvbReplies.decode(LvbInterface.TAPE_GET_FILELIST, fixtureText("recording-files.json"),
                RecordingFiles.class).allCount()).isEqualTo(2);
        assertThat(LvbReplies.decode(LvbInterface.QUEUE_GET, fixtureText("queue-get.json"), ScreenshotQueue.class)
                .data()).hasSize(2);
        assertThat(LvbReplies.decode(LvbInterface.CHANNEL_GET_CHANNEL_LIST, fixtureText("channel-list.json"),
                ChannelList.class).channelList()).hasSize(2);
        assertThat(LvbReplies.decode(LvbInterface.CHANNEL_GET_LIVE_CHANNEL_LIST,
                fixtureText("live-channel-list-strings.json"), LiveChannelList.class).streamIds())
                .containsExactly("2519_a", "2519_b");
    }

    @Test
    void recordingTaskIdSentAsAJsonNumberAboveLongMaxKeepsEveryDigit() {
        RecordingTask task = LvbReplies.decode(LvbInterface.TAPE_START,
                "{\"ret\":0,\"output\":{\"task_id\":18446744073709551615}}", RecordingTask.class);
        assertThat(task.taskId()).isEqualTo("18446744073709551615");
        assertThat(task.taskIdValue().toString()).isEqualTo("18446744073709551615");
    }

    @Test
    void voidOutputReturnsNull() {
        assertThat(LvbReplies.decode(LvbInterface.CHANNEL_SET_STATUS, "{\"ret\":0,\"message\":\"\"}", Void.class))
                .isNull();
        assertThat(LvbReplies.decode(LvbInterface.TAPE_STOP, "{\"ret\":\"0\",\"message\":\"ok\",\"output\":\"x\"}",
                Void.class)).isNull();
    }

    @Test
    void nonZeroRetIsAnApiExceptionWithRetRetcodeAndMessage() {
        assertThatThrownBy(() -> LvbReplies.decode(STATUS, fixtureText("get-status-20601.json"), StreamStatus.class))
                .isInstanceOfSatisfying(LvbApiException.class, e -> {
                    assertThat(e.ret()).isEqualTo(20601);
                    assertThat(e.retcode()).contains(20601);
                    assertThat(e.lvbMessage()).isEqualTo("stream not exist");
                    assertThat(e.errorCode()).contains(LvbErrorCode.STREAM_NEVER_PUSHED);
                    assertThat(e.interfaceName()).isEqualTo("Live_Channel_GetStatus");
                    assertThat(e.getMessage()).contains("[Live_Channel_GetStatus]").contains("20601")
                            .contains("stream not exist");
                });
    }

    @Test
    void noDataIsError10003() {
        assertThatThrownBy(() -> LvbReplies.decode(LvbInterface.GET_LIVE_PLAY_STAT_HISTORY,
                "{\"ret\":10003,\"retcode\":10003,\"errmsg\":\"query data is empty\",\"message\":\"\"}",
                PlayStatHistory.class)).isInstanceOfSatisfying(LvbApiException.class, e -> {
                    assertThat(e.errorCode()).contains(LvbErrorCode.QUERY_DATA_EMPTY);
                    // message is empty, so errmsg is used
                    assertThat(e.lvbMessage()).isEqualTo("query data is empty");
                    assertThat(e.interfaceName()).isEqualTo("Get_LivePlayStatHistory");
                });
    }

    @Test
    void retAsAStringAndWithoutRetcode() {
        assertThatThrownBy(() -> LvbReplies.decode(LvbInterface.GET_LIVE_STAT,
                "{\"ret\":\"1202\",\"message\":\"frequency limit\"}", LiveStat.class))
                .isInstanceOfSatisfying(LvbApiException.class, e -> {
                    assertThat(e.ret()).isEqualTo(1202);
                    assertThat(e.retcode()).isEmpty();
                    assertThat(e.errorCode()).contains(LvbErrorCode.INVALID_REQUEST_OR_RATE_LIMITED);
                });
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', value = {
            "appid is invalid|message|APPID_INVALID", "cmd is invalid|message|CMD_INVALID",
            "sign invalid|message|SIGN_INVALID", "time expired|message|TIME_EXPIRED",
            "appid is invalid|errmsg|APPID_INVALID", "cmd is invalid|errmsg|CMD_INVALID",
            "sign invalid|errmsg|SIGN_INVALID", "time expired|errmsg|TIME_EXPIRED" })
    void frontEndTextsInsideJsonAreFrontEndRefusals(String text, String field, Reason reason) {
        String withRet = "{\"ret\":-1,\"retcode\":-1,\"" + field + "\":\"" + text + "\"}";
        String withoutRet = "{\"" + field + "\":\"" + text + "\"}";
        for (String body : new String[] { withRet, withoutRet }) {
            assertThatThrownBy(() -> LvbReplies.decode(STATUS, body, StreamStatus.class))
                    .isInstanceOfSatisfying(LvbFrontEndException.class, e -> {
                        assertThat(e.reason()).isEqualTo(reason);
                        assertThat(e.interfaceName()).isEqualTo("Live_Channel_GetStatus");
                        assertThat(e.lvbMessage()).isEqualTo(text);
                    });
        }
    }

    @ParameterizedTest(name = "bare \"{0}\"")
    @CsvSource({ "appid is invalid, APPID_INVALID", "cmd is invalid, CMD_INVALID", "sign invalid, SIGN_INVALID",
            "time expired, TIME_EXPIRED", "'  Sign Invalid\n', SIGN_INVALID" })
    void frontEndTextsAsBareBodiesAreFrontEndRefusals(String body, Reason reason) {
        assertThatThrownBy(() -> LvbReplies.decode(LvbInterface.GET_LIVE_STAT, body, LiveStat.class))
                .isInstanceOfSatisfying(LvbFrontEndException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.interfaceName()).isEqualTo("Get_LiveStat");
                    assertThat(e.lvbMessage()).isEqualTo(body.strip());
                });
    }

    @Test
    void aFrontEndTextIsNotAnErrorWhenRetIsZero() {
        StreamStatus s = LvbReplies.decode(STATUS, "{\"ret\":0,\"message\":\"sign invalid\",\"output\":[]}",
                StreamStatus.class);
        assertThat(s.entries()).isEmpty();
    }

    @ParameterizedTest(name = "body \"{0}\"")
    @ValueSource(strings = { "<html><body><h1>502 Bad Gateway</h1></body></html>", "", "   \n",
            "garbage", "[{\"ret\":0}]", "{\"ret\":0", "{\"ret\":0}{\"ret\":1}x", "{ret:0}", "\"ok\"" })
    void bodiesThatAreNotOneJsonObjectAreProtocolErrorsNamingTheInterface(String body) {
        assertThatThrownBy(() -> LvbReplies.decode(LvbInterface.TAPE_GET_FILELIST, body, RecordingFiles.class))
                .isInstanceOfSatisfying(LvbProtocolException.class, e -> {
                    assertThat(e.interfaceName()).isEqualTo("Live_Tape_GetFilelist");
                    assertThat(e.getMessage()).startsWith("[Live_Tape_GetFilelist]");
                });
    }

    @Test
    void emptyBodyIsCalledEmpty() {
        assertThatThrownBy(() -> LvbReplies.decode(STATUS, "", StreamStatus.class))
                .isInstanceOf(LvbProtocolException.class).hasMessageContaining("empty body");
    }

    @Test
    void replyWithoutRetIsAProtocolError() {
        assertThatThrownBy(() -> LvbReplies.decode(STATUS, "{\"message\":\"ok\",\"output\":[]}", StreamStatus.class))
                .isInstanceOfSatisfying(LvbProtocolException.class, e -> {
                    assertThat(e.interfaceName()).isEqualTo("Live_Channel_GetStatus");
                    assertThat(e.getMessage()).contains("no 'ret'");
                });
        assertThatThrownBy(() -> LvbReplies.decode(STATUS, "{\"ret\":\"zero\"}", StreamStatus.class))
                .isInstanceOf(LvbProtocolException.class).hasMessageContaining("'ret' is not an integer");
        assertThatThrownBy(() -> LvbReplies.decode(STATUS, "{\"ret\":0.5}", StreamStatus.class))
                .isInstanceOf(LvbProtocolException.class).hasMessageContaining("'ret' is not an integer");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "GET_LIVE_STAT|{\"ret\":0,\"output\":{\"stream_count\":{}}}",
            "GET_LIVE_STAT|{\"ret\":0,\"output\":{\"stream_info\":{}}}",
            "GET_LIVE_STAT|{\"ret\":0,\"output\":{\"stream_info\":[{\"fps\":\"fast\"}]}}",
            "GET_LIVE_STAT|{\"ret\":0,\"output\":{\"total_bandwidth\":1E+400}}",
            "TAPE_GET_FILELIST|{\"ret\":0,\"output\":{\"all_count\":\"abc\"}}",
            "TAPE_GET_FILELIST|{\"ret\":0,\"output\":{\"all_count\":3000000000}}",
            "TAPE_GET_FILELIST|{\"ret\":0,\"output\":5}",
            "TAPE_GET_FILELIST|{\"ret\":0,\"output\":[5]}",
            "CHANNEL_GET_STATUS|{\"ret\":0,\"output\":[{\"status\":\"on\"}]}",
            "CHANNEL_GET_STATUS|{\"ret\":0,\"output\":[1]}",
            "CHANNEL_GET_STATUS|{\"ret\":0,\"output\":7}",
            "CHANNEL_GET_LIVE_CHANNEL_LIST|{\"ret\":0,\"output\":{\"channel_list\":[1]}}",
            "CHANNEL_GET_LIVE_CHANNEL_LIST|{\"ret\":0,\"output\":{\"channel_list\":\"a,b\"}}",
            "GET_LIVE_PLAY_STAT_HISTORY|{\"ret\":0,\"output\":{\"sum_info\":12}}" })
    void wrongValueTypesAreProtocolErrorsNamingTheInterface(LvbInterface api, String body) {
        Class<?> type = switch (api) {
            case GET_LIVE_STAT -> LiveStat.class;
            case TAPE_GET_FILELIST -> RecordingFiles.class;
            case CHANNEL_GET_STATUS -> StreamStatus.class;
            case CHANNEL_GET_LIVE_CHANNEL_LIST -> LiveChannelList.class;
            default -> PlayStatHistory.class;
        };
        assertThatThrownBy(() -> LvbReplies.decode(api, body, type))
                .isInstanceOfSatisfying(LvbProtocolException.class, e -> {
                    assertThat(e.interfaceName()).isEqualTo(api.wireName());
                    assertThat(e.getMessage()).startsWith("[" + api.wireName() + "]");
                });
    }

    @Test
    void protocolErrorsStayShortForHugeNumbers() {
        assertThatThrownBy(() -> LvbReplies.decode(LvbInterface.TAPE_GET_FILELIST,
                "{\"ret\":0,\"output\":{\"all_count\":1E+100000000}}", RecordingFiles.class))
                .isInstanceOf(LvbProtocolException.class)
                .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(1000));
        assertThatThrownBy(() -> LvbReplies.decode(LvbInterface.TAPE_GET_FILELIST,
                "{\"ret\":0,\"output\":{\"all_count\":1E-100000000}}", RecordingFiles.class))
                .isInstanceOf(LvbProtocolException.class)
                .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(1000));
    }

    // --- stream mixing: "code", not "ret"

    @Test
    void mixingCodeZeroIsAMixResult() {
        MixResult r = LvbReplies.decodeMix(LvbInterface.MIX_START, fixtureText("mix-response.json"));
        assertThat(r).isEqualTo(new MixResult(0, "Success!", "1527240138", 1490079362L));
    }

    @Test
    void mixingErrorCodeIsAMixException() {
        assertThatThrownBy(() -> LvbReplies.decodeMix(LvbInterface.MIX_START, fixtureText("mix-response-505.json")))
                .isInstanceOfSatisfying(LvbMixException.class, e -> {
                    assertThat(e.mixCode()).isEqualTo(-505);
                    assertThat(e.errorCode()).contains(LvbMixErrorCode.INPUT_STREAM_NOT_FOUND);
                    assertThat(e.lvbMessage()).isEqualTo("input stream not exist");
                    assertThat(e.interfaceName()).isEqualTo("mix_streamv2.start_mix_stream_advanced");
                });
        assertThatThrownBy(() -> LvbReplies.decodeMix(LvbInterface.MIX_CANCEL, "{\"code\":\"-31003\"}"))
                .isInstanceOfSatisfying(LvbMixException.class, e -> {
                    assertThat(e.errorCode()).contains(LvbMixErrorCode.CANCEL_OUTPUT_MISMATCH);
                    assertThat(e.interfaceName()).isEqualTo("mix_streamv2.cancel_mix_stream");
                });
    }

    @Test
    void mixingReplyWithoutCodeIsAProtocolError() {
        for (String body : new String[] { "{\"message\":\"Success!\"}", "{\"ret\":0,\"message\":\"\"}" }) {
            assertThatThrownBy(() -> LvbReplies.decodeMix(LvbInterface.MIX_START, body))
                    .isInstanceOfSatisfying(LvbProtocolException.class, e -> {
                        assertThat(e.interfaceName()).isEqualTo("mix_streamv2.start_mix_stream_advanced");
                        assertThat(e.getMessage()).contains("no 'code'");
                    });
        }
        assertThatThrownBy(() -> LvbReplies.decodeMix(LvbInterface.MIX_START, "{\"code\":\"ok\"}"))
                .isInstanceOf(LvbProtocolException.class).hasMessageContaining("'code' is not an integer");
    }

    @Test
    void frontEndRefusalInAMixingReply() {
        assertThatThrownBy(() -> LvbReplies.decodeMix(LvbInterface.MIX_START,
                "{\"ret\":-1,\"retcode\":-1,\"message\":\"sign invalid\"}"))
                .isInstanceOfSatisfying(LvbFrontEndException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.SIGN_INVALID);
                    assertThat(e.interfaceName()).isEqualTo("mix_streamv2.start_mix_stream_advanced");
                });
        assertThatThrownBy(() -> LvbReplies.decodeMix(LvbInterface.MIX_START, "{\"errmsg\":\"appid is invalid\"}"))
                .isInstanceOfSatisfying(LvbFrontEndException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.APPID_INVALID));
        assertThatThrownBy(() -> LvbReplies.decodeMix(LvbInterface.MIX_CANCEL, "time expired"))
                .isInstanceOfSatisfying(LvbFrontEndException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.TIME_EXPIRED));
        // a common-envelope API error in a mixing reply
        assertThatThrownBy(() -> LvbReplies.decodeMix(LvbInterface.MIX_START, "{\"ret\":1201,\"message\":\"x\"}"))
                .isInstanceOfSatisfying(LvbApiException.class, e -> assertThat(e.ret()).isEqualTo(1201));
    }

    @Test
    void mixingReplyThatIsNotJson() {
        assertThatThrownBy(() -> LvbReplies.decodeMix(LvbInterface.MIX_START, "<html>502</html>"))
                .isInstanceOfSatisfying(LvbProtocolException.class,
                        e -> assertThat(e.interfaceName()).isEqualTo("mix_streamv2.start_mix_stream_advanced"));
        assertThatThrownBy(() -> LvbReplies.decodeMix(LvbInterface.MIX_START, "{\"code\":0,\"timestamp\":{}}"))
                .isInstanceOfSatisfying(LvbProtocolException.class,
                        e -> assertThat(e.interfaceName()).isEqualTo("mix_streamv2.start_mix_stream_advanced"));
    }
}
