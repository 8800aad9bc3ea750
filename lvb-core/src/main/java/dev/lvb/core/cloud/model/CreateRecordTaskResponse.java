package dev.lvb.core.cloud.model;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * Reply of CreateRecordTask: the task id for StopRecordTask. Wire names as in Tencent's API 3.0 (PascalCase); {@code null} fields are not sent.
 *
 * @param taskId {@code TaskId}
 * @param requestId {@code RequestId}
 */
public record CreateRecordTaskResponse(
        @JsonbProperty("TaskId") String taskId,
        @JsonbProperty("RequestId") String requestId) implements LvbCloudReply {
}
