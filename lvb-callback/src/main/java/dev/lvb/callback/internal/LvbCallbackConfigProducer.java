package dev.lvb.callback.internal;

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

    private final Function<String, Optional<String>> lookup;
    private volatile LvbCallbackSettings settings;
    private volatile LvbCredentials credentials;

    /** For the container's proxy. */
    protected LvbCallbackConfigProducer() {
        this.lookup = null;
    }

    /**
     * @param config the application's configuration
     */
    @Inject
    public LvbCallbackConfigProducer(Config config) {
        this.lookup = name -> config.getOptionalValue(name, String.class);
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
        return this::credentials;
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
