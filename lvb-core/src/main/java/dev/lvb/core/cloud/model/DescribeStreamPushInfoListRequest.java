package dev.lvb.core.cloud.model;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * Request of DescribeStreamPushInfoList (push quality history of one stream). Wire names as in Tencent's API 3.0 (PascalCase); {@code null} fields are not sent.
 *
 * @param streamName {@code StreamName}
 * @param startTime {@code StartTime}
 * @param endTime {@code EndTime}
 * @param pushDomain {@code PushDomain}
 * @param appName {@code AppName}
 */
public record DescribeStreamPushInfoListRequest(
        @JsonbProperty("StreamName") String streamName,
        @JsonbProperty("StartTime") String startTime,
        @JsonbProperty("EndTime") String endTime,
        @JsonbProperty("PushDomain") String pushDomain,
        @JsonbProperty("AppName") String appName) {
}
