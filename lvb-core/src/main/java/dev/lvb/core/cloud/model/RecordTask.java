package dev.lvb.core.cloud.model;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * One recording task; {@code Stopped} is 1 once stopped. Wire names as in Tencent's API 3.0 (PascalCase); {@code null} fields are not sent.
 *
 * @param taskId {@code TaskId}
 * @param domainName {@code DomainName}
 * @param appName {@code AppName}
 * @param streamName {@code StreamName}
 * @param startTime {@code StartTime}
 * @param endTime {@code EndTime}
 * @param templateId {@code TemplateId}
 * @param stopped {@code Stopped}
 */
public record RecordTask(
        @JsonbProperty("TaskId") String taskId,
        @JsonbProperty("DomainName") String domainName,
        @JsonbProperty("AppName") String appName,
        @JsonbProperty("StreamName") String streamName,
        @JsonbProperty("StartTime") Long startTime,
        @JsonbProperty("EndTime") Long endTime,
        @JsonbProperty("TemplateId") Long templateId,
        @JsonbProperty("Stopped") Long stopped) {
}
