package dev.lvb.callback.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.microprofile.config.Config;

import dev.lvb.callback.LvbCallbackSettings;
import dev.lvb.core.LvbCredentials;
import dev.lvb.core.LvbCredentialsProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

/**
 * Portable producers of the receiver's configuration from MicroProfile Config, properties prefixed {@code lvb.}:
 * {@link LvbCallbackSettings} ({@code lvb.callback.*}) and an {@link LvbCredentialsProvider} ({@code lvb.app-id},
 * {@code lvb.api-key}, {@code lvb.callback-key}). Kept apart from everything else so that the Quarkus extension can
 * leave this class out and produce both from its own configuration.
 */
@ApplicationScoped
public class LvbCallbackConfigProducer {

    /** Replaced callback keys still accepted during a rotation (comma-separated). */
    static final String PREVIOUS_KEYS = LvbCallbackSettings.DEFAULT_PREFIX + "callback.previous-keys";

    private final Function<String, Optional<String>> lookup;
    private final Config config;
    private volatile LvbCallbackSettings settings;
    private volatile LvbCredentials credentials;

    /** For the container's proxy. */
    protected LvbCallbackConfigProducer() {
        this.lookup = null;
        this.config = null;
    }

    /**
     * @param config the application's configuration
     */
    @Inject
    public LvbCallbackConfigProducer(Config config) {
        this.lookup = name -> config.getOptionalValue(name, String.class);
        this.config = config;
    }

    /**
     * @return the callback settings, read once
     * @throws IllegalStateException naming every invalid {@code lvb.callback.*} property
     */
    @Produces
    @Dependent
    public LvbCallbackSettings settings() {
        LvbCallbackSettings s = settings;
        if (s == null) {
            s = LvbCallbackSettings.fromProperties(lookup, LvbCallbackSettings.DEFAULT_PREFIX);
            settings = s;
        }
        return s;
    }

    /**
     * @return credentials read from {@code lvb.*} on first use (not at start: an application that turns
     *         verification off, or only sends API calls elsewhere, need not configure them here)
     */
    @Produces
    @ApplicationScoped
    public LvbCredentialsProvider credentialsProvider() {
        return new LvbCredentialsProvider() {
            @Override
            public LvbCredentials credentials() {
                return LvbCallbackConfigProducer.this.credentials();
            }

            @Override
            public List<String> previousCallbackKeys() {
                // MicroProfile's own list conversion (comma-separated), read on every use so removal takes effect
                return config.getOptionalValues(PREVIOUS_KEYS, String.class).orElse(List.of());
            }
        };
    }

    private LvbCredentials credentials() {
        LvbCredentials c = credentials;
        if (c == null) {
            c = LvbCredentials.fromProperties(lookup, LvbCallbackSettings.DEFAULT_PREFIX);
            credentials = c;
        }
        return c;
    }
}
