package dev.lvb.core.model;

import java.util.List;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * {@code interface.para} of the mixing body. Built by {@link StartMixRequest} and {@link CancelMixRequest}; the
 * app id is filled in by the client from its credentials.
 *
 * @param appId the LVB APPID (sent as a number; a string is read too)
 * @param operation {@code mix_streamv2.start_mix_stream_advanced} or {@code mix_streamv2.cancel_mix_stream}
 * @param mixStreamSessionId the session
 * @param outputStreamId the output stream
 * @param outputStreamType 0: the output is one of the inputs; 1: a new stream
 * @param mixStreamTemplateId 0 or a preset template
 * @param outputStreamBitrate kbps, 1-50000
 * @param inputStreamList the inputs (start only)
 */
public record MixParameters(
        @JsonbProperty("app_id") Long appId,
        @JsonbProperty("interface") String operation,
        @JsonbProperty("mix_stream_session_id") String mixStreamSessionId,
        @JsonbProperty("output_stream_id") String outputStreamId,
        @JsonbProperty("output_stream_type") Integer outputStreamType,
        @JsonbProperty("mix_stream_template_id") Integer mixStreamTemplateId,
        @JsonbProperty("output_stream_bitrate") Integer outputStreamBitrate,
        @JsonbProperty("input_stream_list") List<MixInput> inputStreamList) {

    /**
     * Keeps an unmodifiable copy of {@code inputStreamList}.
     *
     * @param appId the LVB APPID (sent as a number; a string is read too)
     * @param operation {@code mix_streamv2.start_mix_stream_advanced} or {@code mix_streamv2.cancel_mix_stream}
     * @param mixStreamSessionId the session
     * @param outputStreamId the output stream
     * @param outputStreamType 0: the output is one of the inputs; 1: a new stream
     * @param mixStreamTemplateId 0 or a preset template
     * @param outputStreamBitrate kbps, 1-50000
     * @param inputStreamList the inputs (start only)
     */
    public MixParameters {
        inputStreamList = inputStreamList == null ? null : List.copyOf(inputStreamList);
    }

    /**
     * @param id the LVB APPID
     * @return a copy carrying the app id
     */
    public MixParameters withAppId(long id) {
        return new MixParameters(id, operation, mixStreamSessionId, outputStreamId, outputStreamType,
                mixStreamTemplateId, outputStreamBitrate, inputStreamList);
    }
}
