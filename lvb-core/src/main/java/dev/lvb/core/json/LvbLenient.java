package dev.lvb.core.json;

import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParser;

/**
 * JSON-B (de)serializers for the places where LVB's sources disagree on a value's JSON type. Each accepts every form
 * the spec records and rejects anything else with a {@link JsonbException} naming what it got. {@link LvbJson}
 * registers {@link LongValue}, {@link IntValue}, {@link DoubleValue} and {@link Text} for every {@code Long},
 * {@code Integer}, {@code Double} and {@code String} it binds; the others are named by the few properties that need
 * them. The rules: the "Wire decisions" page of the documentation.
 * <p>
 * Each rule is written once, as a function of the JSON value, and shared by these deserializers and by
 * {@link LvbBinding}, which binders generated at build time call: both paths read every value alike.
 */
public final class LvbLenient {

    private LvbLenient() {
    }

    static JsonValue read(JsonParser parser) {
        return parser.getValue();
    }

    static BigDecimal number(JsonValue v, String what) {
        if (v instanceof JsonNumber n) {
            return n.bigDecimalValue();
        }
        if (v instanceof JsonString s) {
            String text = s.getString().trim();
            if (text.isEmpty()) {
                return null;
            }
            if (text.length() > 40) {
                throw new JsonbException("expected " + what + ", got a string of " + text.length() + " characters");
            }
            try {
                return new BigDecimal(text);
            } catch (NumberFormatException e) {
                throw new JsonbException("expected " + what + ", got '" + text + "'");
            }
        }
        if (v == JsonValue.NULL) {
            return null;
        }
        throw new JsonbException("expected " + what + ", got " + v.getValueType());
    }

    /**
     * A number as short text for an error message: never {@code toPlainString()}, which spells {@code 1E+1000000}
     * with a million zeros.
     */
    static String shortText(BigDecimal n) {
        String s = n.toString();
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }

    /** A 64-bit integer sent as a number or as a string of digits ({@code t}, {@code file_size}, ...). */
    public static final class LongValue implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
            return longOf(read(parser));
        }
    }

    /**
     * The rule of {@link LongValue}: a number or a string of digits (blank: absent).
     *
     * @throws JsonbException for any other value, or one that is not an exact 64-bit integer
     */
    static Long longOf(JsonValue v) {
        return exact(v, "a 64-bit integer", BigDecimal::longValueExact);
    }

    /**
     * Writes a 64-bit integer as a string of digits, for the fields LVB documents and sends as strings although
     * they hold numbers ({@code push_duration}); read them with {@link LongValue}.
     */
    public static final class LongAsText implements JsonbSerializer<Long> {
        @Override
        public void serialize(Long value, JsonGenerator generator, SerializationContext ctx) {
            generator.write(Long.toString(value));
        }
    }

    /** A 32-bit integer sent as a number or as a string of digits. */
    public static final class IntValue implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
            return intOf(read(parser));
        }
    }

    /**
     * The rule of {@link IntValue}: a number or a string of digits (blank: absent).
     *
     * @throws JsonbException for any other value, or one that is not an exact 32-bit integer
     */
    static Integer intOf(JsonValue v) {
        return exact(v, "a 32-bit integer", BigDecimal::intValueExact);
    }

    private static <T> T exact(JsonValue v, String what, java.util.function.Function<BigDecimal, T> convert) {
        BigDecimal n = number(v, "an integer");
        if (n == null) {
            return null;
        }
        try {
            return convert.apply(n);
        } catch (ArithmeticException e) {
            throw new JsonbException("expected " + what + ", got " + shortText(n));
        }
    }

    /** A decimal sent as a number or as a string. */
    public static final class DoubleValue implements JsonbDeserializer<Double> {
        @Override
        public Double deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
            return doubleOf(read(parser));
        }
    }

    /**
     * The rule of {@link DoubleValue}: a number or a numeric string (blank: absent) within a double's range.
     *
     * @throws JsonbException for any other value
     */
    static Double doubleOf(JsonValue v) {
        BigDecimal n = number(v, "a number");
        if (n == null) {
            return null;
        }
        double d = n.doubleValue();
        if (Double.isInfinite(d)) {
            // It could not be written back as JSON, and no LVB value is that large.
            throw new JsonbException("expected a number within the range of a double, got " + shortText(n));
        }
        return d;
    }

    /**
     * A text or a number kept as its exact digits: ids such as the unsigned 64-bit recording task id, which must
     * not lose precision, and {@code event_id} (documented as a number, shown as a string).
     */
    public static final class Text implements JsonbDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
            return textOf(read(parser));
        }
    }

    /**
     * The rule of {@link Text}: a string, or a number as its digits.
     *
     * @throws JsonbException for any other value
     */
    static String textOf(JsonValue v) {
        if (v instanceof JsonNumber n) {
            return n.toString();
        }
        if (v instanceof JsonString || v == JsonValue.NULL) {
            return stringOrNull(v);
        }
        throw new JsonbException("expected a string or a number, got " + v.getValueType());
    }

    /** @return the text of a JSON string, {@code null} for JSON null, else the value as JSON text */
    static String stringOrNull(JsonValue v) {
        if (v instanceof JsonString s) {
            return s.getString();
        }
        return v == JsonValue.NULL ? null : v.toString();
    }

    /**
     * An object, or an array whose first element counts (an empty one is absent), bound to the property's type:
     * {@code sum_info}, documented as an array and read as an object by clients.
     */
    public static final class ObjectOrFirstElement implements JsonbDeserializer<Object> {
        @Override
        public Object deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
            JsonObject o = firstObject(read(parser));
            return o == null ? null : LvbJson.bind(o, rtType);
        }
    }

    /**
     * The rule of {@link ObjectOrFirstElement}.
     *
     * @return the object, the first element of an array, or {@code null} for JSON null or an empty array
     * @throws JsonbException for any other value
     */
    static JsonObject firstObject(JsonValue v) {
        if (v instanceof JsonArray a) {
            if (a.isEmpty()) {
                return null;
            }
            v = a.get(0);
        }
        if (v instanceof JsonObject o) {
            return o;
        }
        if (v == JsonValue.NULL) {
            return null;
        }
        throw new JsonbException("expected an object or an array, got " + v.getValueType());
    }

    /**
     * A list whose items are objects or plain strings; a string is the item built by the item type's public
     * one-string constructor: {@code channel_list}, documented as objects with {@code channel_id}, read as strings
     * by clients.
     */
    public static final class ObjectsOrStrings implements JsonbDeserializer<List<Object>> {
        @Override
        public List<Object> deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
            return list(parser, rtType, false, (item, each) -> {
                if (each instanceof JsonString s) {
                    return fromString(item, s.getString());
                }
                if (each instanceof JsonObject o) {
                    return LvbJson.bind(o, item);
                }
                throw new JsonbException("expected strings or objects, got " + each.getValueType());
            });
        }

        private static Object fromString(Class<?> item, String text) {
            try {
                return item.getConstructor(String.class).newInstance(text);
            } catch (ReflectiveOperationException e) {
                throw new JsonbException("cannot build " + item.getSimpleName() + " from a string", e);
            }
        }
    }

    /**
     * A list of objects sent as one object or as an array of objects, each keeping its raw JSON: {@code detail} of a
     * push error, documented as an object and sampled as an array.
     */
    public static final class ObjectOrObjects implements JsonbDeserializer<List<Object>> {
        @Override
        public List<Object> deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
            return list(parser, rtType, true, (item, each) -> {
                JsonObject o = objectItem(each);
                return LvbRaw.attach(LvbJson.bind(o, item), o);
            });
        }
    }

    /**
     * A list of objects sent as an array of objects, each keeping its raw JSON: {@code abnormal_event} of a push
     * error. JSON-B's own reading of a list of records is not used: it skips a value that is no object when an object
     * follows ({@code [false,{...}]} gave one item); this one refuses every item but an object.
     */
    public static final class ObjectList implements JsonbDeserializer<List<Object>> {
        @Override
        public List<Object> deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
            return list(parser, rtType, false, (item, each) -> {
                JsonObject o = objectItem(each);
                return LvbRaw.attach(LvbJson.bind(o, item), o);
            });
        }
    }

    /**
     * The item rule of {@link ObjectOrObjects} and {@link ObjectList}: an object.
     *
     * @throws JsonbException for any other value
     */
    static JsonObject objectItem(JsonValue each) {
        if (!(each instanceof JsonObject o)) {
            throw new JsonbException("expected objects, got " + each.getValueType());
        }
        return o;
    }

    /**
     * Reads a {@code List<X>} property item by item: JSON null is an empty list; a lone value is one item when
     * {@code loneItem} allows it, else an error.
     */
    static List<Object> list(JsonParser parser, Type rtType, boolean loneItem,
            java.util.function.BiFunction<Class<?>, JsonValue, Object> each) {
        JsonValue v = read(parser);
        Class<?> item = v == JsonValue.NULL ? null : itemType(rtType);
        return listOf(v, loneItem, value -> each.apply(item, value));
    }

    /**
     * The list rule: JSON null is an empty list; an array is read item by item; a lone value is one item when
     * {@code loneItem} allows it, else an error.
     *
     * @return an unmodifiable list
     * @throws JsonbException when the value or an item has a type the rules refuse
     */
    static <T> List<T> listOf(JsonValue v, boolean loneItem, java.util.function.Function<JsonValue, T> each) {
        if (v == JsonValue.NULL) {
            return List.of();
        }
        if (!(v instanceof JsonArray) && !loneItem) {
            throw new JsonbException("expected an array, got " + v.getValueType());
        }
        List<JsonValue> items = v instanceof JsonArray a ? a : List.of(v);
        List<T> out = new ArrayList<>(items.size());
        for (JsonValue value : items) {
            out.add(each.apply(value));
        }
        return List.copyOf(out);
    }

    /**
     * An item of a {@code List<Integer>}, as JSON-B reads it: {@link #intOf}, and never absent (JSON null or a blank
     * string is refused, as the list may not hold {@code null}).
     *
     * @throws JsonbException for any other value
     */
    static Integer intItem(JsonValue v) {
        Integer i = intOf(v);
        if (i == null) {
            throw new JsonbException("expected integers, got " + (v == JsonValue.NULL ? "null" : "a blank string"));
        }
        return i;
    }

    /**
     * An item of a list of JSON-P values ({@code List<JsonObject>}), as JSON-B reads it: any value but JSON null.
     * JSON-B does not check such items' type, so a number is kept too: the list is read exactly as JSON-B reads it.
     *
     * @throws JsonbException for JSON null
     */
    static JsonValue valueItem(JsonValue v) {
        if (v == JsonValue.NULL) {
            throw new JsonbException("expected values, got null");
        }
        return v;
    }

    /**
     * A record inside a record, as JSON-B reads it: an object, {@code null} for JSON null.
     *
     * @throws JsonbException for any other value (an array included)
     */
    static JsonObject objectOf(JsonValue v) {
        if (v instanceof JsonObject o) {
            return o;
        }
        if (v == JsonValue.NULL) {
            return null;
        }
        throw new JsonbException("expected an object, got " + v.getValueType());
    }

    /** @return the item class of a {@code List<X>} property */
    static Class<?> itemType(Type listType) {
        if (listType instanceof java.lang.reflect.ParameterizedType p
                && p.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        throw new JsonbException("expected a List<X> property, got " + listType);
    }

    /**
     * A field documented as JSON <em>text</em> ({@code msg}, {@code source_urls}, {@code record_detail},
     * {@code event_msg}): a string is kept as is, JSON sent as a value instead is kept as its JSON text, so that
     * either form binds and decodes alike.
     */
    public static final class JsonText implements JsonbDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
            return stringOrNull(read(parser));
        }
    }

    /**
     * Reads JSON that LVB sends as text inside a field ({@code msg}, {@code source_urls}, {@code record_detail}).
     *
     * @param text the field's value
     * @return the JSON value it holds, empty when absent or not JSON (the field's text stays available)
     */
    public static java.util.Optional<JsonValue> jsonIn(String text) {
        if (text == null || text.isBlank()) {
            return java.util.Optional.empty();
        }
        try (jakarta.json.JsonReader reader = LvbJson.provider().createReader(new java.io.StringReader(text))) {
            return java.util.Optional.of(reader.readValue());
        } catch (RuntimeException e) {
            // Not JSON: the caller keeps the text; a malformed detail must not cost the event.
            return java.util.Optional.empty();
        }
    }

    /**
     * Binds JSON that LVB sends as text inside a field to a type.
     *
     * @param <T> the type
     * @param text the field's text
     * @param type the type to bind to
     * @return the bound value, empty when absent, not JSON or not of the type's shape
     */
    public static <T> java.util.Optional<T> jsonIn(String text, Class<T> type) {
        return jsonIn(text).filter(v -> v instanceof JsonObject).flatMap(v -> {
            try {
                return java.util.Optional.of(LvbRaw.attach(LvbJson.bind(v, type), v));
            } catch (RuntimeException e) {
                return java.util.Optional.empty();
            }
        });
    }
}
