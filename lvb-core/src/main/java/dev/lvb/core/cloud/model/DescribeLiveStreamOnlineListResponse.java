package dev.lvb.core.cloud.model;

import java.util.List;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * Reply of DescribeLiveStreamOnlineList. Wire names as in Tencent's API 3.0 (PascalCase); {@code null} fields are not sent.
 *
 * @param totalNum {@code TotalNum}
 * @param totalPage {@code TotalPage}
 * @param pageNum {@code PageNum}
 * @param pageSize {@code PageSize}
 * @param onlineInfo {@code OnlineInfo}
 * @param requestId {@code RequestId}
 */
public record DescribeLiveStreamOnlineListResponse(
        @JsonbProperty("TotalNum") Long totalNum,
        @JsonbProperty("TotalPage") Long totalPage,
        @JsonbProperty("PageNum") Long pageNum,
        @JsonbProperty("PageSize") Long pageSize,
        @JsonbProperty("OnlineInfo") List<StreamOnlineInfo> onlineInfo,
        @JsonbProperty("RequestId") String requestId) implements LvbCloudReply {

    /**
     * Keeps an unmodifiable copy of {@code onlineInfo}, empty when missing.
     *
     * @param totalNum {@code TotalNum}
     * @param totalPage {@code TotalPage}
     * @param pageNum {@code PageNum}
     * @param pageSize {@code PageSize}
     * @param onlineInfo {@code OnlineInfo}
     * @param requestId {@code RequestId}
     */
    public DescribeLiveStreamOnlineListResponse {
        onlineInfo = onlineInfo == null ? List.of() : List.copyOf(onlineInfo);
    }
}
