package dev.lvb.core.url;

import java.time.Instant;

/**
 * Signed play URLs of one stream. They grant access until they expire, so this record never prints them.
 *
 * @param streamName the stream
 * @param expiry when the URLs expire ({@code txTime}; LVB adds the key's AuthDelta)
 * @param rtmp {@code rtmp://{play domain}/{app}/{stream}?txSecret=...&txTime=...}
 * @param flv {@code https://{play domain}/{app}/{stream}.flv?...} (HTTP-FLV)
 * @param hls {@code https://{play domain}/{app}/{stream}.m3u8?...}
 * @param webrtc {@code webrtc://{play domain}/{app}/{stream}?...} (LEB, low latency)
 */
public record LvbPlayUrls(String streamName, Instant expiry, String rtmp, String flv, String hls, String webrtc) {

    @Override
    public String toString() {
        return "LvbPlayUrls[streamName=" + streamName + ", expiry=" + expiry + ", urls=***]";
    }
}
