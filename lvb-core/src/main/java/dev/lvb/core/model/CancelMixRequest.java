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

    public CancelMixRequest {
        Checks.sessionId("mix_stream_session_id", sessionId);
        Checks.mixId("output_stream_id", outputStreamId);
    }

    /** @return the wire body, without app id (the client adds it) */
    public MixStreamBody toBody(Instant now, long eventId) {
        return MixStreamBody.of(new MixParameters(null, LvbInterface.MIX_CANCEL.wireName(), sessionId, outputStreamId,
                null, null, null, null), now, eventId);
    }
}
