package dev.lvb.simulator;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.lvb.core.LvbCredentials;
import dev.lvb.core.url.LvbAuthKey;

/**
 * How to run an {@link LvbSimulator}. Build one with {@link #builder()}; {@link #defaults()} is a simulator on a
 * random loopback port with {@link #DEFAULT_APP_ID} and {@link #DEFAULT_API_KEY}.
 *
 * @param appId the LVB APPID that calls must carry as {@code appid}/{@code cmd}, positive
 * @param apiKey the API ("CGI call") key that signs calls
 * @param callbackKey the key that signs notifications, or {@code null} to sign them with the API key (as the
 *        legacy LVB did)
 * @param callbackUrl where notifications go, or {@code null} to only log them (it can be set later with
 *        {@link LvbSimulator#setCallbackUrl(URI)})
 * @param bindAddress the address to listen on, default {@code 127.0.0.1}
 * @param port the port, 0 (default) for a free one
 * @param clock the simulator's "now": expiry of {@code t}, push times, recording windows, forbid-until; default
 *        the system UTC clock (see {@link AdjustableClock} for tests)
 * @param callbackRetry how notifications are retried, default {@link CallbackRetryPolicy#LVB_2017}
 * @param plainTextErrors answer front-end refusals ({@code sign invalid}, ...) with the bare text instead of a
 *        JSON envelope; default {@code false}
 * @param serverThreads threads serving HTTP, default 8
 * @param tickInterval how often time-driven changes (recording windows ending, periodic screenshots, expired
 *        bans) are applied in the background, or {@code null}/zero for never (they are still applied before
 *        every call; see {@link LvbSimulator#tick()}); default 1 second
 * @param screenshotInterval take a screenshot of every live stream this often, or {@code null} (default) for
 *        screenshots only on request ({@link LvbSimulator#screenshot(String)})
 * @param pushDomain the push domain reported in notifications ({@code app}) and matched by the statistics'
 *        {@code push_domain} filter
 * @param playDomain the playback domain matched by the statistics' {@code pull_domain}/{@code domain} filters
 * @param pushKey the push domain's authentication key, or {@code null} (default) for pushes without a check; when
 *        set, a push must carry a valid {@code txSecret}/{@code txTime} in its {@code streamParam}
 * @param pushAuthDelta how long after {@code txTime} a push is still accepted (LVB's AuthDelta), default zero
 * @param otherAccounts further APPIDs the simulator serves, each with its own API key (an application with several
 *        LVB accounts): their calls are checked with their own key; streams are shared, a push's notifications
 *        belong to the APPID that pushed it ({@link PushOptions#appId()})
 * @param otherCallbackKeys the further APPIDs' callback keys (an APPID without one signs with its API key)
 * @param callbackPaths per APPID, a path that replaces the callback URL's path for that APPID's notifications
 *        (an application serving each account at its own path); an APPID without one uses the callback URL
 */
public record LvbSimulatorConfig(long appId, String apiKey, String callbackKey, URI callbackUrl, String bindAddress,
        int port, Clock clock, CallbackRetryPolicy callbackRetry, boolean plainTextErrors, int serverThreads,
        Duration tickInterval, Duration screenshotInterval, String pushDomain, String playDomain, LvbAuthKey pushKey,
        Duration pushAuthDelta, Map<Long, String> otherAccounts, Map<Long, String> otherCallbackKeys,
        Map<Long, String> callbackPaths) {

    /** APPID of {@link #defaults()}. */
    public static final long DEFAULT_APP_ID = 1250000000L;
    /** API key of {@link #defaults()}. */
    public static final String DEFAULT_API_KEY = "lvb-simulator-api-key";
    /** Push domain unless configured. */
    public static final String DEFAULT_PUSH_DOMAIN = "1000.livepush.myqcloud.com";
    /** Playback domain unless configured. */
    public static final String DEFAULT_PLAY_DOMAIN = "1000.liveplay.myqcloud.com";

    /**
     * Checks the values: the client side's rules for APPID and keys, and the range of each component.
     *
     * @param appId the LVB APPID that calls must carry as {@code appid}/{@code cmd}, positive
     * @param apiKey the API ("CGI call") key that signs calls
     * @param callbackKey the key that signs notifications, or {@code null} to sign them with the API key (as the
     *         legacy LVB did)
     * @param callbackUrl where notifications go, or {@code null} to only log them (it can be set later with
     *         {@link LvbSimulator#setCallbackUrl(URI)})
     * @param bindAddress the address to listen on, default {@code 127.0.0.1}
     * @param port the port, 0 (default) for a free one
     * @param clock the simulator's "now": expiry of {@code t}, push times, recording windows, forbid-until; default
     *         the system UTC clock (see {@link AdjustableClock} for tests)
     * @param callbackRetry how notifications are retried, default {@link CallbackRetryPolicy#LVB_2017}
     * @param plainTextErrors answer front-end refusals ({@code sign invalid}, ...) with the bare text instead of a
     *         JSON envelope; default {@code false}
     * @param serverThreads threads serving HTTP, default 8
     * @param tickInterval how often time-driven changes (recording windows ending, periodic screenshots, expired
     *         bans) are applied in the background, or {@code null}/zero for never (they are still applied before
     *         every call; see {@link LvbSimulator#tick()}); default 1 second
     * @param screenshotInterval take a screenshot of every live stream this often, or {@code null} (default) for
     *         screenshots only on request ({@link LvbSimulator#screenshot(String)})
     * @param pushDomain the push domain reported in notifications ({@code app}) and matched by the statistics'
     *         {@code push_domain} filter
     * @param playDomain the playback domain matched by the statistics' {@code pull_domain}/{@code domain} filters
     * @param pushKey the push domain's authentication key, or {@code null} (default) for pushes without a check; when
     *         set, a push must carry a valid {@code txSecret}/{@code txTime} in its {@code streamParam}
     * @param pushAuthDelta how long after {@code txTime} a push is still accepted (LVB's AuthDelta), default zero
     * @param otherAccounts further APPIDs the simulator serves, each with its own API key; empty by default
     * @param otherCallbackKeys the further APPIDs' callback keys (an APPID without one signs with its API key)
     * @param callbackPaths per APPID, a path that replaces the callback URL's path for that APPID's notifications
     *         (an application serving each account at its own path); an APPID without one uses the callback URL
     */
    public LvbSimulatorConfig {
        // Same rules as the client side: a positive APPID, keys without whitespace.
        LvbCredentials.of(appId, apiKey).withCallbackKey(callbackKey);
        otherAccounts = otherAccounts == null ? Map.of() : Map.copyOf(otherAccounts);
        otherAccounts.forEach(LvbCredentials::of);
        otherCallbackKeys = otherCallbackKeys == null ? Map.of() : Map.copyOf(otherCallbackKeys);
        otherCallbackKeys.forEach(LvbCredentials::of);
        callbackPaths = callbackPaths == null ? Map.of() : Map.copyOf(callbackPaths);
        callbackPaths.forEach((id, path) -> {
            if (!path.startsWith("/")) {
                throw new IllegalArgumentException("callback path of " + id + " must start with /, got " + path);
            }
        });
        if (callbackUrl != null) {
            checkCallbackUrl(callbackUrl);
        }
        Objects.requireNonNull(bindAddress, "bindAddress");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0-65535, got " + port);
        }
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(callbackRetry, "callbackRetry");
        if (serverThreads < 1) {
            throw new IllegalArgumentException("serverThreads must be at least 1, got " + serverThreads);
        }
        if (tickInterval != null && tickInterval.isNegative()) {
            throw new IllegalArgumentException("tickInterval must not be negative, got " + tickInterval);
        }
        if (screenshotInterval != null && (screenshotInterval.isNegative() || screenshotInterval.isZero())) {
            throw new IllegalArgumentException("screenshotInterval must be positive, got " + screenshotInterval);
        }
        Objects.requireNonNull(pushDomain, "pushDomain");
        Objects.requireNonNull(playDomain, "playDomain");
        pushAuthDelta = pushAuthDelta == null ? Duration.ZERO : pushAuthDelta;
        if (pushAuthDelta.isNegative()) {
            throw new IllegalArgumentException("pushAuthDelta must not be negative, got " + pushAuthDelta);
        }
    }

    /** @return a builder with every default */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the default configuration */
    public static LvbSimulatorConfig defaults() {
        return builder().build();
    }

    /** @return a builder holding this configuration */
    public Builder toBuilder() {
        return new Builder().appId(appId).apiKey(apiKey).callbackKey(callbackKey).callbackUrl(callbackUrl)
                .bindAddress(bindAddress).port(port).clock(clock).callbackRetry(callbackRetry)
                .plainTextErrors(plainTextErrors).serverThreads(serverThreads).tickInterval(tickInterval)
                .screenshotInterval(screenshotInterval).pushDomain(pushDomain).playDomain(playDomain).pushKey(pushKey)
                .pushAuthDelta(pushAuthDelta).otherAccounts(otherAccounts).otherCallbackKeys(otherCallbackKeys)
                .callbackPaths(callbackPaths);
    }

    /**
     * @param appId an APPID
     * @return the API key that signs calls of {@code appId}, if the simulator serves that APPID
     */
    public Optional<String> apiKeyOf(long appId) {
        return appId == this.appId ? Optional.of(apiKey) : Optional.ofNullable(otherAccounts.get(appId));
    }

    /**
     * @param appId one of the simulator's APPIDs
     * @return the key that signs notifications of {@code appId}: its callback key, else its API key
     */
    public String callbackKeyOf(long appId) {
        if (appId == this.appId || !otherAccounts.containsKey(appId)) {
            return effectiveCallbackKey();
        }
        return otherCallbackKeys.getOrDefault(appId, otherAccounts.get(appId));
    }

    /**
     * @param callbackUrl the simulator's current callback URL, or {@code null}
     * @param appId one of the simulator's APPIDs
     * @return where notifications of {@code appId} go: the callback URL with that APPID's path, if it has one
     */
    public URI callbackUrlOf(long appId, URI callbackUrl) {
        String path = callbackPaths.get(appId);
        return callbackUrl == null || path == null ? callbackUrl : callbackUrl.resolve(path);
    }

    /** @return the APPID and keys as lvb-core credentials, e.g. to configure the client under test */
    public LvbCredentials credentials() {
        return LvbCredentials.of(appId, apiKey).withCallbackKey(callbackKey);
    }

    /** @return the key notifications are signed with: the callback key, else the API key */
    public String effectiveCallbackKey() {
        return callbackKey != null ? callbackKey : apiKey;
    }

    @Override
    public String toString() {
        return "LvbSimulatorConfig[appId=" + appId + ", apiKey=***, callbackKey="
                + (callbackKey == null ? "<api key>" : "***") + ", callbackUrl=" + callbackUrl + ", bindAddress="
                + bindAddress + ", port=" + port + ", clock=" + clock + ", callbackRetry=" + callbackRetry
                + ", plainTextErrors=" + plainTextErrors + ", serverThreads=" + serverThreads + ", tickInterval="
                + tickInterval + ", screenshotInterval=" + screenshotInterval + ", pushDomain=" + pushDomain
                + ", playDomain=" + playDomain + ", pushKey=" + (pushKey == null ? null : "***") + ", pushAuthDelta="
                + pushAuthDelta + "]";
    }

    static URI checkCallbackUrl(URI url) {
        String scheme = url.getScheme();
        if (!url.isAbsolute() || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
                || url.getHost() == null) {
            throw new IllegalArgumentException("callback URL must be an absolute http(s) URL, got " + url);
        }
        return url;
    }

    /** Builds a {@link LvbSimulatorConfig}; every setting has a default. Not thread-safe. */
    public static final class Builder {
        private long appId = DEFAULT_APP_ID;
        private String apiKey = DEFAULT_API_KEY;
        private String callbackKey;
        private URI callbackUrl;
        private String bindAddress = "127.0.0.1";
        private int port;
        private Clock clock = Clock.systemUTC();
        private CallbackRetryPolicy callbackRetry = CallbackRetryPolicy.LVB_2017;
        private boolean plainTextErrors;
        private int serverThreads = 8;
        private Duration tickInterval = Duration.ofSeconds(1);
        private Duration screenshotInterval;
        private String pushDomain = DEFAULT_PUSH_DOMAIN;
        private String playDomain = DEFAULT_PLAY_DOMAIN;
        private LvbAuthKey pushKey;
        private Duration pushAuthDelta = Duration.ZERO;
        private final Map<Long, String> otherAccounts = new LinkedHashMap<>();
        private final Map<Long, String> otherCallbackKeys = new LinkedHashMap<>();
        private final Map<Long, String> callbackPaths = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets the APPID.
         *
         * @param value the APPID
         * @return this builder
         */
        public Builder appId(long value) {
            this.appId = value;
            return this;
        }

        /**
         * Sets the API key.
         *
         * @param value the API key
         * @return this builder
         */
        public Builder apiKey(String value) {
            this.apiKey = value;
            return this;
        }

        /**
         * Sets the callback key ({@code null}: sign notifications with the API key).
         *
         * @param value the callback key ({@code null}: sign notifications with the API key)
         * @return this builder
         */
        public Builder callbackKey(String value) {
            this.callbackKey = value;
            return this;
        }

        /**
         * Sets APPID, API key and callback key from lvb-core credentials.
         *
         * @param credentials the credentials, callback key included
         * @return this builder
         */
        public Builder credentials(LvbCredentials credentials) {
            return appId(credentials.appId()).apiKey(credentials.apiKey())
                    .callbackKey(credentials.callbackKey().orElse(null));
        }

        /**
         * Sets the callback URL ({@code null}: none yet).
         *
         * @param value the callback URL ({@code null}: none yet)
         * @return this builder
         */
        public Builder callbackUrl(URI value) {
            this.callbackUrl = value;
            return this;
        }

        /**
         * Sets the listen address.
         *
         * @param value the listen address
         * @return this builder
         */
        public Builder bindAddress(String value) {
            this.bindAddress = value;
            return this;
        }

        /**
         * Sets the port (0: a free one).
         *
         * @param value the port (0: a free one)
         * @return this builder
         */
        public Builder port(int value) {
            this.port = value;
            return this;
        }

        /**
         * Sets the clock.
         *
         * @param value the clock
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = value;
            return this;
        }

        /**
         * Sets the notification retry policy.
         *
         * @param value the notification retry policy
         * @return this builder
         */
        public Builder callbackRetry(CallbackRetryPolicy value) {
            this.callbackRetry = value;
            return this;
        }

        /**
         * Answers front-end refusals as bare text instead of a JSON envelope.
         *
         * @param value {@code true} for bare text
         * @return this builder
         */
        public Builder plainTextErrors(boolean value) {
            this.plainTextErrors = value;
            return this;
        }

        /**
         * Sets the number of HTTP threads.
         *
         * @param value the number of HTTP threads
         * @return this builder
         */
        public Builder serverThreads(int value) {
            this.serverThreads = value;
            return this;
        }

        /**
         * Sets the background tick interval ({@code null} or zero: no background ticks).
         *
         * @param value the background tick interval ({@code null} or zero: no background ticks)
         * @return this builder
         */
        public Builder tickInterval(Duration value) {
            this.tickInterval = value;
            return this;
        }

        /**
         * Sets the periodic screenshot interval ({@code null}: none).
         *
         * @param value the periodic screenshot interval ({@code null}: none)
         * @return this builder
         */
        public Builder screenshotInterval(Duration value) {
            this.screenshotInterval = value;
            return this;
        }

        /**
         * Sets the push domain.
         *
         * @param value the push domain
         * @return this builder
         */
        public Builder pushDomain(String value) {
            this.pushDomain = value;
            return this;
        }

        /**
         * Sets the playback domain.
         *
         * @param value the playback domain
         * @return this builder
         */
        public Builder playDomain(String value) {
            this.playDomain = value;
            return this;
        }

        /**
         * Sets the push key: pushes must then carry a valid {@code txSecret}/{@code txTime}.
         *
         * @param value the push key: pushes must then carry a valid {@code txSecret}/{@code txTime}
         * @return this builder
         */
        public Builder pushKey(LvbAuthKey value) {
            this.pushKey = value;
            return this;
        }

        /**
         * Sets how long after {@code txTime} a push is still accepted.
         *
         * @param value how long after {@code txTime} a push is still accepted
         * @return this builder
         */
        public Builder pushAuthDelta(Duration value) {
            this.pushAuthDelta = value;
            return this;
        }

        /**
         * Also serves {@code credentials}' APPID, its calls signed with its own API key, its notifications with its
         * callback key (else its API key).
         *
         * @param credentials a further account
         * @return this builder
         */
        public Builder account(LvbCredentials credentials) {
            otherAccounts.put(credentials.appId(), credentials.apiKey());
            credentials.callbackKey().ifPresentOrElse(k -> otherCallbackKeys.put(credentials.appId(), k),
                    () -> otherCallbackKeys.remove(credentials.appId()));
            return this;
        }

        /**
         * Sends {@code appId}'s notifications to the callback URL with this path (starting with {@code /}).
         *
         * @param appId one of the simulator's APPIDs
         * @param path the path, starting with {@code /}
         * @return this builder
         */
        public Builder callbackPath(long appId, String path) {
            callbackPaths.put(appId, path);
            return this;
        }

        /**
         * Replaces the further APPIDs' callback keys (APPID to callback key).
         *
         * @param value APPID to callback key
         * @return this builder
         */
        public Builder otherCallbackKeys(Map<Long, String> value) {
            otherCallbackKeys.clear();
            otherCallbackKeys.putAll(value);
            return this;
        }

        /**
         * Replaces the callback paths (APPID to path).
         *
         * @param value APPID to path
         * @return this builder
         */
        public Builder callbackPaths(Map<Long, String> value) {
            callbackPaths.clear();
            callbackPaths.putAll(value);
            return this;
        }

        /**
         * Replaces the further APPIDs served (APPID to API key).
         *
         * @param value APPID to API key
         * @return this builder
         */
        public Builder otherAccounts(Map<Long, String> value) {
            otherAccounts.clear();
            otherAccounts.putAll(value);
            return this;
        }

        /** @return the configuration */
        public LvbSimulatorConfig build() {
            return new LvbSimulatorConfig(appId, apiKey, callbackKey, callbackUrl, bindAddress, port, clock,
                    callbackRetry, plainTextErrors, serverThreads, tickInterval, screenshotInterval, pushDomain,
                    playDomain, pushKey, pushAuthDelta, otherAccounts, otherCallbackKeys, callbackPaths);
        }
    }
}
