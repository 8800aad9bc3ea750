package dev.lvb.simulator.internal;

import dev.lvb.core.url.LvbTxSecret;

/**
 * The stream name and the signature parameters of a push URL ({@code rtmp://}, {@code webrtc://} or
 * {@code srt://...?streamid=#!::h=...,r=app/stream,txSecret=...,txTime=...}).
 *
 * @param streamName the stream
 * @param streamParam the signature as a query string ({@code txSecret=...&txTime=...}), empty when unsigned
 */
public record PushUrl(String streamName, String streamParam) {

    /**
     * @param url a push URL
     * @return its parts
     * @throws IllegalArgumentException when it names no stream
     */
    public static PushUrl parse(String url) {
        if (url == null) {
            throw new IllegalArgumentException("no push URL");
        }
        int q = url.indexOf('?');
        if (url.startsWith("srt://")) {
            int id = url.indexOf("streamid=");
            String resource = null;
            StringBuilder param = new StringBuilder();
            if (id >= 0) {
                for (String item : url.substring(id + "streamid=".length()).replace("#!::", "").split(",")) {
                    if (item.startsWith("r=")) {
                        resource = item.substring(2);
                    } else if (item.startsWith(LvbTxSecret.TX_SECRET + "=") || item.startsWith(LvbTxSecret.TX_TIME
                            + "=")) {
                        param.append(param.isEmpty() ? "" : "&").append(item);
                    }
                }
            }
            if (resource == null || resource.endsWith("/")) {
                throw new IllegalArgumentException("SRT push URL without r={app}/{stream}");
            }
            return new PushUrl(resource.substring(resource.lastIndexOf('/') + 1), param.toString());
        }
        String path = q < 0 ? url : url.substring(0, q);
        int slash = path.lastIndexOf('/');
        if (slash < 0 || slash == path.length() - 1 || !path.contains("://")) {
            throw new IllegalArgumentException("push URL without a stream name");
        }
        return new PushUrl(path.substring(slash + 1), q < 0 ? "" : url.substring(q + 1));
    }
}
