package dev.lvb.core.model;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * One element of {@code input_stream_list}.
 *
 * @param inputStreamId the stream (at most 80 bytes)
 * @param layoutParams where it goes, required
 * @param cropParams what part of it, or {@code null}
 */
public record MixInput(
        @JsonbProperty("input_stream_id") String inputStreamId,
        @JsonbProperty("layout_params") MixLayout layoutParams,
        @JsonbProperty("crop_params") MixCrop cropParams) {

    /**
     * Rejects what LVB would refuse: an {@link dev.lvb.core.error.LvbValidationException} names the wire parameter.
     *
     * @param inputStreamId the stream (at most 80 bytes)
     * @param layoutParams where it goes, required
     * @param cropParams what part of it, or {@code null}
     */
    public MixInput {
        Checks.mixId("input_stream_id", inputStreamId);
        Checks.required("layout_params", layoutParams);
    }

    /**
     * @param streamId the input stream
     * @param layout where it goes
     * @return an input without cropping
     */
    public static MixInput of(String streamId, MixLayout layout) {
        return new MixInput(streamId, layout, null);
    }
}
