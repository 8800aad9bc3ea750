package dev.lvb.core.cloud.model;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * One push quality point of DescribeStreamPushInfoList ({@code MateFps} is Tencent's spelling). Wire names as in Tencent's API 3.0 (PascalCase); {@code null} fields are not sent.
 *
 * @param time {@code Time}
 * @param pushDomain {@code PushDomain}
 * @param appName {@code AppName}
 * @param clientIp {@code ClientIp}
 * @param beginPushTime {@code BeginPushTime}
 * @param resolution {@code Resolution}
 * @param vCodec {@code VCodec}
 * @param aCodec {@code ACodec}
 * @param sequence {@code Sequence}
 * @param videoFps {@code VideoFps}
 * @param videoRate {@code VideoRate}
 * @param audioFps {@code AudioFps}
 * @param audioRate {@code AudioRate}
 * @param localTs {@code LocalTs}
 * @param videoTs {@code VideoTs}
 * @param audioTs {@code AudioTs}
 * @param metaVideoRate {@code MetaVideoRate}
 * @param metaAudioRate {@code MetaAudioRate}
 * @param mateFps {@code MateFps}
 * @param streamParam {@code StreamParam}
 * @param bandwidth {@code Bandwidth}
 * @param flux {@code Flux}
 * @param serverIp {@code ServerIp}
 */
public record PushQualityData(
        @JsonbProperty("Time") String time,
        @JsonbProperty("PushDomain") String pushDomain,
        @JsonbProperty("AppName") String appName,
        @JsonbProperty("ClientIp") String clientIp,
        @JsonbProperty("BeginPushTime") String beginPushTime,
        @JsonbProperty("Resolution") String resolution,
        @JsonbProperty("VCodec") String vCodec,
        @JsonbProperty("ACodec") String aCodec,
        @JsonbProperty("Sequence") String sequence,
        @JsonbProperty("VideoFps") Long videoFps,
        @JsonbProperty("VideoRate") Long videoRate,
        @JsonbProperty("AudioFps") Long audioFps,
        @JsonbProperty("AudioRate") Long audioRate,
        @JsonbProperty("LocalTs") Long localTs,
        @JsonbProperty("VideoTs") Long videoTs,
        @JsonbProperty("AudioTs") Long audioTs,
        @JsonbProperty("MetaVideoRate") Long metaVideoRate,
        @JsonbProperty("MetaAudioRate") Long metaAudioRate,
        @JsonbProperty("MateFps") Long mateFps,
        @JsonbProperty("StreamParam") String streamParam,
        @JsonbProperty("Bandwidth") Double bandwidth,
        @JsonbProperty("Flux") Double flux,
        @JsonbProperty("ServerIp") String serverIp) {
}
