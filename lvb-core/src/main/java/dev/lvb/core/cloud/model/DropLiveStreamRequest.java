package dev.lvb.core.cloud.model;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * Request of DropLiveStream (disconnects the push; the streamer may push again). Wire names as in Tencent's API 3.0 (PascalCase); {@code null} fields are not sent.
 *
 * @param streamName {@code StreamName}
 * @param domainName {@code DomainName}
 * @param appName {@code AppName}
 */
public record DropLiveStreamRequest(
        @JsonbProperty("StreamName") String streamName,
        @JsonbProperty("DomainName") String domainName,
        @JsonbProperty("AppName") String appName) {
}
