package dev.lvb.core.url;

import java.time.Instant;

/**
 * Signed push URLs of one stream. Hand one to the broadcaster; they are credentials until they expire, so this
 * record never prints them.
 *
 * @param streamName the stream
 * @param expiry when the URLs expire ({@code txTime}; LVB adds the key's AuthDelta)
 * @param rtmp {@code rtmp://{push domain}/{app}/{stream}?txSecret=...&txTime=...}
 * @param webrtc {@code webrtc://{push domain}/{app}/{stream}?txSecret=...&txTime=...}
 * @param srt {@code srt://{push domain}:9000?streamid=#!::h={push domain},r={app}/{stream},txSecret=...,txTime=...}
 */
public record LvbPushUrls(String streamName, Instant expiry, String rtmp, String webrtc, String srt) {

    @Override
    public String toString() {
        return "LvbPushUrls[streamName=" + streamName + ", expiry=" + expiry + ", urls=***]";
    }
}
