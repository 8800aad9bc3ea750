package dev.lvb.core.url;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Builds signed push and play URLs of LVB streams for one push domain, one play domain and one AppName (see
 * {@link LvbTxSecret} for the signature). Immutable and thread-safe; never prints its keys.
 *
 * <pre>{@code
 * LvbStreamUrls urls = LvbStreamUrls.builder().pushDomain("123.livepush.myqcloud.com")
 *         .playDomain("play.example.com").appName("live")
 *         .pushKey(LvbAuthKey.of(pushKey)).playKey(LvbAuthKey.of(playKey)).build();
 * String forBroadcaster = urls.push("room_42", Instant.now().plus(Duration.ofHours(2))).rtmp();
 * }</pre>
 */
public final class LvbStreamUrls {

    /** Stream names LVB accepts in URLs: letters, digits and {@code _ - . ~} (nothing that needs escaping). */
    private static final Pattern STREAM_NAME = Pattern.compile("[A-Za-z0-9_.~-]{1,256}");
    private static final Pattern APP_NAME = Pattern.compile("[A-Za-z0-9_.~-]{1,64}");
    private static final Pattern DOMAIN = Pattern.compile("[A-Za-z0-9.-]{1,253}(:[0-9]{1,5})?");

    private final String pushDomain;
    private final String playDomain;
    private final String appName;
    private final LvbAuthKey pushKey;
    private final LvbAuthKey playKey;
    private final boolean httpsPlay;
    private final int srtPort;
    private final boolean backupKeys;

    private LvbStreamUrls(Builder b, boolean backupKeys) {
        this.pushDomain = b.pushDomain;
        this.playDomain = b.playDomain;
        this.appName = b.appName;
        this.pushKey = b.pushKey;
        this.playKey = b.playKey;
        this.httpsPlay = b.httpsPlay;
        this.srtPort = b.srtPort;
        this.backupKeys = backupKeys;
    }

    /** @return a new builder (AppName {@code live}, HTTPS play URLs, SRT port 9000) */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @return a signer like this one that signs with the backup keys (for key rotation); a key without a backup
     *         keeps signing with its primary
     * @throws IllegalStateException when no configured key has a backup key
     */
    public LvbStreamUrls withBackupKeys() {
        if ((pushKey == null || pushKey.backup() == null) && (playKey == null || playKey.backup() == null)) {
            throw new IllegalStateException("no backup key configured");
        }
        Builder b = new Builder();
        b.pushDomain = pushDomain;
        b.playDomain = playDomain;
        b.appName = appName;
        b.pushKey = pushKey;
        b.playKey = playKey;
        b.httpsPlay = httpsPlay;
        b.srtPort = srtPort;
        return new LvbStreamUrls(b, true);
    }

    /**
     * @param streamName the stream (letters, digits, {@code _ - . ~})
     * @param expiry when the URLs expire
     * @return the signed push URLs (unsigned when no push key is configured)
     * @throws IllegalStateException when no push domain is configured
     * @throws IllegalArgumentException for an invalid stream name or an expiry before 1970
     */
    public LvbPushUrls push(String streamName, Instant expiry) {
        if (pushDomain == null) {
            throw new IllegalStateException("no push domain configured");
        }
        checkStream(streamName);
        String txTime = LvbTxSecret.txTime(expiry);
        String path = appName + "/" + streamName;
        String key = key(pushKey);
        String query = key == null ? "" : "?" + LvbTxSecret.TX_SECRET + "=" + LvbTxSecret.txSecret(key, streamName,
                txTime) + "&" + LvbTxSecret.TX_TIME + "=" + txTime;
        String srtSign = key == null ? "" : "," + query.substring(1).replace('&', ',');
        String srt = "srt://" + host(pushDomain) + ":" + srtPort + "?streamid=#!::h=" + pushDomain + ",r=" + path
                + srtSign;
        return new LvbPushUrls(streamName, expiry, "rtmp://" + pushDomain + "/" + path + query,
                "webrtc://" + pushDomain + "/" + path + query, srt);
    }

    /**
     * @param streamName the stream (letters, digits, {@code _ - . ~}); for a transcoded stream
     *        {@code {stream}_{template}}
     * @param expiry when the URLs expire
     * @return the signed play URLs (unsigned when no play key is configured)
     * @throws IllegalStateException when no play domain is configured
     * @throws IllegalArgumentException for an invalid stream name or an expiry before 1970
     */
    public LvbPlayUrls play(String streamName, Instant expiry) {
        if (playDomain == null) {
            throw new IllegalStateException("no play domain configured");
        }
        checkStream(streamName);
        String txTime = LvbTxSecret.txTime(expiry);
        String key = key(playKey);
        String query = key == null ? "" : "?" + LvbTxSecret.TX_SECRET + "=" + LvbTxSecret.txSecret(key, streamName,
                txTime) + "&" + LvbTxSecret.TX_TIME + "=" + txTime;
        String path = playDomain + "/" + appName + "/" + streamName;
        String http = httpsPlay ? "https://" : "http://";
        return new LvbPlayUrls(streamName, expiry, "rtmp://" + path + query, http + path + ".flv" + query,
                http + path + ".m3u8" + query, "webrtc://" + path + query);
    }

    private String key(LvbAuthKey k) {
        if (k == null) {
            return null;
        }
        return backupKeys && k.backup() != null ? k.backup() : k.primary();
    }

    private static String host(String domain) {
        int colon = domain.indexOf(':');
        return colon < 0 ? domain : domain.substring(0, colon);
    }

    private static void checkStream(String streamName) {
        if (streamName == null || !STREAM_NAME.matcher(streamName).matches()) {
            throw new IllegalArgumentException("invalid stream name '" + clip(streamName)
                    + "': use 1-256 letters, digits, '_', '-', '.' or '~'");
        }
    }

    private static String clip(String s) {
        return s == null ? null : s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }

    @Override
    public String toString() {
        return "LvbStreamUrls[push=" + pushDomain + ", play=" + playDomain + ", app=" + appName + "]";
    }

    /** Configures an {@link LvbStreamUrls}. */
    public static final class Builder {
        private String pushDomain;
        private String playDomain;
        private String appName = "live";
        private LvbAuthKey pushKey;
        private LvbAuthKey playKey;
        private boolean httpsPlay = true;
        private int srtPort = 9000;

        private Builder() {
        }

        /**
         * @param domain the push domain, e.g. {@code 123.livepush.myqcloud.com} (optionally with {@code :port})
         * @return this builder
         */
        public Builder pushDomain(String domain) {
            this.pushDomain = domain(domain);
            return this;
        }

        /**
         * @param domain the play domain (optionally with {@code :port})
         * @return this builder
         */
        public Builder playDomain(String domain) {
            this.playDomain = domain(domain);
            return this;
        }

        /**
         * @param appName the AppName, the path segment before the stream ({@code live} by default)
         * @return this builder
         */
        public Builder appName(String appName) {
            if (appName == null || !APP_NAME.matcher(appName).matches()) {
                throw new IllegalArgumentException("invalid AppName '" + clip(appName) + "'");
            }
            this.appName = appName;
            return this;
        }

        /**
         * @param key the push key, or {@code null} for unsigned push URLs
         * @return this builder
         */
        public Builder pushKey(LvbAuthKey key) {
            this.pushKey = key;
            return this;
        }

        /**
         * @param key the play key, or {@code null} for unsigned play URLs
         * @return this builder
         */
        public Builder playKey(LvbAuthKey key) {
            this.playKey = key;
            return this;
        }

        /**
         * @param https whether FLV and HLS play URLs use {@code https} (default) or {@code http}
         * @return this builder
         */
        public Builder httpsPlay(boolean https) {
            this.httpsPlay = https;
            return this;
        }

        /**
         * @param port the SRT port of the push domain (9000)
         * @return this builder
         */
        public Builder srtPort(int port) {
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("invalid SRT port " + port);
            }
            this.srtPort = port;
            return this;
        }

        /** @return the signer */
        public LvbStreamUrls build() {
            if (pushDomain == null && playDomain == null) {
                throw new IllegalStateException("configure a push domain, a play domain or both");
            }
            return new LvbStreamUrls(this, false);
        }

        private static String domain(String domain) {
            Objects.requireNonNull(domain, "domain");
            if (!DOMAIN.matcher(domain).matches()) {
                throw new IllegalArgumentException("invalid domain '" + clip(domain) + "'");
            }
            return domain;
        }
    }
}
