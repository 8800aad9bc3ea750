package dev.lvb.core.model;

import java.util.List;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * {@code output} of Get_LivePushStatHistory.
 *
 * @param streamInfo the samples
 */
public record PushStatHistory(@JsonbProperty("stream_info") List<PushStatPoint> streamInfo) {

    public PushStatHistory {
        streamInfo = streamInfo == null ? List.of() : List.copyOf(streamInfo);
    }
}
