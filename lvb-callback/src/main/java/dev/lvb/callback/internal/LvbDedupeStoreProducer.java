package dev.lvb.callback.internal;

import dev.lvb.callback.InMemoryLvbDedupeStore;
import dev.lvb.callback.LvbCallbackSettings;
import dev.lvb.callback.LvbDedupeStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * Produces the default {@link LvbDedupeStore}: an {@link InMemoryLvbDedupeStore} bounded by
 * {@code lvb.callback.dedupe-max-entries}. An application replaces it with its own bean of type
 * {@code LvbDedupeStore} annotated {@code @Alternative @Priority(1)}; the Quarkus extension leaves this class out
 * and produces the same store as a {@code @DefaultBean}.
 */
@ApplicationScoped
public class LvbDedupeStoreProducer {

    /**
     * @param settings the callback settings
     * @return a new in-memory store, one per application
     */
    @Produces
    @ApplicationScoped
    public LvbDedupeStore dedupeStore(LvbCallbackSettings settings) {
        return new InMemoryLvbDedupeStore(settings.dedupeMaxEntries(), settings.clock());
    }
}
