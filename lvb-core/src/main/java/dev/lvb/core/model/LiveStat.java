package dev.lvb.core.model;

import java.util.List;

import dev.lvb.core.internal.Lenient;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;

/**
 * {@code output} of Get_LiveStat, Get_LivePushStat and Get_LivePlayStat. Empty when the stream is not live.
 *
 * @param streamCount number of streams
 * @param totalBandwidth total playback bandwidth in Mbps (not sent by Get_LivePushStat)
 * @param totalOnline total viewers (not sent by Get_LivePushStat)
 * @param streamInfo per-stream statistics
 * @param dataTime time of the sample (undocumented, seen in clients)
 */
public record LiveStat(
        @JsonbProperty("stream_count") @JsonbTypeDeserializer(Lenient.IntValue.class) Integer streamCount,
        @JsonbProperty("total_bandwidth") @JsonbTypeDeserializer(Lenient.DoubleValue.class) Double totalBandwidth,
        @JsonbProperty("total_online") @JsonbTypeDeserializer(Lenient.LongValue.class) Long totalOnline,
        @JsonbProperty("stream_info") List<StreamStat> streamInfo,
        @JsonbProperty("data_time") @JsonbTypeDeserializer(Lenient.Text.class) String dataTime) {

    public LiveStat {
        streamInfo = streamInfo == null ? List.of() : List.copyOf(streamInfo);
    }
}
