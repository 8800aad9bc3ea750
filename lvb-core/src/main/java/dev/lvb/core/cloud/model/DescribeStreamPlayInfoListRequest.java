package dev.lvb.core.cloud.model;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * Request of DescribeStreamPlayInfoList (1-minute points, at most 24 hours a query, times {@code yyyy-MM-dd HH:mm:ss}). Wire names as in Tencent's API 3.0 (PascalCase); {@code null} fields are not sent.
 *
 * @param startTime {@code StartTime}
 * @param endTime {@code EndTime}
 * @param playDomain {@code PlayDomain}
 * @param streamName {@code StreamName}
 * @param appName {@code AppName}
 * @param serviceName {@code ServiceName}
 */
public record DescribeStreamPlayInfoListRequest(
        @JsonbProperty("StartTime") String startTime,
        @JsonbProperty("EndTime") String endTime,
        @JsonbProperty("PlayDomain") String playDomain,
        @JsonbProperty("StreamName") String streamName,
        @JsonbProperty("AppName") String appName,
        @JsonbProperty("ServiceName") String serviceName) {
}
