package dev.lvb.core.model;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * {@code crop_params} of one mixing input: applied to the source before scaling, pixels 0-3000.
 *
 * @param cropWidth width
 * @param cropHeight height
 * @param cropX left
 * @param cropY top
 */
public record MixCrop(
        @JsonbProperty("crop_width") Integer cropWidth,
        @JsonbProperty("crop_height") Integer cropHeight,
        @JsonbProperty("crop_x") Integer cropX,
        @JsonbProperty("crop_y") Integer cropY) {

    /**
     * Rejects what LVB would refuse: an {@link dev.lvb.core.error.LvbValidationException} names the wire parameter.
     *
     * @param cropWidth width
     * @param cropHeight height
     * @param cropX left
     * @param cropY top
     */
    public MixCrop {
        Checks.range("crop_params.crop_width", cropWidth, 0, 3000);
        Checks.range("crop_params.crop_height", cropHeight, 0, 3000);
        Checks.range("crop_params.crop_x", cropX, 0, 3000);
        Checks.range("crop_params.crop_y", cropY, 0, 3000);
    }
}
