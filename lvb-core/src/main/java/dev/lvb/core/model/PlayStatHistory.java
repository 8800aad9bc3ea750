package dev.lvb.core.model;

import java.util.List;

import dev.lvb.core.internal.Lenient;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;

/**
 * {@code output} of Get_LivePlayStatHistory.
 *
 * @param statInfo the samples
 * @param sumInfo the totals (documented as an array, read either way)
 * @param domain the domain asked for, if any
 * @param streamId the stream asked for, if any
 */
public record PlayStatHistory(
        @JsonbProperty("stat_info") List<PlayStatPoint> statInfo,
        @JsonbProperty("sum_info") @JsonbTypeDeserializer(Lenient.PlayStatSumValue.class) PlayStatSum sumInfo,
        @JsonbProperty("domain") String domain,
        @JsonbProperty("stream_id") String streamId) {

    public PlayStatHistory {
        statInfo = statInfo == null ? List.of() : List.copyOf(statInfo);
    }
}
