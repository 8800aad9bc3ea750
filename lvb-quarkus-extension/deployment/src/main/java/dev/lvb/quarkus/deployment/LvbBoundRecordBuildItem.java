package dev.lvb.quarkus.deployment;

import java.util.Objects;

import io.quarkus.builder.item.MultiBuildItem;

/**
 * A record the callback endpoints bind notifications to, so one that gets a binder generated at build time
 * ({@link LvbBinderProcessor}): every event type of {@code LvbEvents}, produced when the callback endpoint is
 * enabled. Records held by one get their binders too.
 */
public final class LvbBoundRecordBuildItem extends MultiBuildItem {

    private final Class<?> type;

    /**
     * @param type the record class
     */
    public LvbBoundRecordBuildItem(Class<?> type) {
        this.type = Objects.requireNonNull(type, "type");
    }

    /** @return the record class */
    public Class<?> type() {
        return type;
    }
}
