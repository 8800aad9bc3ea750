package dev.lvb.core.json;

/**
 * The binders of a set of model records, looked up by class: the Quarkus extension generates an implementation at
 * build time and {@code LvbEvents.fromJson(body, text, binders)} uses it; a type without a binder is bound with
 * JSON-B, as everywhere else.
 */
@FunctionalInterface
public interface LvbBinders {

    /**
     * @param <T> the record type
     * @param type a record class
     * @return its binder, or {@code null} when there is none
     */
    <T> LvbBinder<T> binder(Class<T> type);
}
