package dev.lvb.core.cloud.model;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * Request of StopRecordTask. Wire names as in Tencent's API 3.0 (PascalCase); {@code null} fields are not sent.
 *
 * @param taskId {@code TaskId}
 */
public record StopRecordTaskRequest(
        @JsonbProperty("TaskId") String taskId) {
}
