package dev.lvb.core.cloud.model;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * Reply of DescribeLiveStreamState; {@code StreamState} is {@code active}, {@code inactive} or {@code forbid}. Wire names as in Tencent's API 3.0 (PascalCase); {@code null} fields are not sent.
 *
 * @param streamState {@code StreamState}
 * @param requestId {@code RequestId}
 */
public record DescribeLiveStreamStateResponse(
        @JsonbProperty("StreamState") String streamState,
        @JsonbProperty("RequestId") String requestId) implements LvbCloudReply {
}
