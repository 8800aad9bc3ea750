package dev.lvb.core.cloud.model;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * One forbidden stream of DescribeLiveForbidStreamList. Wire names as in Tencent's API 3.0 (PascalCase); {@code null} fields are not sent.
 *
 * @param streamName {@code StreamName}
 * @param createTime {@code CreateTime}
 * @param expireTime {@code ExpireTime}
 * @param appName {@code AppName}
 * @param domainName {@code DomainName}
 */
public record ForbidStreamInfo(
        @JsonbProperty("StreamName") String streamName,
        @JsonbProperty("CreateTime") String createTime,
        @JsonbProperty("ExpireTime") String expireTime,
        @JsonbProperty("AppName") String appName,
        @JsonbProperty("DomainName") String domainName) {
}
