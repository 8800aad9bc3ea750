package dev.lvb.core.model;

import java.util.List;

import dev.lvb.core.json.LvbRaw;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;

/**
 * {@code output} of Get_LiveStat, Get_LivePushStat and Get_LivePlayStat. Empty when the stream is not live.
 *
 * @param streamCount number of streams
 * @param totalBandwidth total playback bandwidth in Mbps (not sent by Get_LivePushStat)
 * @param totalOnline total viewers (not sent by Get_LivePushStat)
 * @param streamInfo per-stream statistics
 * @param dataTime time of the sample (undocumented, seen in clients)
 * @param raw the JSON this value was read from; empty for a value built in code
 */
public record LiveStat(
        @JsonbProperty("stream_count") Integer streamCount,
        @JsonbProperty("total_bandwidth") Double totalBandwidth,
        @JsonbProperty("total_online") Long totalOnline,
        @JsonbProperty("stream_info") List<StreamStat> streamInfo,
        @JsonbProperty("data_time") String dataTime,
        @JsonbTransient JsonObject raw) {

    /**
     * Without the JSON: for values built in code ({@link #raw()} is empty).
     *
     * @param streamCount number of streams
     * @param totalBandwidth total playback bandwidth in Mbps (not sent by Get_LivePushStat)
     * @param totalOnline total viewers (not sent by Get_LivePushStat)
     * @param streamInfo per-stream statistics
     * @param dataTime time of the sample (undocumented, seen in clients)
     */
    public LiveStat(Integer streamCount, Double totalBandwidth, Long totalOnline, List<StreamStat> streamInfo,
            String dataTime) {
        this(streamCount, totalBandwidth, totalOnline, streamInfo, dataTime, null);
    }

    @Override
    public boolean equals(Object o) {
        return LvbRaw.equals(this, o);
    }

    @Override
    public int hashCode() {
        return LvbRaw.hashCode(this);
    }

    @Override
    public String toString() {
        return LvbRaw.toString(this);
    }


    /**
     * Keeps an unmodifiable copy of {@code streamInfo}, empty when missing; a missing {@code raw} is an empty object.
     *
     * @param streamCount number of streams
     * @param totalBandwidth total playback bandwidth in Mbps (not sent by Get_LivePushStat)
     * @param totalOnline total viewers (not sent by Get_LivePushStat)
     * @param streamInfo per-stream statistics
     * @param dataTime time of the sample (undocumented, seen in clients)
     * @param raw the JSON this value was read from; empty for a value built in code
     */
    @JsonbCreator
    public LiveStat {
        raw = raw == null ? JsonValue.EMPTY_JSON_OBJECT : raw;
        streamInfo = streamInfo == null ? List.of() : List.copyOf(streamInfo);
    }
}
