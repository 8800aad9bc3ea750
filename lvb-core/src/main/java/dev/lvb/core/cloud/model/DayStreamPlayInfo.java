package dev.lvb.core.cloud.model;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * One playback point: bandwidth (Mbps), flux (MB), requests, online viewers. Wire names as in Tencent's API 3.0 (PascalCase); {@code null} fields are not sent.
 *
 * @param time {@code Time}
 * @param bandwidth {@code Bandwidth}
 * @param flux {@code Flux}
 * @param request {@code Request}
 * @param online {@code Online}
 */
public record DayStreamPlayInfo(
        @JsonbProperty("Time") String time,
        @JsonbProperty("Bandwidth") Double bandwidth,
        @JsonbProperty("Flux") Double flux,
        @JsonbProperty("Request") Long request,
        @JsonbProperty("Online") Long online) {
}
