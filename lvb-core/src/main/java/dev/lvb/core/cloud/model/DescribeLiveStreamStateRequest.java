package dev.lvb.core.cloud.model;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * Request of DescribeLiveStreamState: is a stream pushing, inactive or forbidden. Wire names as in Tencent's API 3.0 (PascalCase); {@code null} fields are not sent.
 *
 * @param appName {@code AppName}
 * @param domainName {@code DomainName}
 * @param streamName {@code StreamName}
 */
public record DescribeLiveStreamStateRequest(
        @JsonbProperty("AppName") String appName,
        @JsonbProperty("DomainName") String domainName,
        @JsonbProperty("StreamName") String streamName) {
}
