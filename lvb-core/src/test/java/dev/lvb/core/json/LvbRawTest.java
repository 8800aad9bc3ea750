package dev.lvb.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.lvb.core.LvbInterface;
import dev.lvb.core.model.LiveStat;
import dev.lvb.core.model.MixResult;
import dev.lvb.core.model.RecordingFile;
import dev.lvb.core.model.RecordingFiles;
import dev.lvb.core.model.RecordingFormat;
import dev.lvb.core.model.StreamStatus;

/** API results keep the JSON they were read from, nested records included; raw is no part of their value. */
class LvbRawTest {

    /** A Live_Tape_GetFilelist reply as captured: the five documented fields and twelve more, all strings. */
    static final String CAPTURED_FILELIST = """
            {"ret":0,"retcode":0,"errmsg":"","message":"","output":{"all_count":1,"file_list":[
             {"vid":"9031868222958931071","start_time":"2017-08-01 10:00:00","end_time":"2017-08-01 10:30:00",
              "file_id":"9031868222958931071","record_file_url":"http://1253488539.vod2.myqcloud.com/a/f0.flv",
              "file_size":"104857600","file_format":"1","stream_id":"2519_a","create_time":"1501553400",
              "expire_time":"0","id":"1234567","record_file_id":"9031868222958931071","task_id":null,
              "task_sub_type":"0","appid":"1253488539","err_code":"0","vod2Flag":"1","brand_new":"kept"}],
             "unknown_top":"kept"}}""";

    @Test
    void recordingFilesKeepEveryFieldLvbSends() {
        RecordingFiles files = LvbReplies.decode(LvbInterface.TAPE_GET_FILELIST, CAPTURED_FILELIST,
                RecordingFiles.class);
        RecordingFile f = files.fileList().get(0);
        assertThat(f.fileSize()).isEqualTo(104857600L);
        assertThat(f.fileFormat()).isEqualTo("1");
        assertThat(f.format()).contains(RecordingFormat.FLV);
        assertThat(f.streamId()).isEqualTo("2519_a");
        assertThat(f.createTime()).isEqualTo("1501553400");
        assertThat(f.expireTime()).isEqualTo("0");
        assertThat(f.id()).isEqualTo("1234567");
        assertThat(f.recordFileId()).isEqualTo("9031868222958931071");
        assertThat(f.taskId()).isNull();
        assertThat(f.taskSubType()).isEqualTo("0");
        assertThat(f.appId()).isEqualTo("1253488539");
        assertThat(f.errCode()).isEqualTo("0");
        assertThat(f.vod2Flag()).isEqualTo("1");
        assertThat(f.raw().getString("brand_new")).isEqualTo("kept");
        assertThat(files.raw().getString("unknown_top")).isEqualTo("kept");
        assertThat(files.raw().getJsonArray("file_list").getJsonObject(0)).isEqualTo(f.raw());
        assertThat(files.fileList()).isUnmodifiable();
    }

    @Test
    void formatCodesAndNamesAreRead() {
        assertThat(new RecordingFile(null, null, null, null, null, null, "3", null, null, null, null, null, null,
                null, null, null, null).format()).contains(RecordingFormat.MP4);
        assertThat(new RecordingFile(null, null, null, null, null, null, "hls", null, null, null, null, null, null,
                null, null, null, null).format()).contains(RecordingFormat.HLS);
        assertThat(new RecordingFile("v", null, null, null, null).format()).isEmpty();
    }

    @Test
    void otherResultsKeepTheirJsonToo() {
        LiveStat stat = LvbReplies.decode(LvbInterface.GET_LIVE_STAT, """
                {"ret":0,"output":{"stream_count":1,"stream_info":[{"stream_name":"s1","new_field":7}]}}""",
                LiveStat.class);
        assertThat(stat.raw().getInt("stream_count")).isEqualTo(1);
        assertThat(stat.streamInfo().get(0).raw().getInt("new_field")).isEqualTo(7);
        StreamStatus status = LvbReplies.decode(LvbInterface.CHANNEL_GET_STATUS, """
                {"ret":0,"output":[{"rate_type":0,"recv_type":1,"status":1,"extra":"x"}]}""", StreamStatus.class);
        assertThat(status.entries().get(0).raw().getString("extra")).isEqualTo("x");
        MixResult mix = LvbReplies.decodeMix(LvbInterface.MIX_START, """
                {"code":0,"message":"Success!","timestamp":1490079362,"mix_id":"m"}""");
        assertThat(mix.raw().getString("mix_id")).isEqualTo("m");
    }

    @Test
    void aReadValueEqualsTheSameValueBuiltInCode() {
        RecordingFiles read = LvbReplies.decode(LvbInterface.TAPE_GET_FILELIST, """
                {"ret":0,"output":{"all_count":1,"file_list":[{"vid":"v","extra":1}]}}""", RecordingFiles.class);
        RecordingFiles built = new RecordingFiles(1, java.util.List.of(new RecordingFile("v", null, null, null,
                null)));
        assertThat(read).isEqualTo(built).hasSameHashCodeAs(built);
        assertThat(read.toString()).isEqualTo(built.toString()).doesNotContain("extra");
        assertThat(built.raw()).isEmpty();
    }
}
