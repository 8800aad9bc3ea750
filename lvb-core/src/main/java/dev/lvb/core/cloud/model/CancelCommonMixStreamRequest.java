package dev.lvb.core.cloud.model;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * Request of CancelCommonMixStream. Wire names as in Tencent's API 3.0 (PascalCase); {@code null} fields are not sent.
 *
 * @param mixStreamSessionId {@code MixStreamSessionId}
 */
public record CancelCommonMixStreamRequest(
        @JsonbProperty("MixStreamSessionId") String mixStreamSessionId) {
}
