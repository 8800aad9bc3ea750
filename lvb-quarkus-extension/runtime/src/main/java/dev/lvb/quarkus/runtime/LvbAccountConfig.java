package dev.lvb.quarkus.runtime;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import io.quarkus.runtime.annotations.ConfigDocSection;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;

/**
 * What every LVB account configures: the default account at {@code quarkus.lvb.*}, a named one at
 * {@code quarkus.lvb."<name>".*} (environment variables {@code QUARKUS_LVB_*} and {@code QUARKUS_LVB__<NAME>__*}).
 */
public interface LvbAccountConfig {

    /**
     * Whether this account is active. When {@code false} the application starts without its credentials, its API
     * calls fail with an explanation and its callback endpoint answers 503.
     *
     * @return whether LVB is active
     */
    @WithDefault("true")
    @WithConverter(LvbConverters.BooleanConverter.class)
    boolean active();

    /**
     * The LVB APPID (the number shown in the LVB console; sent as {@code appid} or {@code cmd}). Required when
     * active; environment variable {@code QUARKUS_LVB_APP_ID} ({@code QUARKUS_LVB__<NAME>__APP_ID}).
     *
     * @return the APPID, empty when not configured
     */
    Optional<Long> appId();

    /**
     * The LVB API key (the "API authentication key" / "CGI call key" of the console) that signs API calls. Required
     * when active; environment variable {@code QUARKUS_LVB_API_KEY} ({@code QUARKUS_LVB__<NAME>__API_KEY}). Never
     * logged.
     *
     * @return the API key, empty when not configured
     */
    Optional<String> apiKey();

    /**
     * The key LVB signs event notifications with, when it differs from the API key (LVB's callback templates have
     * their own key). Defaults to the API key. Never logged.
     *
     * @return the callback key, empty to use the API key
     */
    Optional<String> callbackKey();

    /**
     * How long a signed API call stays valid: {@code t = now + signature-validity}. LVB's documented example uses
     * one minute.
     *
     * @return the validity of a signed call
     */
    @WithDefault("60s")
    @WithConverter(LvbConverters.DurationConverter.class)
    Duration signatureValidity();

    /**
     * Base URL of the statistics host ({@code statcgi}). Defaults to {@code http://statcgi.video.qcloud.com} when the
     * REST client points at LVB's own fcgi host, and to the REST client's URL otherwise (so a stub or proxy receives
     * statistics calls too).
     *
     * @return the statistics host's base URL, empty for the default rule
     */
    Optional<URI> statcgiUrl();

    /**
     * Wire details on which LVB's documentation and clients disagree.
     *
     * @return the wire options
     */
    @ConfigDocSection
    LvbConfig.Wire wire();
}
