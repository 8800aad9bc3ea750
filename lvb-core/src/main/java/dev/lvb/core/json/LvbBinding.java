package dev.lvb.core.json;

import java.util.List;

import dev.lvb.core.error.LvbProtocolException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;

/**
 * The value readers that generated {@link LvbBinder}s call, one per kind of record component: each reads the value
 * of one wire name with the same rule as the JSON-B path ({@link LvbLenient}), so that both bind every JSON alike. An
 * absent name is {@code null}, as with JSON-B; a JSON null is {@code null} too, except for {@link #jsonValue} (it is
 * {@link JsonValue#NULL}) and lists (an empty list).
 */
public final class LvbBinding {

    private LvbBinding() {
    }

    /**
     * Runs a binder and reports a refused value as JSON-B binding does.
     *
     * @param <T> the record type
     * @param binder the binder
     * @param object the JSON object
     * @return the bound record
     * @throws LvbProtocolException when a value has a type the rules refuse
     */
    public static <T> T bind(LvbBinder<T> binder, JsonObject object) {
        try {
            return binder.bind(object);
        } catch (JsonbException | ClassCastException | IllegalArgumentException | ArithmeticException e) {
            throw LvbJson.unexpectedTypes(object.toString(), e);
        }
    }

    /**
     * @param o the object
     * @param name the wire name
     * @return a {@code Long} by the rule of {@link LvbLenient.LongValue}
     */
    public static Long longValue(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v == null ? null : LvbLenient.longOf(v);
    }

    /**
     * @param o the object
     * @param name the wire name
     * @return an {@code Integer} by the rule of {@link LvbLenient.IntValue}
     */
    public static Integer intValue(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v == null ? null : LvbLenient.intOf(v);
    }

    /**
     * @param o the object
     * @param name the wire name
     * @return a {@code Double} by the rule of {@link LvbLenient.DoubleValue}
     */
    public static Double doubleValue(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v == null ? null : LvbLenient.doubleOf(v);
    }

    /**
     * @param o the object
     * @param name the wire name
     * @return a {@code String} by the rule of {@link LvbLenient.Text}
     */
    public static String text(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v == null ? null : LvbLenient.textOf(v);
    }

    /**
     * @param o the object
     * @param name the wire name
     * @return a {@code String} by the rule of {@link LvbLenient.JsonText}
     */
    public static String jsonText(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v == null ? null : LvbLenient.stringOrNull(v);
    }

    /**
     * @param o the object
     * @param name the wire name
     * @return the value as sent, {@link JsonValue#NULL} for JSON null, {@code null} when absent
     */
    public static JsonValue jsonValue(JsonObject o, String name) {
        return o.get(name);
    }

    /**
     * @param o the object
     * @param name the wire name
     * @return a {@code List<Integer>}: an array of values each read by the rule of {@link LvbLenient.IntValue}
     */
    public static List<Integer> ints(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v == null ? null : LvbLenient.listOf(v, false, LvbLenient::intItem);
    }

    /**
     * @param o the object
     * @param name the wire name
     * @return a {@code List<JsonObject>} as JSON-B reads it (an array of values other than JSON null; their type is
     *         not checked, as JSON-B does not check it)
     */
    @SuppressWarnings("unchecked")
    public static List<JsonObject> objects(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v == null ? null : (List<JsonObject>) (List<?>) LvbLenient.listOf(v, false, LvbLenient::valueItem);
    }

    /**
     * @param <T> the record type
     * @param o the object
     * @param name the wire name
     * @param binder binds the nested object
     * @return a record inside the record, {@code null} for JSON null
     */
    public static <T> T object(JsonObject o, String name, LvbBinder<T> binder) {
        JsonValue v = o.get(name);
        JsonObject nested = v == null ? null : LvbLenient.objectOf(v);
        return nested == null ? null : binder.bind(nested);
    }

    /**
     * @param <T> the record type
     * @param o the object
     * @param name the wire name
     * @param binder binds each item
     * @return a list of records, sent as an array of objects
     */
    public static <T> List<T> objectList(JsonObject o, String name, LvbBinder<T> binder) {
        JsonValue v = o.get(name);
        return v == null ? null : LvbLenient.listOf(v, false, each -> binder.bind(LvbLenient.objectItem(each)));
    }

    /**
     * @param <T> the record type
     * @param o the object
     * @param name the wire name
     * @param binder binds each item (with its own object as raw JSON)
     * @return a list of records by the rule of {@link LvbLenient.ObjectOrObjects}
     */
    public static <T> List<T> objectOrObjects(JsonObject o, String name, LvbBinder<T> binder) {
        JsonValue v = o.get(name);
        return v == null ? null : LvbLenient.listOf(v, true, each -> binder.bind(LvbLenient.objectItem(each)));
    }
}
