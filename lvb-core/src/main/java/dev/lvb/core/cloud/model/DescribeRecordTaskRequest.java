package dev.lvb.core.cloud.model;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * Request of DescribeRecordTask (UNIX seconds; ScrollToken pages). Wire names as in Tencent's API 3.0 (PascalCase); {@code null} fields are not sent.
 *
 * @param startTime {@code StartTime}
 * @param endTime {@code EndTime}
 * @param streamName {@code StreamName}
 * @param domainName {@code DomainName}
 * @param appName {@code AppName}
 * @param scrollToken {@code ScrollToken}
 */
public record DescribeRecordTaskRequest(
        @JsonbProperty("StartTime") Long startTime,
        @JsonbProperty("EndTime") Long endTime,
        @JsonbProperty("StreamName") String streamName,
        @JsonbProperty("DomainName") String domainName,
        @JsonbProperty("AppName") String appName,
        @JsonbProperty("ScrollToken") String scrollToken) {
}
