package dev.lvb.quarkus.runtime;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.quarkus.runtime.annotations.ConfigDocMapKey;
import io.quarkus.runtime.annotations.ConfigDocSection;
import io.quarkus.runtime.annotations.ConfigPhase;
import io.quarkus.runtime.annotations.ConfigRoot;
import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithDefaults;
import io.smallrye.config.WithParentName;

/**
 * Run-time configuration of the LVB extension: the default account (the unnamed {@code quarkus.lvb.*}, see
 * {@link LvbAccountConfig}), the named accounts ({@code quarkus.lvb."<name>".*}) and what all accounts share. The
 * HTTP side of API calls (URL of the fcgi host, timeouts, proxy, TLS, logging) is the standard
 * {@code quarkus.rest-client."lvb".*} configuration ({@code quarkus.rest-client."lvb-<name>".*} for a named account).
 */
@ConfigMapping(prefix = "quarkus.lvb")
@ConfigRoot(phase = ConfigPhase.RUN_TIME)
public interface LvbConfig extends LvbAccountConfig {

    /**
     * The named accounts: {@code quarkus.lvb."<name>".*} (see {@link NamedAccount}). Their HTTP settings are
     * {@code quarkus.rest-client."lvb-<name>".*}.
     *
     * @return the named accounts by name
     */
    @WithParentName
    @WithDefaults
    @ConfigDocMapKey("account-name")
    Map<String, NamedAccount> accounts();


    /**
     * Event notifications (callbacks).
     *
     * @return the callback settings
     */
    @ConfigDocSection
    Callback callback();

    /**
     * Signed push and play URLs (anti-leech keys of the push and play domains), for the {@code LvbStreamUrls} bean.
     *
     * @return the push and play URL settings
     */
    @ConfigDocSection
    Urls urls();

    /**
     * Tencent Cloud API version 3 ({@code LvbCloudApi}, REST client config key {@code lvb-cloud})
     *
     * @return the Cloud API 3.0 settings
     */
    @ConfigDocSection
    Cloud cloud();

    /**
     * What the LVB simulator Dev Service tells the application (set by the Dev Service, not by users).
     *
     * @return what the Dev Service set
     */
    @ConfigDocSection
    DevServices devservices();

    /** Tencent Cloud API 3.0 credentials; a {@code LvbCloudCredentialsProvider} bean replaces them (tokens, rotation). */
    interface Cloud {

        /**
         * The SecretId of a Tencent Cloud API key (CAM console).
         *
         * @return the SecretId, empty when not configured
         */
        Optional<String> secretId();

        /**
         * The SecretKey of that API key. Never logged.
         *
         * @return the SecretKey, empty when not configured
         */
        Optional<String> secretKey();

        /**
         * {@code X-TC-Region}; LVB's actions need none.
         *
         * @return the region, empty for none
         */
        Optional<String> region();
    }

    /** Set by the LVB simulator Dev Service. */
    interface DevServices {
        /**
         * Base URL of the simulator the Dev Service started; the application announces its callback URL there.
         * Set by the Dev Service; leave unset.
         *
         * @return the simulator's base URL, empty without the Dev Service
         */
        Optional<URI> simulatorUrl();
    }

    /** The Redis duplicate filter. */
    interface Redis {
        /**
         * Prefix of the keys, so that applications sharing a Redis do not see each other's events; the LVB APPID
         * follows it ({@code <prefix>:<appid>:<event hash>}).
         *
         * @return the key prefix
         */
        @WithDefault("lvb:${quarkus.application.name:app}")
        String keyPrefix();
    }

    /** Wire details on which LVB's sources disagree; the defaults follow the newest documentation. */
    interface Wire {
        /**
         * Name of the APPID parameter on the fcgi host: {@code appid} (2017+ documentation) or {@code cmd} (2016
         * documentation). The statistics host always uses {@code cmd}.
         *
         * @return {@code appid} or {@code cmd}
         */
        @WithDefault("appid")
        String fcgiAppIdParam();

        /**
         * Send the recording task id as {@code Param.s.task_id} instead of {@code Param.n.task_id}.
         *
         * @return whether the task id goes as {@code Param.s.task_id}
         */
        @WithDefault("false")
        @WithConverter(LvbConverters.BooleanConverter.class)
        boolean taskIdAsString();

        /**
         * Name of the sort-direction parameter of Live_Channel_GetChannelList: {@code order_by_type} or
         * {@code order_type}.
         *
         * @return {@code order_by_type} or {@code order_type}
         */
        @WithDefault("order_by_type")
        String channelListOrderParam();

        /**
         * The query {@code interface} value of stream-mixing calls: {@code Mix_StreamV2},
         * {@code mix_streamv2.start_mix_stream_advanced} or {@code Mix_Stream}.
         *
         * @return the {@code interface} query value of mixing calls
         */
        @WithDefault("Mix_StreamV2")
        String mixQueryInterface();
    }

    /** Event notifications. */
    interface Callback {
        /**
         * How far LVB's clock may differ from ours when checking {@code t}.
         *
         * @return the tolerated clock difference
         */
        @WithDefault("60s")
        @WithConverter(LvbConverters.DurationConverter.class)
        Duration clockSkew();

        /**
         * How far in the future a notification's {@code t} may lie (LVB sends now + 10 minutes).
         *
         * @return how far ahead {@code t} may lie
         */
        @WithDefault("10m")
        @WithConverter(LvbConverters.DurationConverter.class)
        Duration maxLifetime();

        /**
         * Largest notification body accepted; larger ones are answered 413.
         *
         * @return the largest accepted body
         */
        @WithDefault("64K")
        @WithConverter(LvbConverters.SizeConverter.class)
        MemorySize maxBodySize();

        /**
         * A notification received again within this window reaches observers once. LVB retries for up to about 12
         * minutes.
         *
         * @return the de-duplication window; zero turns de-duplication off
         */
        @WithDefault("30m")
        @WithConverter(LvbConverters.DurationConverter.class)
        Duration dedupeWindow();

        /**
         * How long a claim on an event being delivered lives unless renewed (the receiver renews it every third of
         * the lease while observers run). Shorter than LVB's retry interval (a minute), so that after an instance
         * died mid-delivery LVB's next retry is delivered by another instance.
         *
         * @return the lease of a delivery claim
         */
        @WithDefault("30s")
        @WithConverter(LvbConverters.DurationConverter.class)
        Duration dedupeLease();

        /**
         * Most notifications remembered by the in-memory duplicate filter.
         *
         * @return the bound of the in-memory filter
         */
        @WithDefault("100000")
        int dedupeMaxEntries();

        /**
         * The Redis duplicate filter ({@code quarkus.lvb.callback.dedupe-store=redis}).
         *
         * @return the Redis filter settings
         */
        Redis redis();

        /**
         * Callback keys replaced during a key rotation but still accepted until removed from this list, so that
         * notifications signed with the old key are not lost while LVB's console and the application switch keys.
         * Which key verified a notification shows in the {@code lvb.callback.notifications} metric's {@code key} tag
         * ({@code current} or {@code previous}), never in logs.
         *
         * @return the previous callback keys, empty when none
         */
        Optional<java.util.List<String>> previousKeys();

        /**
         * Verify {@code t} and {@code sign} of notifications. Turning this off lets anyone forge events; a warning
         * is logged at every start while it is off.
         *
         * @return whether notifications' signatures are checked
         */
        @WithDefault("true")
        @WithConverter(LvbConverters.BooleanConverter.class)
        boolean verifySignature();
    }

    /** Signed push and play URLs; see {@code dev.lvb.core.url.LvbStreamUrls}. */
    interface Urls {
        /**
         * The push domain, e.g. {@code 123456.livepush.myqcloud.com}. Needed for push URLs.
         *
         * @return the push domain, empty when not configured
         */
        Optional<String> pushDomain();

        /**
         * The play domain (a domain of yours, CNAMEd to LVB). Needed for play URLs.
         *
         * @return the play domain, empty when not configured
         */
        Optional<String> playDomain();

        /**
         * The AppName: the path segment before the stream name.
         *
         * @return the AppName
         */
        @WithDefault("live")
        String appName();

        /**
         * The push domain's primary authentication key (MasterAuthKey). Without it push URLs are unsigned. Never
         * logged.
         *
         * @return the push domain's primary key, empty for unsigned push URLs
         */
        Optional<String> pushKey();

        /**
         * The push domain's backup authentication key (BackupAuthKey). Never logged.
         *
         * @return the push domain's backup key, empty when none
         */
        Optional<String> pushBackupKey();

        /**
         * The play domain's primary authentication key (AuthKey). Without it play URLs are unsigned. Never logged.
         *
         * @return the play domain's primary key, empty for unsigned play URLs
         */
        Optional<String> playKey();

        /**
         * The play domain's backup authentication key (AuthBackKey). Never logged.
         *
         * @return the play domain's backup key, empty when none
         */
        Optional<String> playBackupKey();

        /**
         * Whether HTTP-FLV and HLS play URLs use {@code https}.
         *
         * @return whether play URLs use {@code https}
         */
        @WithDefault("true")
        @WithConverter(LvbConverters.BooleanConverter.class)
        boolean playHttps();

        /**
         * The SRT port of the push domain.
         *
         * @return the SRT port
         */
        @WithDefault("9000")
        int srtPort();
    }

    /**
     * A named account, {@code quarkus.lvb."<name>".*}: its own APPID, keys, wire options and callback path. Its HTTP
     * settings are {@code quarkus.rest-client."lvb-<name>".*}; inject it with {@code @LvbAccount("<name>")}.
     */
    interface NamedAccount extends LvbAccountConfig {
        /**
         * Where this account's notifications arrive.
         *
         * @return the account's callback settings
         */
        NamedCallback callback();
    }

    /** Event notifications of a named account (limits, windows and verification are shared with the default). */
    interface NamedCallback {
        /**
         * Path of this account's callback endpoint (configure this URL in the account's LVB console); defaults to
         * {@code /lvb/callback/<name>}.
         *
         * @return the path, empty for the default
         */
        Optional<String> path();

        /**
         * This account's replaced callback keys still accepted until removed (key rotation).
         *
         * @return the previous callback keys, empty when none
         */
        Optional<List<String>> previousKeys();
    }
}
