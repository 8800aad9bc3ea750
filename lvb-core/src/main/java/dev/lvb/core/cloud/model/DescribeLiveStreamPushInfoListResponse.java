package dev.lvb.core.cloud.model;

import java.util.List;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * Reply of DescribeLiveStreamPushInfoList. Wire names as in Tencent's API 3.0 (PascalCase); {@code null} fields are not sent.
 *
 * @param dataInfoList {@code DataInfoList}
 * @param totalNum {@code TotalNum}
 * @param totalPage {@code TotalPage}
 * @param pageNum {@code PageNum}
 * @param pageSize {@code PageSize}
 * @param requestId {@code RequestId}
 */
public record DescribeLiveStreamPushInfoListResponse(
        @JsonbProperty("DataInfoList") List<PushDataInfo> dataInfoList,
        @JsonbProperty("TotalNum") Long totalNum,
        @JsonbProperty("TotalPage") Long totalPage,
        @JsonbProperty("PageNum") Long pageNum,
        @JsonbProperty("PageSize") Long pageSize,
        @JsonbProperty("RequestId") String requestId) implements LvbCloudReply {

    /**
     * Keeps an unmodifiable copy of {@code dataInfoList}, empty when missing.
     *
     * @param dataInfoList {@code DataInfoList}
     * @param totalNum {@code TotalNum}
     * @param totalPage {@code TotalPage}
     * @param pageNum {@code PageNum}
     * @param pageSize {@code PageSize}
     * @param requestId {@code RequestId}
     */
    public DescribeLiveStreamPushInfoListResponse {
        dataInfoList = dataInfoList == null ? List.of() : List.copyOf(dataInfoList);
    }
}
