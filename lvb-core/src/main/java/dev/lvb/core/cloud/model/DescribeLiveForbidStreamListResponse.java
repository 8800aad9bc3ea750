package dev.lvb.core.cloud.model;

import java.util.List;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * Reply of DescribeLiveForbidStreamList. Wire names as in Tencent's API 3.0 (PascalCase); {@code null} fields are not sent.
 *
 * @param totalNum {@code TotalNum}
 * @param totalPage {@code TotalPage}
 * @param pageNum {@code PageNum}
 * @param pageSize {@code PageSize}
 * @param forbidStreamList {@code ForbidStreamList}
 * @param requestId {@code RequestId}
 */
public record DescribeLiveForbidStreamListResponse(
        @JsonbProperty("TotalNum") Long totalNum,
        @JsonbProperty("TotalPage") Long totalPage,
        @JsonbProperty("PageNum") Long pageNum,
        @JsonbProperty("PageSize") Long pageSize,
        @JsonbProperty("ForbidStreamList") List<ForbidStreamInfo> forbidStreamList,
        @JsonbProperty("RequestId") String requestId) implements LvbCloudReply {

    /**
     * Keeps an unmodifiable copy of {@code forbidStreamList}, empty when missing.
     *
     * @param totalNum {@code TotalNum}
     * @param totalPage {@code TotalPage}
     * @param pageNum {@code PageNum}
     * @param pageSize {@code PageSize}
     * @param forbidStreamList {@code ForbidStreamList}
     * @param requestId {@code RequestId}
     */
    public DescribeLiveForbidStreamListResponse {
        forbidStreamList = forbidStreamList == null ? List.of() : List.copyOf(forbidStreamList);
    }
}
