package dev.lvb.core.url;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

import dev.lvb.core.LvbSignature;

/**
 * LVB's anti-leech signature of push and play URLs (doc "防盗链计算"): {@code txTime} is the URL's expiry in UNIX
 * seconds as <b>uppercase</b> hexadecimal, {@code txSecret = lowercase_hex(md5(key + streamName + txTime))}. Only
 * the stream name is signed, not the domain or the AppName. LVB hashes {@code txTime} as the URL spells it, so the
 * hash and the URL must use the same text: this class always writes uppercase.
 */
public final class LvbTxSecret {

    /** Query parameter of the signature. */
    public static final String TX_SECRET = "txSecret";
    /** Query parameter of the expiry. */
    public static final String TX_TIME = "txTime";

    private LvbTxSecret() {
    }

    /**
     * @param expiry when the URL expires (LVB still accepts it for the key's AuthDelta after that)
     * @return {@code txTime}: UNIX seconds as uppercase hex, e.g. {@code 5C271099}
     */
    public static String txTime(Instant expiry) {
        Objects.requireNonNull(expiry, "expiry");
        long seconds = expiry.getEpochSecond();
        if (seconds < 0) {
            throw new IllegalArgumentException("expiry before 1970: " + expiry);
        }
        return Long.toHexString(seconds).toUpperCase(Locale.ROOT);
    }

    /**
     * @param key the push or play key
     * @param streamName the stream name (the last path segment, without {@code .flv}/{@code .m3u8})
     * @param txTime the {@code txTime} exactly as it appears in the URL
     * @return {@code txSecret}, 32 lowercase hex characters
     */
    public static String txSecret(String key, String streamName, String txTime) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(streamName, "stream name");
        Objects.requireNonNull(txTime, "txTime");
        return LvbSignature.sign(key, streamName + txTime);
    }

    /**
     * @param key the domain's authentication key
     * @param streamName the stream name (the last path segment, without {@code .flv}/{@code .m3u8})
     * @param expiry when the URL expires (LVB still accepts it for the key's AuthDelta after that)
     * @return the signed query without {@code ?}: {@code txSecret=...&txTime=...}
     */
    public static String query(String key, String streamName, Instant expiry) {
        String txTime = txTime(expiry);
        return TX_SECRET + "=" + txSecret(key, streamName, txTime) + "&" + TX_TIME + "=" + txTime;
    }
}
