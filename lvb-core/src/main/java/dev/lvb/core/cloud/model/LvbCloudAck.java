package dev.lvb.core.cloud.model;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * Reply of the actions that return nothing but their {@code RequestId} (ForbidLiveStream, ResumeLiveStream, DropLiveStream, StopRecordTask, CreateCommonMixStream, CancelCommonMixStream). Wire names as in Tencent's API 3.0 (PascalCase); {@code null} fields are not sent.
 *
 * @param requestId {@code RequestId}
 */
public record LvbCloudAck(
        @JsonbProperty("RequestId") String requestId) implements LvbCloudReply {
}
