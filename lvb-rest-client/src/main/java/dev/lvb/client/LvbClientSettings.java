package dev.lvb.client;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.microprofile.config.Config;

import dev.lvb.core.LvbCredentials;
import dev.lvb.core.LvbCredentialsProvider;
import dev.lvb.core.LvbSigner;
import dev.lvb.core.LvbWireOptions;
import dev.lvb.core.config.ConfigValues;

/**
 * Everything {@link LvbApi} needs besides its (fcgi) base URL, which is the REST client's own URL.
 * <p>
 * The signing filter finds the settings of a client in this order:
 * <ol>
 * <li>on Quarkus, the application's bean of type {@code LvbClientSettings} (the extension injects it into the
 * filter);</li>
 * <li>the client property {@value #PROPERTY} (set by {@link LvbClients#build}/{@link LvbClients#create});</li>
 * <li>MicroProfile Config, with {@link #fromConfig(Config, String) fromConfig(config, "lvb.")}.</li>
 * </ol>
 * The properties ({@code lvb.*} in plain MicroProfile), their defaults and formats: the "Configuration" page of the
 * documentation. Timeouts, proxies and TLS are REST client settings.
 *
 * @param credentials supplies the APPID and API key, asked once per request (so a rotated key is used at once)
 * @param signatureValidity {@code t = now + signatureValidity}; at least one second
 * @param statcgiUrl base URL of the statistics host ({@code http://statcgi.video.qcloud.com} style, with or without
 *        {@code /common_access}), or {@code null}: then statistics go to LVB's statcgi host when the client's URL is
 *        LVB's default fcgi host, and otherwise to the client's own URL, so that a client pointed at a stub or a
 *        proxy never sends statistics calls to the real LVB by accident
 * @param wire the wire details LVB's sources disagree on
 * @param clock tells "now" for {@code t} and the mixing {@code timestamp}
 */
public record LvbClientSettings(LvbCredentialsProvider credentials, Duration signatureValidity, URI statcgiUrl,
        LvbWireOptions wire, Clock clock) {

    /** The client property that carries the settings of one client (see {@link LvbClients}). */
    public static final String PROPERTY = "dev.lvb.client.settings";

    /** The MicroProfile Config prefix of the settings outside Quarkus. */
    public static final String DEFAULT_PREFIX = "lvb.";

    /**
     * @param credentials required
     * @param signatureValidity {@code null} for {@link LvbSigner#DEFAULT_VALIDITY}
     * @param statcgiUrl {@code null} for the rule described above; otherwise an absolute http(s) URL
     * @param wire {@code null} for {@link LvbWireOptions#DEFAULTS}
     * @param clock {@code null} for the system UTC clock
     */
    public LvbClientSettings {
        Objects.requireNonNull(credentials, "credentials");
        signatureValidity = signatureValidity == null ? LvbSigner.DEFAULT_VALIDITY : signatureValidity;
        if (signatureValidity.getSeconds() < 1) {
            throw new IllegalArgumentException("signature validity must be at least 1 second, got " + signatureValidity);
        }
        if (statcgiUrl != null) {
            String scheme = statcgiUrl.getScheme();
            if (!statcgiUrl.isAbsolute() || statcgiUrl.getRawAuthority() == null
                    || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
                throw new IllegalArgumentException("statcgi URL must be an absolute http(s) URL, got " + statcgiUrl);
            }
        }
        wire = wire == null ? LvbWireOptions.DEFAULTS : wire;
        clock = clock == null ? Clock.systemUTC() : clock;
    }

    /**
     * @param credentials fixed credentials
     * @return settings with every default
     */
    public static LvbClientSettings of(LvbCredentials credentials) {
        return of(LvbCredentialsProvider.of(credentials));
    }

    /**
     * @param credentials a provider, asked on every request (vaults, key rotation)
     * @return settings with every default
     */
    public static LvbClientSettings of(LvbCredentialsProvider credentials) {
        return new LvbClientSettings(credentials, null, null, null, null);
    }

    /**
     * @param validity how long a signed request stays valid ({@code t} lies that far ahead)
     * @return a copy with another validity of signed requests
     */
    public LvbClientSettings withSignatureValidity(Duration validity) {
        return new LvbClientSettings(credentials, validity, statcgiUrl, wire, clock);
    }

    /**
     * @param url the base URL, or {@code null}
     * @return a copy sending the statistics APIs to this base URL ({@code null}: the default rule)
     */
    public LvbClientSettings withStatcgiUrl(URI url) {
        return new LvbClientSettings(credentials, signatureValidity, url, wire, clock);
    }

    /**
     * @param options the wire options
     * @return a copy with other wire options
     */
    public LvbClientSettings withWire(LvbWireOptions options) {
        return new LvbClientSettings(credentials, signatureValidity, statcgiUrl, options, clock);
    }

    /**
     * @param c the clock of the signatures
     * @return a copy reading another clock (tests)
     */
    public LvbClientSettings withClock(Clock c) {
        return new LvbClientSettings(credentials, signatureValidity, statcgiUrl, wire, c);
    }

    /**
     * Reads the settings from MicroProfile Config (see the table above). The credentials are read and checked now.
     *
     * @param config the configuration
     * @param prefix the property prefix, {@value #DEFAULT_PREFIX} outside Quarkus
     * @return the settings
     * @throws IllegalStateException naming each missing or invalid property (never a key's value)
     */
    public static LvbClientSettings fromConfig(Config config, String prefix) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(prefix, "prefix");
        java.util.function.Function<String, Optional<String>> lookup = name -> config.getOptionalValue(name,
                String.class);
        LvbCredentials credentials = LvbCredentials.fromProperties(lookup, prefix);

        List<String> problems = new ArrayList<>();
        ConfigValues values = new ConfigValues(lookup, prefix, problems);
        Duration validity = values.duration("signature-validity", LvbSigner.DEFAULT_VALIDITY, true);
        URI statcgi = values.string("statcgi-url").map(v -> {
            try {
                return URI.create(v);
            } catch (IllegalArgumentException e) {
                problems.add(prefix + "statcgi-url is not a URL: " + e.getMessage());
                return null;
            }
        }).orElse(null);
        LvbWireOptions d = LvbWireOptions.DEFAULTS;
        boolean taskIdAsString = values.bool("wire.task-id-as-string", d.taskIdAsString());
        String fcgiAppIdParam = values.string("wire.fcgi-app-id-param").orElse(d.fcgiAppIdParam());
        String orderParam = values.string("wire.channel-list-order-param").orElse(d.channelListOrderParam());
        String mixInterface = values.string("wire.mix-query-interface").orElse(d.mixQueryInterface());
        if (!problems.isEmpty()) {
            throw new IllegalStateException("invalid LVB client configuration: " + String.join("; ", problems));
        }
        LvbWireOptions options;
        try {
            options = new LvbWireOptions(fcgiAppIdParam, taskIdAsString, orderParam, mixInterface);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("invalid " + prefix + "wire.* setting: " + e.getMessage(), e);
        }
        try {
            return new LvbClientSettings(LvbCredentialsProvider.of(credentials), validity, statcgi, options, null);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("invalid LVB client settings (" + prefix + "*): " + e.getMessage(), e);
        }
    }

    /** Shows no secret: the credentials provider is not rendered. */
    @Override
    public String toString() {
        return "LvbClientSettings[credentials=<provider>, signatureValidity=" + signatureValidity + ", statcgiUrl="
                + (statcgiUrl == null ? "<default rule>" : statcgiUrl) + ", wire=" + wire + ", clock=" + clock + "]";
    }
}
