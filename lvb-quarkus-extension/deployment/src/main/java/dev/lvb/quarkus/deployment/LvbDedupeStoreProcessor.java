package dev.lvb.quarkus.deployment;

import dev.lvb.quarkus.deployment.LvbBuildTimeConfig.DedupeStoreKind;
import io.quarkus.arc.deployment.AdditionalBeanBuildItem;
import io.quarkus.deployment.Capabilities;
import io.quarkus.deployment.Capability;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.runtime.configuration.ConfigurationException;
import io.quarkus.smallrye.health.deployment.spi.HealthBuildItem;

/**
 * Registers the Redis duplicate filter when {@code quarkus.lvb.callback.dedupe-store=redis}: the store bean (it wins
 * over the in-memory default bean) and, with {@code quarkus-smallrye-health}, its readiness check. The Redis client
 * is an optional dependency of the runtime module, so its classes are named, never loaded, here; selecting the store
 * without the client fails the build with what to add.
 */
class LvbDedupeStoreProcessor {

    /** The Redis store bean, named so that the Redis client stays optional. */
    static final String REDIS_STORE = "dev.lvb.quarkus.runtime.RedisLvbDedupeStore";
    /** Its readiness check. */
    static final String REDIS_CHECK = "dev.lvb.quarkus.runtime.LvbRedisReadinessCheck";

    /**
     * Registers the Redis store and its readiness check when configured; fails the build without the Redis client.
     *
     * @param config the build-time configuration
     * @param capabilities the application's extensions
     * @param beans receives the store
     * @param health receives the readiness check
     */
    @BuildStep
    void redisStore(LvbBuildTimeConfig config, Capabilities capabilities, BuildProducer<AdditionalBeanBuildItem> beans,
            BuildProducer<HealthBuildItem> health) {
        if (!config.callback().enabled() || config.callback().dedupeStore() != DedupeStoreKind.REDIS) {
            return;
        }
        if (!capabilities.isPresent(Capability.REDIS_CLIENT)) {
            throw new ConfigurationException("quarkus.lvb.callback.dedupe-store=redis needs the Quarkus Redis client:"
                    + " add the dependency io.quarkus:quarkus-redis-client to the application (and point"
                    + " quarkus.redis.hosts at the Redis shared by its instances), or remove the setting to keep"
                    + " the per-instance in-memory store");
        }
        beans.produce(AdditionalBeanBuildItem.builder().addBeanClasses(REDIS_STORE).setUnremovable().build());
        if (capabilities.isPresent(Capability.SMALLRYE_HEALTH)) {
            health.produce(new HealthBuildItem(REDIS_CHECK, true));
        }
    }
}
