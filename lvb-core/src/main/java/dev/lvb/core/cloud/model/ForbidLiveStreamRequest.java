package dev.lvb.core.cloud.model;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * Request of ForbidLiveStream; {@code ResumeTime} (UTC ISO, e.g. {@code 2026-12-31T08:00:00Z}, at most 3 months ahead; default 7 days) lifts the ban. Wire names as in Tencent's API 3.0 (PascalCase); {@code null} fields are not sent.
 *
 * @param appName {@code AppName}
 * @param domainName {@code DomainName}
 * @param streamName {@code StreamName}
 * @param resumeTime {@code ResumeTime}
 * @param reason {@code Reason}
 */
public record ForbidLiveStreamRequest(
        @JsonbProperty("AppName") String appName,
        @JsonbProperty("DomainName") String domainName,
        @JsonbProperty("StreamName") String streamName,
        @JsonbProperty("ResumeTime") String resumeTime,
        @JsonbProperty("Reason") String reason) {
}
