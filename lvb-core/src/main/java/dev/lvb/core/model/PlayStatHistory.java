package dev.lvb.core.model;

import java.util.List;

import dev.lvb.core.json.LvbLenient;
import dev.lvb.core.json.LvbRaw;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;

/**
 * {@code output} of Get_LivePlayStatHistory.
 *
 * @param statInfo the samples
 * @param sumInfo the totals (documented as an array, read either way)
 * @param domain the domain asked for, if any
 * @param streamId the stream asked for, if any
 * @param raw the JSON this value was read from; empty for a value built in code
 */
public record PlayStatHistory(
        @JsonbProperty("stat_info") List<PlayStatPoint> statInfo,
        @JsonbProperty("sum_info") @JsonbTypeDeserializer(LvbLenient.ObjectOrFirstElement.class) PlayStatSum sumInfo,
        @JsonbProperty("domain") String domain,
        @JsonbProperty("stream_id") String streamId,
        @JsonbTransient JsonObject raw) {

    /**
     * Without the JSON: for values built in code ({@link #raw()} is empty).
     *
     * @param statInfo the samples
     * @param sumInfo the totals (documented as an array, read either way)
     * @param domain the domain asked for, if any
     * @param streamId the stream asked for, if any
     */
    public PlayStatHistory(List<PlayStatPoint> statInfo, PlayStatSum sumInfo, String domain, String streamId) {
        this(statInfo, sumInfo, domain, streamId, null);
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
     * Keeps an unmodifiable copy of {@code statInfo}, empty when missing; a missing {@code raw} is an empty object.
     *
     * @param statInfo the samples
     * @param sumInfo the totals (documented as an array, read either way)
     * @param domain the domain asked for, if any
     * @param streamId the stream asked for, if any
     * @param raw the JSON this value was read from; empty for a value built in code
     */
    @JsonbCreator
    public PlayStatHistory {
        raw = raw == null ? JsonValue.EMPTY_JSON_OBJECT : raw;
        statInfo = statInfo == null ? List.of() : List.copyOf(statInfo);
    }
}
