package dev.lvb.core.cloud.model;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * Request of DescribeLiveForbidStreamList (pages from 1; StreamName filters). Wire names as in Tencent's API 3.0 (PascalCase); {@code null} fields are not sent.
 *
 * @param pageNum {@code PageNum}
 * @param pageSize {@code PageSize}
 * @param streamName {@code StreamName}
 */
public record DescribeLiveForbidStreamListRequest(
        @JsonbProperty("PageNum") Long pageNum,
        @JsonbProperty("PageSize") Long pageSize,
        @JsonbProperty("StreamName") String streamName) {
}
