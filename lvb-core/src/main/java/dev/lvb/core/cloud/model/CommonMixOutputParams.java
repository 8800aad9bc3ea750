package dev.lvb.core.cloud.model;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * The output of CreateCommonMixStream. Wire names as in Tencent's API 3.0 (PascalCase); {@code null} fields are not sent.
 *
 * @param outputStreamName {@code OutputStreamName}
 * @param outputStreamType {@code OutputStreamType}
 * @param outputStreamBitRate {@code OutputStreamBitRate}
 * @param outputStreamGop {@code OutputStreamGop}
 * @param outputStreamFrameRate {@code OutputStreamFrameRate}
 * @param outputAudioBitRate {@code OutputAudioBitRate}
 * @param outputAudioSampleRate {@code OutputAudioSampleRate}
 * @param outputAudioChannels {@code OutputAudioChannels}
 * @param mixSei {@code MixSei}
 */
public record CommonMixOutputParams(
        @JsonbProperty("OutputStreamName") String outputStreamName,
        @JsonbProperty("OutputStreamType") Long outputStreamType,
        @JsonbProperty("OutputStreamBitRate") Long outputStreamBitRate,
        @JsonbProperty("OutputStreamGop") Long outputStreamGop,
        @JsonbProperty("OutputStreamFrameRate") Long outputStreamFrameRate,
        @JsonbProperty("OutputAudioBitRate") Long outputAudioBitRate,
        @JsonbProperty("OutputAudioSampleRate") Long outputAudioSampleRate,
        @JsonbProperty("OutputAudioChannels") Long outputAudioChannels,
        @JsonbProperty("MixSei") String mixSei) {
}
