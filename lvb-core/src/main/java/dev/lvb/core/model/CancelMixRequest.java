package dev.lvb.core.model;

import java.time.Instant;

import dev.lvb.core.LvbInterface;

/**
 * Cancel a cloud stream mix: {@code mix_streamv2.cancel_mix_stream}. A session id can be reused about 30 s after.
 *
 * @param sessionId the session
 * @param outputStreamId its output stream
 */
public record CancelMixRequest(String sessionId, String outputStreamId) {

    /**
     * Rejects what LVB would refuse: an {@link dev.lvb.core.error.LvbValidationException} names the wire parameter.
     *
     * @param sessionId the session
     * @param outputStreamId its output stream
     */
    public CancelMixRequest {
        Checks.sessionId("mix_stream_session_id", sessionId);
        Checks.mixId("output_stream_id", outputStreamId);
    }

    /**
     * @param now the time sent as {@code timestamp}
     * @param eventId the number identifying the request
     * @return the wire body, without app id (the client adds it)
     */
    public MixStreamBody toBody(Instant now, long eventId) {
        return MixStreamBody.of(new MixParameters(null, LvbInterface.MIX_CANCEL.wireName(), sessionId, outputStreamId,
                null, null, null, null), now, eventId);
    }
}
