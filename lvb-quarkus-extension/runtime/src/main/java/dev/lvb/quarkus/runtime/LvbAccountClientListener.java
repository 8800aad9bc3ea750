package dev.lvb.quarkus.runtime;

import java.util.function.Supplier;

import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.eclipse.microprofile.rest.client.spi.RestClientListener;

import dev.lvb.client.LvbClientSettings;

/**
 * Hands a named account's settings to the REST client being built for it. The client is built by Quarkus from
 * {@code quarkus.rest-client."lvb-<name>".*} (so every HTTP setting of that key applies), which offers no other way
 * to set a client property; this MicroProfile listener sets it while {@link #build} runs on the same thread.
 */
public final class LvbAccountClientListener implements RestClientListener {

    private static final ThreadLocal<LvbClientSettings> BUILDING = new ThreadLocal<>();

    /** Instantiated by the REST client runtime (service loader). */
    public LvbAccountClientListener() {
    }

    @Override
    public void onNewClient(Class<?> serviceInterface, RestClientBuilder builder) {
        LvbClientSettings settings = BUILDING.get();
        if (settings != null) {
            builder.property(LvbClientSettings.PROPERTY, settings);
        }
    }

    /** @return the client {@code build} builds, with {@code settings} as its client property */
    static <T> T build(LvbClientSettings settings, Supplier<T> build) {
        BUILDING.set(settings);
        try {
            return build.get();
        } finally {
            BUILDING.remove();
        }
    }
}
