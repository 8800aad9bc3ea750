package dev.lvb.core.cloud.model;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * Request of DescribeLiveStreamOnlineList. Wire names as in Tencent's API 3.0 (PascalCase); {@code null} fields are not sent.
 *
 * @param domainName {@code DomainName}
 * @param appName {@code AppName}
 * @param pageNum {@code PageNum}
 * @param pageSize {@code PageSize}
 * @param streamName {@code StreamName}
 */
public record DescribeLiveStreamOnlineListRequest(
        @JsonbProperty("DomainName") String domainName,
        @JsonbProperty("AppName") String appName,
        @JsonbProperty("PageNum") Long pageNum,
        @JsonbProperty("PageSize") Long pageSize,
        @JsonbProperty("StreamName") String streamName) {
}
