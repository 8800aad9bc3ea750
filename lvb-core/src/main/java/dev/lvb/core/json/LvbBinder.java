package dev.lvb.core.json;

import jakarta.json.JsonObject;

/**
 * Binds a JSON object to one model record without JSON-B: the Quarkus extension generates one per event record at
 * build time, from the records' {@code @JsonbProperty} names, calling the rules of {@link LvbBinding}. A record with a
 * {@code raw} component ({@link LvbRaw#COMPONENT}) gets the object it was bound from.
 *
 * @param <T> the record bound
 */
@FunctionalInterface
public interface LvbBinder<T> {

    /**
     * @param object the JSON object
     * @return the bound record
     * @throws jakarta.json.bind.JsonbException when a value has a type the rules refuse ({@link LvbBinding#bind}
     *         reports it as an {@link dev.lvb.core.error.LvbProtocolException}, as JSON-B binding does)
     */
    T bind(JsonObject object);
}
