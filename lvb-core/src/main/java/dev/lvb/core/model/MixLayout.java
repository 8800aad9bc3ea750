package dev.lvb.core.model;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * {@code layout_params} of one mixing input. Sizes and positions are pixels (0-3000) or fractions (0.01-0.99)
 * of the background.
 *
 * @param imageLayer 1-16; 1 is the background (the big picture)
 * @param inputType 0 audio+video (default), 2 picture/watermark, 3 canvas, 4 audio only, 5 video only
 * @param imageWidth width
 * @param imageHeight height
 * @param locationX left
 * @param locationY top
 * @param color canvas colour such as {@code 0x000000} (input type 3)
 * @param pictureId watermark id (input type 2)
 */
public record MixLayout(
        @JsonbProperty("image_layer") Integer imageLayer,
        @JsonbProperty("input_type") Integer inputType,
        @JsonbProperty("image_width") Double imageWidth,
        @JsonbProperty("image_height") Double imageHeight,
        @JsonbProperty("location_x") Double locationX,
        @JsonbProperty("location_y") Double locationY,
        @JsonbProperty("color") String color,
        @JsonbProperty("picture_id") Integer pictureId) {

    /**
     * Rejects what LVB would refuse: an {@link dev.lvb.core.error.LvbValidationException} names the wire parameter.
     *
     * @param imageLayer 1-16; 1 is the background (the big picture)
     * @param inputType 0 audio+video (default), 2 picture/watermark, 3 canvas, 4 audio only, 5 video only
     * @param imageWidth width
     * @param imageHeight height
     * @param locationX left
     * @param locationY top
     * @param color canvas colour such as {@code 0x000000} (input type 3)
     * @param pictureId watermark id (input type 2)
     */
    public MixLayout {
        Checks.required("layout_params.image_layer", imageLayer);
        Checks.range("layout_params.image_layer", imageLayer, 1, 16);
        if (inputType != null && inputType != 0 && inputType != 2 && inputType != 3 && inputType != 4
                && inputType != 5) {
            throw new dev.lvb.core.error.LvbValidationException("layout_params.input_type",
                    "must be 0, 2, 3, 4 or 5, got " + inputType);
        }
        Checks.range("layout_params.image_width", imageWidth, 0, 3000);
        Checks.range("layout_params.image_height", imageHeight, 0, 3000);
        Checks.range("layout_params.location_x", locationX, 0, 3000);
        Checks.range("layout_params.location_y", locationY, 0, 3000);
    }

    /** @return the layout of the background input (layer 1) */
    public static MixLayout background() {
        return new MixLayout(1, null, null, null, null, null, null, null);
    }

    /**
     * @param layer 1-16; 1 is the background (the big picture)
     * @param x left
     * @param y top
     * @param width its width
     * @param height its height
     * @return a picture-in-picture layout
     */
    public static MixLayout at(int layer, double x, double y, double width, double height) {
        return new MixLayout(layer, null, width, height, x, y, null, null);
    }
}
