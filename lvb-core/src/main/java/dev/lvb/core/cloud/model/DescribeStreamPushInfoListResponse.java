package dev.lvb.core.cloud.model;

import java.util.List;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * Reply of DescribeStreamPushInfoList. Wire names as in Tencent's API 3.0 (PascalCase); {@code null} fields are not sent.
 *
 * @param dataInfoList {@code DataInfoList}
 * @param requestId {@code RequestId}
 */
public record DescribeStreamPushInfoListResponse(
        @JsonbProperty("DataInfoList") List<PushQualityData> dataInfoList,
        @JsonbProperty("RequestId") String requestId) implements LvbCloudReply {

    /**
     * Keeps an unmodifiable copy of {@code dataInfoList}, empty when missing.
     *
     * @param dataInfoList {@code DataInfoList}
     * @param requestId {@code RequestId}
     */
    public DescribeStreamPushInfoListResponse {
        dataInfoList = dataInfoList == null ? List.of() : List.copyOf(dataInfoList);
    }
}
