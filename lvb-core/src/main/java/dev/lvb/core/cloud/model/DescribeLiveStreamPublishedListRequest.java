package dev.lvb.core.cloud.model;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * Request of DescribeLiveStreamPublishedList (times {@code yyyy-MM-dd HH:mm:ss}, Beijing time, a window of at most 30 days). Wire names as in Tencent's API 3.0 (PascalCase); {@code null} fields are not sent.
 *
 * @param domainName {@code DomainName}
 * @param endTime {@code EndTime}
 * @param startTime {@code StartTime}
 * @param appName {@code AppName}
 * @param pageNum {@code PageNum}
 * @param pageSize {@code PageSize}
 * @param streamName {@code StreamName}
 */
public record DescribeLiveStreamPublishedListRequest(
        @JsonbProperty("DomainName") String domainName,
        @JsonbProperty("EndTime") String endTime,
        @JsonbProperty("StartTime") String startTime,
        @JsonbProperty("AppName") String appName,
        @JsonbProperty("PageNum") Long pageNum,
        @JsonbProperty("PageSize") Long pageSize,
        @JsonbProperty("StreamName") String streamName) {
}
