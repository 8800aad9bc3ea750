package dev.lvb.core.json;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;

/**
 * Keeps the JSON a record was read from: records with a {@code JsonObject raw} component (marked
 * {@code @JsonbTransient}, so it is never written) get the object they were bound from, nested records and lists
 * included. The typed fields are the value of such a record: {@link #equals}, {@link #hashCode} and
 * {@link #toString} ignore {@code raw}, so a record read from JSON equals the same record built in code; the text
 * also hides the {@code txSecret} of signed URLs.
 */
public final class LvbRaw {

    /** Name of the record component holding the JSON. */
    public static final String COMPONENT = "raw";

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type);
        }
    };

    private LvbRaw() {
    }

    /**
     * @param bound a value bound from {@code json}
     * @param json the JSON it was bound from
     * @param <T> the bound type
     * @return {@code bound} with {@code raw} set on it and on every record inside it that has one
     */
    @SuppressWarnings("unchecked")
    public static <T> T attach(T bound, JsonValue json) {
        if (bound instanceof Record r && json instanceof JsonObject o) {
            Shape shape = SHAPES.get(r.getClass());
            if (!shape.relevant) {
                return bound;
            }
            Object[] args = shape.values(r);
            for (int i = 0; i < args.length; i++) {
                if (i == shape.rawIndex) {
                    args[i] = o;
                } else if (args[i] != null) {
                    args[i] = attach(args[i], o.get(shape.names[i]));
                }
            }
            return (T) shape.create(args);
        }
        if (bound instanceof List<?> list && json instanceof JsonArray a && list.size() == a.size() && !list.isEmpty()
                && list.stream().anyMatch(e -> e instanceof Record)) {
            List<Object> out = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                out.add(attach(list.get(i), a.get(i)));
            }
            return (T) Collections.unmodifiableList(out);
        }
        return bound;
    }

    /**
     * @param a a record
     * @param b any object
     * @return whether two records have equal components, {@code raw} aside
     */
    public static boolean equals(Record a, Object b) {
        if (a == b) {
            return true;
        }
        if (b == null || a.getClass() != b.getClass()) {
            return false;
        }
        Shape shape = SHAPES.get(a.getClass());
        Object[] x = shape.values(a);
        Object[] y = shape.values((Record) b);
        for (int i = 0; i < x.length; i++) {
            if (i != shape.rawIndex && !Objects.equals(x[i], y[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param r a record
     * @return a hash of the components, {@code raw} aside
     */
    public static int hashCode(Record r) {
        Shape shape = SHAPES.get(r.getClass());
        Object[] x = shape.values(r);
        if (shape.rawIndex >= 0) {
            x[shape.rawIndex] = null;
        }
        return Arrays.hashCode(x);
    }

    /**
     * @param r a record
     * @return the record's usual text, {@code raw} aside
     */
    public static String toString(Record r) {
        Shape shape = SHAPES.get(r.getClass());
        Object[] x = shape.values(r);
        StringBuilder s = new StringBuilder(r.getClass().getSimpleName()).append('[');
        boolean first = true;
        for (int i = 0; i < x.length; i++) {
            if (i == shape.rawIndex) {
                continue;
            }
            if (!first) {
                s.append(", ");
            }
            first = false;
            Object v = x[i] instanceof String text ? redact(text) : x[i];
            s.append(shape.components[i].getName()).append('=').append(v);
        }
        return s.append(']').toString();
    }

    private static final java.util.regex.Pattern TX_SECRET = java.util.regex.Pattern.compile("(txSecret=)[^&,\\s]*");

    /** A signed URL's query ({@code stream_param}, {@code to_url}) is a credential until it expires: never printed. */
    static String redact(String text) {
        return text.contains("txSecret=") ? TX_SECRET.matcher(text).replaceAll("$1***") : text;
    }

    private static final class Shape {
        final RecordComponent[] components;
        final Method[] accessors;
        final String[] names;
        final int rawIndex;
        final Constructor<?> constructor;
        /** Whether the record or a record type it holds has a raw component; false: nothing to attach. */
        final boolean relevant;

        private Shape(Class<?> type) {
            components = type.getRecordComponents();
            accessors = new Method[components.length];
            names = new String[components.length];
            Class<?>[] types = new Class<?>[components.length];
            int raw = -1;
            for (int i = 0; i < components.length; i++) {
                RecordComponent c = components[i];
                accessors[i] = c.getAccessor();
                types[i] = c.getType();
                JsonbProperty p = accessors[i].getAnnotation(JsonbProperty.class);
                names[i] = p != null && !p.value().isEmpty() ? p.value() : c.getName();
                if (c.getName().equals(COMPONENT) && c.getType() == JsonObject.class) {
                    raw = i;
                }
            }
            rawIndex = raw;
            try {
                constructor = type.getDeclaredConstructor(types);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("no canonical constructor in " + type, e);
            }
            // Nested models are records or lists of records; anything else cannot carry raw JSON.
            boolean nested = Arrays.stream(components).anyMatch(c -> c.getType().isRecord()
                    || List.class.isAssignableFrom(c.getType()));
            relevant = raw >= 0 || nested;
        }

        static Shape of(Class<?> type) {
            return new Shape(type);
        }

        Object[] values(Record r) {
            Object[] out = new Object[accessors.length];
            for (int i = 0; i < accessors.length; i++) {
                try {
                    out[i] = accessors[i].invoke(r);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + components[i], e);
                }
            }
            return out;
        }

        Object create(Object[] args) {
            try {
                return constructor.newInstance(args);
            } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot rebuild " + constructor.getDeclaringClass(), e);
            }
        }
    }
}
