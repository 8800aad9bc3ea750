package dev.lvb.core.cloud.model;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * A push start time of DescribeLiveStreamOnlineList. Wire names as in Tencent's API 3.0 (PascalCase); {@code null} fields are not sent.
 *
 * @param publishTime {@code PublishTime}
 */
public record PublishTime(
        @JsonbProperty("PublishTime") String publishTime) {
}
