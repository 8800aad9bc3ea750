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
     */
    @ConfigDocSection
    CallbackEndpoint callback();

    /**
     * Health check.
     */
    @ConfigDocSection
    Health health();

    /**
     * Metrics.
     */
    @ConfigDocSection
    Metrics metrics();

    /**
     * The LVB simulator Dev Service.
     */
    @ConfigDocSection
    DevServices devservices();

    /** The callback endpoint. */
    interface CallbackEndpoint {
        /** Whether to serve the endpoint that receives LVB's event notifications. */
        @WithDefault("true")
        @WithConverter(LvbConverters.BooleanConverter.class)
        boolean enabled();

        /** Path of the callback endpoint (configure this URL in the LVB console). */
        @WithDefault("/lvb/callback")
        String path();

        /**
         * Where delivered events are remembered: {@code in-memory} (per instance) or {@code redis} (shared by every
         * instance; needs {@code quarkus-redis-client} in the application and uses its default Redis client).
         * An application bean of type {@code LvbDedupeStore} replaces the in-memory store.
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
         */
        @WithDefault("true")
        @WithConverter(LvbConverters.BooleanConverter.class)
        boolean enabled();

        /** Port of the simulator; a free port when unset. */
        OptionalInt port();
    }
}
