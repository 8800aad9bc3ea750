package dev.lvb.core.cloud.model;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * One input of CreateCommonMixStream. Wire names as in Tencent's API 3.0 (PascalCase); {@code null} fields are not sent.
 *
 * @param inputStreamName {@code InputStreamName}
 * @param layoutParams {@code LayoutParams}
 * @param cropParams {@code CropParams}
 */
public record CommonMixInputParam(
        @JsonbProperty("InputStreamName") String inputStreamName,
        @JsonbProperty("LayoutParams") CommonMixLayoutParams layoutParams,
        @JsonbProperty("CropParams") CommonMixCropParams cropParams) {
}
