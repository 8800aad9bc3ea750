package dev.lvb.simulator;

import java.time.Instant;
import java.util.List;

/**
 * A snapshot of one cloud stream mixing session: it exists from the first successful
 * {@code start_mix_stream_advanced} until {@code cancel_mix_stream}.
 *
 * @param sessionId {@code mix_stream_session_id}
 * @param outputStreamId {@code output_stream_id}
 * @param outputStreamType 0: the output is one of the inputs; 1: a new stream
 * @param templateId {@code mix_stream_template_id}
 * @param inputStreamIds the inputs, in request order
 * @param createdAt when the session started
 * @param updatedAt when it was last started or updated
 */
public record MixSessionView(String sessionId, String outputStreamId, int outputStreamType, int templateId,
        List<String> inputStreamIds, Instant createdAt, Instant updatedAt) {

    /**
     * Keeps an unmodifiable copy of {@code inputStreamIds}.
     *
     * @param sessionId {@code mix_stream_session_id}
     * @param outputStreamId {@code output_stream_id}
     * @param outputStreamType 0: the output is one of the inputs; 1: a new stream
     * @param templateId {@code mix_stream_template_id}
     * @param inputStreamIds the inputs, in request order
     * @param createdAt when the session started
     * @param updatedAt when it was last started or updated
     */
    public MixSessionView {
        inputStreamIds = List.copyOf(inputStreamIds);
    }
}
