package dev.lvb.simulator.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.lvb.core.model.CancelMixRequest;
import dev.lvb.core.model.MixInput;
import dev.lvb.core.model.MixOutputType;
import dev.lvb.core.model.StartMixRequest;
import dev.lvb.simulator.MixSessionView;

/** Mixing sessions ({@code Mix_StreamV2}): inputs must be live, one session per output stream. */
final class Mixing {

    private final Streams streams;
    private final Map<String, MixRec> mixes = new LinkedHashMap<>();

    Mixing(Streams streams) {
        this.streams = streams;
    }

    List<MixSessionView> sessions() {
        return mixes.values().stream().map(MixRec::view).toList();
    }

    void reset() {
        mixes.clear();
    }

    void startMix(StartMixRequest r, Instant now) {
        for (MixInput in : r.inputs()) {
            Integer type = in.layoutParams().inputType();
            boolean isStream = type == null || type == 0 || type == 4 || type == 5;
            Streams.StreamRec s = streams.get(in.inputStreamId());
            if (isStream && (s == null || s.live == null)) {
                throw new MixError(dev.lvb.core.error.LvbMixErrorCode.INPUT_STREAM_NOT_FOUND,
                        "input stream " + in.inputStreamId() + " is not being pushed");
            }
        }
        boolean outputIsInput = r.inputs().stream().anyMatch(i -> i.inputStreamId().equals(r.outputStreamId()));
        MixOutputType type = r.outputType() == null ? MixOutputType.ONE_OF_INPUTS : r.outputType();
        if (type == MixOutputType.ONE_OF_INPUTS && !outputIsInput) {
            throw new MixError(dev.lvb.core.error.LvbMixErrorCode.OUTPUT_TYPE_MISMATCH,
                    "output_stream_type 0 needs output_stream_id to be one of the inputs");
        }
        if (type == MixOutputType.NEW_STREAM && (outputIsInput || streams.knows(r.outputStreamId()))) {
            throw new MixError(dev.lvb.core.error.LvbMixErrorCode.OUTPUT_TYPE_MISMATCH,
                    "output_stream_type 1 needs a new output_stream_id, not an input or an existing stream");
        }
        MixRec existing = mixes.get(r.sessionId());
        if (existing != null && !existing.outputStreamId.equals(r.outputStreamId())) {
            throw new MixError(dev.lvb.core.error.LvbMixErrorCode.SESSION_OUTPUT_CONFLICT,
                    "session " + r.sessionId() + " mixes into " + existing.outputStreamId);
        }
        for (MixRec other : mixes.values()) {
            if (other != existing && other.outputStreamId.equals(r.outputStreamId())) {
                throw new MixError(dev.lvb.core.error.LvbMixErrorCode.OUTPUT_STREAM_IN_USE,
                        "session " + other.sessionId + " already mixes into " + r.outputStreamId());
            }
        }
        List<String> inputs = r.inputs().stream().map(MixInput::inputStreamId).toList();
        int template = r.templateId() == null ? 0 : r.templateId();
        if (existing == null) {
            mixes.put(r.sessionId(), new MixRec(r.sessionId(), r.outputStreamId(), type.code(), template, inputs,
                    now, now));
        } else {
            mixes.put(r.sessionId(), new MixRec(r.sessionId(), r.outputStreamId(), type.code(), template, inputs,
                    existing.createdAt, now));
        }
    }

    void cancelMix(CancelMixRequest r) {
        MixRec existing = mixes.get(r.sessionId());
        if (existing == null) {
            throw new MixError(dev.lvb.core.error.LvbMixErrorCode.CANCEL_UNKNOWN_SESSION_1,
                    "no mixing session " + r.sessionId());
        }
        if (!existing.outputStreamId.equals(r.outputStreamId())) {
            throw new MixError(dev.lvb.core.error.LvbMixErrorCode.CANCEL_OUTPUT_MISMATCH,
                    "session " + r.sessionId() + " mixes into " + existing.outputStreamId);
        }
        mixes.remove(r.sessionId());
    }

    private record MixRec(String sessionId, String outputStreamId, int outputType, int templateId,
            List<String> inputs, Instant createdAt, Instant updatedAt) {
        MixSessionView view() {
            return new MixSessionView(sessionId, outputStreamId, outputType, templateId, inputs, createdAt,
                    updatedAt);
        }
    }
}
