package dev.lvb.core.cloud.model;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * Request of CreateRecordTask: record {@code StreamName} from {@code StartTime} (UNIX seconds, default now) to {@code EndTime} (UNIX seconds, required, at most 24 hours later) with a recording template. Wire names as in Tencent's API 3.0 (PascalCase); {@code null} fields are not sent.
 *
 * @param streamName {@code StreamName}
 * @param domainName {@code DomainName}
 * @param appName {@code AppName}
 * @param endTime {@code EndTime}
 * @param startTime {@code StartTime}
 * @param streamType {@code StreamType}
 * @param templateId {@code TemplateId}
 * @param extension {@code Extension}
 */
public record CreateRecordTaskRequest(
        @JsonbProperty("StreamName") String streamName,
        @JsonbProperty("DomainName") String domainName,
        @JsonbProperty("AppName") String appName,
        @JsonbProperty("EndTime") Long endTime,
        @JsonbProperty("StartTime") Long startTime,
        @JsonbProperty("StreamType") Long streamType,
        @JsonbProperty("TemplateId") Long templateId,
        @JsonbProperty("Extension") String extension) {
}
