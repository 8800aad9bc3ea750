package dev.lvb.core.cloud.model;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * Push quality of one live stream. Wire names as in Tencent's API 3.0 (PascalCase); {@code null} fields are not sent.
 *
 * @param streamName {@code StreamName}
 * @param appName {@code AppName}
 * @param clientIp {@code ClientIp}
 * @param serverIp {@code ServerIp}
 * @param videoFps {@code VideoFps}
 * @param videoSpeed {@code VideoSpeed}
 * @param audioFps {@code AudioFps}
 * @param audioSpeed {@code AudioSpeed}
 * @param pushDomain {@code PushDomain}
 * @param beginPushTime {@code BeginPushTime}
 * @param acodec {@code Acodec}
 * @param vcodec {@code Vcodec}
 * @param resolution {@code Resolution}
 * @param asampleRate {@code AsampleRate}
 * @param metaAudioSpeed {@code MetaAudioSpeed}
 * @param metaVideoSpeed {@code MetaVideoSpeed}
 * @param metaFps {@code MetaFps}
 */
public record PushDataInfo(
        @JsonbProperty("StreamName") String streamName,
        @JsonbProperty("AppName") String appName,
        @JsonbProperty("ClientIp") String clientIp,
        @JsonbProperty("ServerIp") String serverIp,
        @JsonbProperty("VideoFps") Long videoFps,
        @JsonbProperty("VideoSpeed") Long videoSpeed,
        @JsonbProperty("AudioFps") Long audioFps,
        @JsonbProperty("AudioSpeed") Long audioSpeed,
        @JsonbProperty("PushDomain") String pushDomain,
        @JsonbProperty("BeginPushTime") String beginPushTime,
        @JsonbProperty("Acodec") String acodec,
        @JsonbProperty("Vcodec") String vcodec,
        @JsonbProperty("Resolution") String resolution,
        @JsonbProperty("AsampleRate") Long asampleRate,
        @JsonbProperty("MetaAudioSpeed") Long metaAudioSpeed,
        @JsonbProperty("MetaVideoSpeed") Long metaVideoSpeed,
        @JsonbProperty("MetaFps") Long metaFps) {
}
