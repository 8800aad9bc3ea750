package dev.lvb.core.cloud.model;

import java.util.List;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * One live stream of DescribeLiveStreamOnlineList. Wire names as in Tencent's API 3.0 (PascalCase); {@code null} fields are not sent.
 *
 * @param streamName {@code StreamName}
 * @param publishTimeList {@code PublishTimeList}
 * @param appName {@code AppName}
 * @param domainName {@code DomainName}
 */
public record StreamOnlineInfo(
        @JsonbProperty("StreamName") String streamName,
        @JsonbProperty("PublishTimeList") List<PublishTime> publishTimeList,
        @JsonbProperty("AppName") String appName,
        @JsonbProperty("DomainName") String domainName) {

    /**
     * Keeps an unmodifiable copy of {@code publishTimeList}, empty when missing.
     *
     * @param streamName {@code StreamName}
     * @param publishTimeList {@code PublishTimeList}
     * @param appName {@code AppName}
     * @param domainName {@code DomainName}
     */
    public StreamOnlineInfo {
        publishTimeList = publishTimeList == null ? List.of() : List.copyOf(publishTimeList);
    }
}
