package dev.lvb.core.testing;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.lvb.core.internal.LvbBindingPlan;
import dev.lvb.core.internal.LvbBindingPlan.Slot;
import dev.lvb.core.json.LvbBinder;
import dev.lvb.core.json.LvbBinders;
import dev.lvb.core.json.LvbBinding;
import jakarta.json.JsonObject;

/**
 * Binders that follow {@link LvbBindingPlan} by reflection, calling the same {@link LvbBinding} readers as the code
 * the Quarkus extension generates from the plan: the plan and the readers tested without a build.
 */
public final class PlanBinders implements LvbBinders {

    private final Map<Class<?>, LvbBinder<?>> binders = new ConcurrentHashMap<>();

    @Override
    @SuppressWarnings("unchecked")
    public <T> LvbBinder<T> binder(Class<T> type) {
        return (LvbBinder<T>) binders.computeIfAbsent(type, this::create);
    }

    private LvbBinder<?> create(Class<?> type) {
        List<Slot> slots = LvbBindingPlan.of(type);
        Constructor<?> ctor;
        try {
            ctor = type.getDeclaredConstructor(slots.stream().map(Slot::type).toArray(Class<?>[]::new));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
        return o -> {
            Object[] args = new Object[slots.size()];
            for (int i = 0; i < args.length; i++) {
                args[i] = read(slots.get(i), o);
            }
            try {
                return ctor.newInstance(args);
            } catch (InvocationTargetException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private Object read(Slot s, JsonObject o) {
        String w = s.wireName();
        return switch (s.kind()) {
            case RAW -> o;
            case LONG -> LvbBinding.longValue(o, w);
            case INT -> LvbBinding.intValue(o, w);
            case DOUBLE -> LvbBinding.doubleValue(o, w);
            case TEXT -> LvbBinding.text(o, w);
            case JSON_TEXT -> LvbBinding.jsonText(o, w);
            case JSON_VALUE -> LvbBinding.jsonValue(o, w);
            case INTS -> LvbBinding.ints(o, w);
            case OBJECTS -> LvbBinding.objects(o, w);
            case RECORD -> LvbBinding.object(o, w, binder(s.record()));
            case RECORDS -> LvbBinding.objectList(o, w, binder(s.record()));
            case OBJECT_OR_OBJECTS -> LvbBinding.objectOrObjects(o, w, binder(s.record()));
        };
    }
}
