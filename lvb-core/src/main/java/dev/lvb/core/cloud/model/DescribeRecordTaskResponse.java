package dev.lvb.core.cloud.model;

import java.util.List;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * Reply of DescribeRecordTask. Wire names as in Tencent's API 3.0 (PascalCase); {@code null} fields are not sent.
 *
 * @param scrollToken {@code ScrollToken}
 * @param taskList {@code TaskList}
 * @param requestId {@code RequestId}
 */
public record DescribeRecordTaskResponse(
        @JsonbProperty("ScrollToken") String scrollToken,
        @JsonbProperty("TaskList") List<RecordTask> taskList,
        @JsonbProperty("RequestId") String requestId) implements LvbCloudReply {

    /**
     * Keeps an unmodifiable copy of {@code taskList}, empty when missing.
     *
     * @param scrollToken {@code ScrollToken}
     * @param taskList {@code TaskList}
     * @param requestId {@code RequestId}
     */
    public DescribeRecordTaskResponse {
        taskList = taskList == null ? List.of() : List.copyOf(taskList);
    }
}
