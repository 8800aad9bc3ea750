package dev.lvb.core.cloud.model;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * Crop of one mixing input. Wire names as in Tencent's API 3.0 (PascalCase); {@code null} fields are not sent.
 *
 * @param cropWidth {@code CropWidth}
 * @param cropHeight {@code CropHeight}
 * @param cropStartLocationX {@code CropStartLocationX}
 * @param cropStartLocationY {@code CropStartLocationY}
 */
public record CommonMixCropParams(
        @JsonbProperty("CropWidth") Double cropWidth,
        @JsonbProperty("CropHeight") Double cropHeight,
        @JsonbProperty("CropStartLocationX") Double cropStartLocationX,
        @JsonbProperty("CropStartLocationY") Double cropStartLocationY) {
}
