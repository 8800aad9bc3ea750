package dev.lvb.quarkus.deployment;

import java.util.OptionalInt;

import io.quarkus.runtime.annotations.ConfigDocSection;
import io.quarkus.runtime.annotations.ConfigPhase;
import io.quarkus.runtime.annotations.ConfigRoot;
import dev.lvb.quarkus.runtime.LvbConverters;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;

/**
 * Build-time configuration of the LVB extension.
 */
@ConfigMapping(prefix = "quarkus.lvb")
@ConfigRoot(phase = ConfigPhase.BUILD_TIME)
public interface LvbBuildTimeConfig {

    /**
     * The callback endpoint.
     *
     * @return the callback endpoint settings
     */
    @ConfigDocSection
    CallbackEndpoint callback();

    /**
     * Health check.
     *
     * @return the health check settings
     */
    @ConfigDocSection
    Health health();

    /**
     * Metrics.
     *
     * @return the metrics settings
     */
    @ConfigDocSection
    Metrics metrics();

    /**
     * The LVB simulator Dev Service.
     *
     * @return the Dev Service settings
     */
    @ConfigDocSection
    DevServices devservices();

    /** The callback endpoint. */
    interface CallbackEndpoint {
        /**
         * Whether to serve the endpoint that receives LVB's event notifications.
         *
         * @return whether the endpoint is served
         */
        @WithDefault("true")
        @WithConverter(LvbConverters.BooleanConverter.class)
        boolean enabled();

        /**
         * Path of the callback endpoint (configure this URL in the LVB console).
         *
         * @return the endpoint's path
         */
        @WithDefault("/lvb/callback")
        String path();

        /**
         * Where delivered events are remembered: {@code in-memory} (per instance) or {@code redis} (shared by every
         * instance; needs {@code quarkus-redis-client} in the application and uses its default Redis client).
         * An application bean of type {@code LvbDedupeStore} replaces the in-memory store.
         *
         * @return the kind of store
         */
        @WithDefault("in-memory")
        DedupeStoreKind dedupeStore();
    }

    /** The duplicate filters that ship with the extension. */
    enum DedupeStoreKind {
        /** Per process: de-duplicates what one instance receives. */
        IN_MEMORY,
        /** Shared through Redis: de-duplicates across instances. */
        REDIS
    }

    /** Health check. */
    interface Health {
        /**
         * Add a readiness check that calls Live_Channel_GetLiveChannelList when {@code quarkus-smallrye-health} is
         * present. Off by default: every check is a call to LVB.
         *
         * @return whether the readiness check is added
         */
        @WithDefault("false")
        @WithConverter(LvbConverters.BooleanConverter.class)
        boolean enabled();
    }

    /** Metrics. */
    interface Metrics {
        /**
         * Publish timers per LVB interface and counters of notifications when {@code quarkus-micrometer} is
         * present.
         *
         * @return whether metrics are published
         */
        @WithDefault("true")
        @WithConverter(LvbConverters.BooleanConverter.class)
        boolean enabled();
    }

    /** The LVB simulator Dev Service. */
    interface DevServices {
        /**
         * Start the LVB simulator in dev and test mode when {@code quarkus.rest-client."lvb".url} is not set, and
         * point the client and the simulator's notifications at this application.
         *
         * @return whether the Dev Service may start
         */
        @WithDefault("true")
        @WithConverter(LvbConverters.BooleanConverter.class)
        boolean enabled();

        /**
         * Port of the simulator; a free port when unset.
         *
         * @return the port, empty for a free one
         */
        OptionalInt port();
    }
}
