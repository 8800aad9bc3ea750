package dev.lvb.core.cloud.model;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * Request of DescribeLiveStreamPushInfoList (current push quality; Tencent recommends once a minute). Wire names as in Tencent's API 3.0 (PascalCase); {@code null} fields are not sent.
 *
 * @param pushDomain {@code PushDomain}
 * @param appName {@code AppName}
 * @param pageNum {@code PageNum}
 * @param pageSize {@code PageSize}
 */
public record DescribeLiveStreamPushInfoListRequest(
        @JsonbProperty("PushDomain") String pushDomain,
        @JsonbProperty("AppName") String appName,
        @JsonbProperty("PageNum") Long pageNum,
        @JsonbProperty("PageSize") Long pageSize) {
}
