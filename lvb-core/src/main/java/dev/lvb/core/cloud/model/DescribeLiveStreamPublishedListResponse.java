package dev.lvb.core.cloud.model;

import java.util.List;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * Reply of DescribeLiveStreamPublishedList. Wire names as in Tencent's API 3.0 (PascalCase); {@code null} fields are not sent.
 *
 * @param publishInfo {@code PublishInfo}
 * @param pageNum {@code PageNum}
 * @param pageSize {@code PageSize}
 * @param totalNum {@code TotalNum}
 * @param totalPage {@code TotalPage}
 * @param requestId {@code RequestId}
 */
public record DescribeLiveStreamPublishedListResponse(
        @JsonbProperty("PublishInfo") List<PublishedStreamInfo> publishInfo,
        @JsonbProperty("PageNum") Long pageNum,
        @JsonbProperty("PageSize") Long pageSize,
        @JsonbProperty("TotalNum") Long totalNum,
        @JsonbProperty("TotalPage") Long totalPage,
        @JsonbProperty("RequestId") String requestId) implements LvbCloudReply {

    /**
     * Keeps an unmodifiable copy of {@code publishInfo}, empty when missing.
     *
     * @param publishInfo {@code PublishInfo}
     * @param pageNum {@code PageNum}
     * @param pageSize {@code PageSize}
     * @param totalNum {@code TotalNum}
     * @param totalPage {@code TotalPage}
     * @param requestId {@code RequestId}
     */
    public DescribeLiveStreamPublishedListResponse {
        publishInfo = publishInfo == null ? List.of() : List.copyOf(publishInfo);
    }
}
