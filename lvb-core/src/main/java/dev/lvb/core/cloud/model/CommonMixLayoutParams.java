package dev.lvb.core.cloud.model;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * Layout of one mixing input: layer, input type, size and position (pixels, or fractions below 1), background color, watermark. Wire names as in Tencent's API 3.0 (PascalCase); {@code null} fields are not sent.
 *
 * @param imageLayer {@code ImageLayer}
 * @param inputType {@code InputType}
 * @param imageHeight {@code ImageHeight}
 * @param imageWidth {@code ImageWidth}
 * @param locationX {@code LocationX}
 * @param locationY {@code LocationY}
 * @param color {@code Color}
 * @param watermarkId {@code WatermarkId}
 */
public record CommonMixLayoutParams(
        @JsonbProperty("ImageLayer") Long imageLayer,
        @JsonbProperty("InputType") Long inputType,
        @JsonbProperty("ImageHeight") Double imageHeight,
        @JsonbProperty("ImageWidth") Double imageWidth,
        @JsonbProperty("LocationX") Double locationX,
        @JsonbProperty("LocationY") Double locationY,
        @JsonbProperty("Color") String color,
        @JsonbProperty("WatermarkId") Long watermarkId) {
}
