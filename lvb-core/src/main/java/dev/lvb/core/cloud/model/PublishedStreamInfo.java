package dev.lvb.core.cloud.model;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * One past push of DescribeLiveStreamPublishedList (Tencent's type {@code StreamName}). Wire names as in Tencent's API 3.0 (PascalCase); {@code null} fields are not sent.
 *
 * @param streamName {@code StreamName}
 * @param appName {@code AppName}
 * @param domainName {@code DomainName}
 * @param streamStartTime {@code StreamStartTime}
 * @param streamEndTime {@code StreamEndTime}
 * @param stopReason {@code StopReason}
 * @param duration {@code Duration}
 * @param clientIp {@code ClientIp}
 * @param resolution {@code Resolution}
 */
public record PublishedStreamInfo(
        @JsonbProperty("StreamName") String streamName,
        @JsonbProperty("AppName") String appName,
        @JsonbProperty("DomainName") String domainName,
        @JsonbProperty("StreamStartTime") String streamStartTime,
        @JsonbProperty("StreamEndTime") String streamEndTime,
        @JsonbProperty("StopReason") String stopReason,
        @JsonbProperty("Duration") Long duration,
        @JsonbProperty("ClientIp") String clientIp,
        @JsonbProperty("Resolution") String resolution) {
}
