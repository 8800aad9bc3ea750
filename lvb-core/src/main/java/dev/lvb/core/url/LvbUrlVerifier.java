package dev.lvb.core.url;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import dev.lvb.core.LvbSignature;

/**
 * Checks a push or play URL the way LVB does, for applications that check URLs themselves (an own edge, a token
 * gate) and for tests: the {@code txSecret} must be {@code md5(key + streamName + txTime)} with the primary or the
 * backup key, and {@code txTime} plus the allowed delta (LVB's AuthDelta) must not have passed. Understands RTMP,
 * WebRTC, HTTP-FLV, HLS and SRT URLs as {@link LvbStreamUrls} builds them.
 */
public final class LvbUrlVerifier {

    private final LvbAuthKey key;
    private final Duration allowedDelta;

    /**
     * @param key the push or play key
     * @param allowedDelta how long after {@code txTime} a URL is still accepted (LVB's AuthDelta; zero for none)
     */
    public LvbUrlVerifier(LvbAuthKey key, Duration allowedDelta) {
        this.key = Objects.requireNonNull(key, "key");
        this.allowedDelta = Objects.requireNonNull(allowedDelta, "allowed delta");
        if (allowedDelta.isNegative()) {
            throw new IllegalArgumentException("negative allowed delta");
        }
    }

    /**
     * @param url a push or play URL
     * @param now the time to check the expiry against
     * @return valid, expired or forged; never throws for a malformed URL (it is forged)
     */
    public LvbUrlVerification verify(String url, Instant now) {
        Objects.requireNonNull(now, "now");
        if (url == null) {
            return new LvbUrlVerification.Forged("no URL");
        }
        String stream;
        String secret;
        String txTime;
        int q = url.indexOf('?');
        if (url.startsWith("srt://")) {
            int id = url.indexOf("streamid=");
            if (id < 0) {
                return new LvbUrlVerification.Forged("SRT URL without streamid");
            }
            String resource = null;
            secret = null;
            txTime = null;
            for (String item : url.substring(id + "streamid=".length()).replace("#!::", "").split(",")) {
                if (item.startsWith("r=")) {
                    resource = item.substring(2);
                } else if (item.startsWith(LvbTxSecret.TX_SECRET + "=")) {
                    secret = item.substring(LvbTxSecret.TX_SECRET.length() + 1);
                } else if (item.startsWith(LvbTxSecret.TX_TIME + "=")) {
                    txTime = item.substring(LvbTxSecret.TX_TIME.length() + 1);
                }
            }
            if (resource == null) {
                return new LvbUrlVerification.Forged("SRT streamid without r=");
            }
            stream = resource.substring(resource.lastIndexOf('/') + 1);
        } else {
            String path = q < 0 ? url : url.substring(0, q);
            stream = path.substring(path.lastIndexOf('/') + 1);
            // Only HTTP play URLs carry a format suffix; an RTMP stream may well be called "a.flv".
            boolean http = url.startsWith("http://") || url.startsWith("https://");
            if (http && stream.endsWith(".flv")) {
                stream = stream.substring(0, stream.length() - 4);
            } else if (http && stream.endsWith(".m3u8")) {
                stream = stream.substring(0, stream.length() - 5);
            }
            secret = q < 0 ? null : param(url.substring(q + 1), LvbTxSecret.TX_SECRET);
            txTime = q < 0 ? null : param(url.substring(q + 1), LvbTxSecret.TX_TIME);
        }
        return verify(stream, secret, txTime, now);
    }

    /**
     * @param streamName the stream name as it appears in the URL
     * @param txSecret the URL's {@code txSecret}
     * @param txTime the URL's {@code txTime}, exactly as it appears
     * @param now the time to check the expiry against
     * @return valid, expired or forged
     */
    public LvbUrlVerification verify(String streamName, String txSecret, String txTime, Instant now) {
        if (streamName == null || streamName.isEmpty()) {
            return new LvbUrlVerification.Forged("no stream name");
        }
        if (txSecret == null || txSecret.isEmpty()) {
            return new LvbUrlVerification.Forged("txSecret is missing");
        }
        if (txTime == null || txTime.isEmpty()) {
            return new LvbUrlVerification.Forged("txTime is missing");
        }
        if (txTime.length() > 15 || !txTime.chars().allMatch(LvbUrlVerifier::isHex)) {
            return new LvbUrlVerification.Forged("txTime is not hexadecimal");
        }
        boolean primary = LvbSignature.matches(LvbTxSecret.txSecret(key.primary(), streamName, txTime), txSecret);
        boolean backup = !primary && key.backup() != null
                && LvbSignature.matches(LvbTxSecret.txSecret(key.backup(), streamName, txTime), txSecret);
        if (!primary && !backup) {
            return new LvbUrlVerification.Forged("txSecret does not match");
        }
        Instant expiry = Instant.ofEpochSecond(Long.parseLong(txTime, 16));
        if (now.isAfter(expiry.plus(allowedDelta))) {
            return new LvbUrlVerification.Expired(streamName, expiry);
        }
        return new LvbUrlVerification.Valid(streamName, expiry, backup);
    }

    private static boolean isHex(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static String param(String query, String name) {
        int hash = query.indexOf('#');
        String q = hash < 0 ? query : query.substring(0, hash);
        for (String pair : q.split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return "LvbUrlVerifier[key=***, allowedDelta=" + allowedDelta + "]";
    }
}
