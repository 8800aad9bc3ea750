package dev.lvb.core.internal;

import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.lvb.core.json.LvbBinding;
import dev.lvb.core.json.LvbLenient;
import dev.lvb.core.json.LvbRaw;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.json.bind.annotation.JsonbTypeAdapter;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;

/**
 * How a binder without JSON-B reads each component of a model record: the wire name (the component's
 * {@code @JsonbProperty}, as JSON-B reads it) and the {@link LvbBinding} reader of its kind. Read from the records
 * by reflection, at build time: the Quarkus extension generates its binders from it. A component no reader matches
 * is refused, naming the record and the component, rather than bound some other way.
 */
public final class LvbBindingPlan {

    /** The kinds of component, each read by one {@link LvbBinding} method. */
    public enum Kind {
        /** {@code Long}. */
        LONG("longValue", Long.class),
        /** {@code Integer}. */
        INT("intValue", Integer.class),
        /** {@code Double}. */
        DOUBLE("doubleValue", Double.class),
        /** {@code String}. */
        TEXT("text", String.class),
        /** {@code String} with {@link LvbLenient.JsonText}. */
        JSON_TEXT("jsonText", String.class),
        /** {@code JsonValue}. */
        JSON_VALUE("jsonValue", JsonValue.class),
        /** {@code List<Integer>}. */
        INTS("ints", List.class),
        /** {@code List<JsonObject>}. */
        OBJECTS("objects", List.class),
        /** A record. */
        RECORD("object", Object.class),
        /** {@code List<R>} of a record {@code R} with {@link LvbLenient.ObjectList}. */
        RECORDS("objectList", List.class),
        /** {@code List<R>} with {@link LvbLenient.ObjectOrObjects}. */
        OBJECT_OR_OBJECTS("objectOrObjects", List.class),
        /** The {@code raw} component: the object bound. */
        RAW(null, JsonObject.class);

        private final String reader;
        private final Class<?> returns;

        Kind(String reader, Class<?> returns) {
            this.reader = reader;
            this.returns = returns;
        }

        /** @return the {@link LvbBinding} method reading it, {@code null} for {@link #RAW} */
        public String reader() {
            return reader;
        }

        /** @return the erased return type of {@link #reader()} */
        public Class<?> returns() {
            return returns;
        }

        /** @return whether the reader takes the binder of a nested record as third argument */
        public boolean nested() {
            return this == RECORD || this == RECORDS || this == OBJECT_OR_OBJECTS;
        }
    }

    /**
     * One component.
     *
     * @param component the component's name
     * @param wireName the name it has in JSON
     * @param kind how it is read
     * @param type the component's type (erased)
     * @param record the nested record class for the {@linkplain Kind#nested() nested} kinds, else {@code null}
     */
    public record Slot(String component, String wireName, Kind kind, Class<?> type, Class<?> record) {
    }

    private LvbBindingPlan() {
    }

    /**
     * @param roots record classes
     * @return them and every record they hold, each once, in a stable order (roots first)
     * @throws IllegalArgumentException when one of them has a component no binder can read
     */
    public static Set<Class<?>> closure(Collection<? extends Class<?>> roots) {
        Set<Class<?>> out = new LinkedHashSet<>();
        List<Class<?>> todo = new ArrayList<>(roots);
        while (!todo.isEmpty()) {
            Class<?> type = todo.remove(0);
            if (out.add(type)) {
                for (Slot s : of(type)) {
                    if (s.record() != null) {
                        todo.add(s.record());
                    }
                }
            }
        }
        return out;
    }

    /**
     * @param type a record class
     * @return its components in canonical constructor order
     * @throws IllegalArgumentException when it is not a public record with a public canonical constructor, or one of
     *         its components cannot be read without JSON-B
     */
    public static List<Slot> of(Class<?> type) {
        if (!type.isRecord() || !Modifier.isPublic(type.getModifiers())) {
            throw new IllegalArgumentException(type.getName() + " is not a public record: no binder can be generated");
        }
        RecordComponent[] components = type.getRecordComponents();
        try {
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < types.length; i++) {
                types[i] = components[i].getType();
            }
            if (!Modifier.isPublic(type.getDeclaredConstructor(types).getModifiers())) {
                throw new NoSuchMethodException();
            }
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(type.getName() + " has no public canonical constructor", e);
        }
        List<Slot> slots = new ArrayList<>(components.length);
        for (RecordComponent c : components) {
            slots.add(slot(type, c));
        }
        return List.copyOf(slots);
    }

    private static Slot slot(Class<?> type, RecordComponent c) {
        Class<?> t = c.getType();
        if (c.getName().equals(LvbRaw.COMPONENT) && t == JsonObject.class) {
            return new Slot(c.getName(), null, Kind.RAW, t, null);
        }
        JsonbProperty property = c.getAccessor().getAnnotation(JsonbProperty.class);
        String wire = property != null && !property.value().isEmpty() ? property.value() : c.getName();
        if (wire.equals(LvbRaw.COMPONENT)) {
            throw unsupported(type, c, "the wire name \"raw\" is reserved for the raw JSON");
        }
        if (annotated(c, JsonbTransient.class) || annotated(c, JsonbTypeAdapter.class)) {
            throw unsupported(type, c, "@JsonbTransient and @JsonbTypeAdapter are not supported");
        }
        JsonbTypeDeserializer d = c.getAccessor().getAnnotation(JsonbTypeDeserializer.class);
        if (d == null) {
            d = field(c, JsonbTypeDeserializer.class);
        }
        Class<?> item = itemType(c.getGenericType());
        Kind kind;
        Class<?> record = null;
        if (d != null) {
            if (d.value() == LvbLenient.JsonText.class && t == String.class) {
                kind = Kind.JSON_TEXT;
            } else if (d.value() == LvbLenient.ObjectOrObjects.class && t == List.class && item != null
                    && item.isRecord()) {
                kind = Kind.OBJECT_OR_OBJECTS;
                record = item;
            } else if (d.value() == LvbLenient.ObjectList.class && t == List.class && item != null
                    && item.isRecord()) {
                kind = Kind.RECORDS;
                record = item;
            } else {
                throw unsupported(type, c, "@JsonbTypeDeserializer(" + d.value().getSimpleName() + ") on "
                        + c.getGenericType().getTypeName());
            }
        } else if (t == Long.class) {
            kind = Kind.LONG;
        } else if (t == Integer.class) {
            kind = Kind.INT;
        } else if (t == Double.class) {
            kind = Kind.DOUBLE;
        } else if (t == String.class) {
            kind = Kind.TEXT;
        } else if (t == JsonValue.class) {
            kind = Kind.JSON_VALUE;
        } else if (t == List.class && item == Integer.class) {
            kind = Kind.INTS;
        } else if (t == List.class && item == JsonObject.class) {
            kind = Kind.OBJECTS;
        } else if (t == List.class && item != null && item.isRecord()) {
            // JSON-B's own reading of such a list skips a value that is no object before an object: a rule no
            // binder should copy. LvbLenient.ObjectList is the rule to name.
            throw unsupported(type, c, "a list of records needs @JsonbTypeDeserializer(LvbLenient.ObjectList.class)"
                    + " or (LvbLenient.ObjectOrObjects.class)");
        } else if (t.isRecord()) {
            kind = Kind.RECORD;
            record = t;
        } else {
            throw unsupported(type, c, "type " + c.getGenericType().getTypeName());
        }
        return new Slot(c.getName(), wire, kind, t, record);
    }

    private static boolean annotated(RecordComponent c, Class<? extends java.lang.annotation.Annotation> a) {
        return c.getAccessor().isAnnotationPresent(a) || field(c, a) != null;
    }

    private static <A extends java.lang.annotation.Annotation> A field(RecordComponent c, Class<A> a) {
        try {
            return c.getDeclaringRecord().getDeclaredField(c.getName()).getAnnotation(a);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static Class<?> itemType(Type t) {
        return t instanceof ParameterizedType p && p.getActualTypeArguments().length == 1
                && p.getActualTypeArguments()[0] instanceof Class<?> c ? c : null;
    }

    private static IllegalArgumentException unsupported(Class<?> type, RecordComponent c, String why) {
        return new IllegalArgumentException("no binder can be generated for " + type.getName() + ", component "
                + c.getName() + ": " + why + " (supported: Long, Integer, Double, String, JsonValue, the raw"
                + " JsonObject, List<Integer>, List<JsonObject>, records, @JsonbTypeDeserializer JsonText on a"
                + " String, ObjectList and ObjectOrObjects on a list of records)");
    }
}
