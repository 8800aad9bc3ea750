package dev.lvb.core.model;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.lvb.core.LvbInterface;

/**
 * Start (or update) a cloud stream mix: {@code mix_streamv2.start_mix_stream_advanced}. Mixing runs until it is
 * cancelled. Not idempotent: do not retry blindly.
 *
 * @param sessionId {@code mix_stream_session_id}: at most 80 bytes of {@code [A-Za-z0-9_]}
 * @param outputStreamId the output stream (at most 80 bytes)
 * @param outputType whether the output is an input or a new stream, or {@code null} (0)
 * @param templateId 0 or a preset template, or {@code null}
 * @param outputBitrate kbps 1-50000, or {@code null}
 * @param inputs 1-16 inputs with distinct layers
 */
public record StartMixRequest(String sessionId, String outputStreamId, MixOutputType outputType, Integer templateId,
        Integer outputBitrate, List<MixInput> inputs) {

    /** Most inputs one mix takes. */
    public static final int MAX_INPUTS = 16;

    /**
     * Rejects what LVB would refuse: an {@link dev.lvb.core.error.LvbValidationException} names the wire parameter.
     *
     * @param sessionId {@code mix_stream_session_id}: at most 80 bytes of {@code [A-Za-z0-9_]}
     * @param outputStreamId the output stream (at most 80 bytes)
     * @param outputType whether the output is an input or a new stream, or {@code null} (0)
     * @param templateId 0 or a preset template, or {@code null}
     * @param outputBitrate kbps 1-50000, or {@code null}
     * @param inputs 1-16 inputs with distinct layers
     */
    public StartMixRequest {
        Checks.sessionId("mix_stream_session_id", sessionId);
        Checks.mixId("output_stream_id", outputStreamId);
        Checks.range("mix_stream_template_id", templateId, 0, Integer.MAX_VALUE);
        Checks.range("output_stream_bitrate", outputBitrate, 1, 50000);
        Checks.required("input_stream_list", inputs);
        Checks.check(!inputs.isEmpty() && inputs.size() <= MAX_INPUTS, "input_stream_list",
                "must hold 1 to " + MAX_INPUTS + " inputs, got " + inputs.size());
        Set<Integer> layers = new HashSet<>();
        for (MixInput in : inputs) {
            Checks.required("input_stream_list[]", in);
            Checks.check(layers.add(in.layoutParams().imageLayer()), "layout_params.image_layer",
                    "layer " + in.layoutParams().imageLayer() + " is used twice");
        }
        inputs = List.copyOf(inputs);
    }

    /**
     * @param sessionId {@code mix_stream_session_id}: at most 80 bytes of {@code [A-Za-z0-9_]}
     * @param inputs 1-16 inputs with distinct layers
     * @return a mix whose output is the first (background) input
     */
    public static StartMixRequest of(String sessionId, List<MixInput> inputs) {
        Checks.check(inputs != null && !inputs.isEmpty(), "input_stream_list", "must hold 1 to 16 inputs, got 0");
        return new StartMixRequest(sessionId, inputs.get(0).inputStreamId(), null, null, null, inputs);
    }

    /**
     * @param now the current time ({@code timestamp})
     * @param eventId any number identifying the request
     * @return the wire body, without app id (the client adds it)
     */
    public MixStreamBody toBody(Instant now, long eventId) {
        return MixStreamBody.of(new MixParameters(null, LvbInterface.MIX_START.wireName(), sessionId, outputStreamId,
                outputType == null ? null : outputType.code(), templateId, outputBitrate, inputs), now, eventId);
    }
}
