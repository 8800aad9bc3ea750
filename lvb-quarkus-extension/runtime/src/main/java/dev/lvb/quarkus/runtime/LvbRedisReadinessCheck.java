package dev.lvb.quarkus.runtime;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import dev.lvb.core.error.Redaction;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * Readiness check "LVB dedupe store", registered with {@code quarkus.lvb.callback.dedupe-store=redis} when
 * {@code quarkus-smallrye-health} is present: DOWN while Redis does not answer, because every notification is then
 * answered 503 (LVB retries them; none is lost, but none is delivered either).
 */
@Readiness
@Singleton
public class LvbRedisReadinessCheck implements HealthCheck {

    /** The name of the check. */
    public static final String NAME = "LVB dedupe store";

    private final RedisLvbDedupeStore store;

    /**
     * @param store the Redis store
     */
    @Inject
    public LvbRedisReadinessCheck(RedisLvbDedupeStore store) {
        this.store = store;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder b = HealthCheckResponse.named(NAME).withData("store", "redis")
                .withData("keyPrefix", store.namespace());
        try {
            store.ping();
            return b.up().build();
        } catch (RuntimeException e) {
            b.down().withData("error", e.getClass().getName());
            String message = Redaction.clip(e.getMessage());
            if (message != null) {
                b.withData("message", message);
            }
            return b.build();
        }
    }
}
