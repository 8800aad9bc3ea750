package dev.lvb.quarkus.deployment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.objectweb.asm.Opcodes;

import dev.lvb.core.event.LvbEvents;
import dev.lvb.core.internal.LvbBindingPlan;
import dev.lvb.core.internal.LvbBindingPlan.Kind;
import dev.lvb.core.internal.LvbBindingPlan.Slot;
import dev.lvb.core.json.LvbBinder;
import dev.lvb.core.json.LvbBinders;
import dev.lvb.core.json.LvbBinding;
import io.quarkus.arc.deployment.GeneratedBeanBuildItem;
import io.quarkus.arc.deployment.GeneratedBeanGizmoAdaptor;
import io.quarkus.arc.deployment.UnremovableBeanBuildItem;
import io.quarkus.deployment.GeneratedClassGizmoAdaptor;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.builditem.GeneratedClassBuildItem;
import io.quarkus.gizmo.ClassCreator;
import io.quarkus.gizmo.ClassOutput;
import io.quarkus.gizmo.FieldDescriptor;
import io.quarkus.gizmo.MethodCreator;
import io.quarkus.gizmo.MethodDescriptor;
import io.quarkus.gizmo.ResultHandle;
import jakarta.inject.Singleton;
import jakarta.json.JsonObject;

/**
 * Generates the event binders: one {@link LvbBinder} per event record and per record inside one, calling the
 * {@link LvbBinding} reader of each component under its {@code @JsonbProperty} name ({@link LvbBindingPlan}), and an
 * {@link LvbBinders} bean that the callback endpoints bind notifications with. Without JSON-B or reflection at run
 * time: in a native image nothing of it needs registering. A component no reader matches fails the build.
 */
public class LvbBinderProcessor {

    /** The package of the generated classes. */
    static final String PACKAGE = "dev.lvb.quarkus.generated.binders";
    /** The generated {@link LvbBinders} bean. */
    static final String REGISTRY = PACKAGE + ".LvbGeneratedBinders";

    private static final String INSTANCE = "INSTANCE";
    private static final MethodDescriptor MAP_PUT = MethodDescriptor.ofMethod(Map.class, "put", Object.class,
            Object.class, Object.class);
    private static final MethodDescriptor MAP_GET = MethodDescriptor.ofMethod(Map.class, "get", Object.class,
            Object.class);

    /**
     * @param config the build-time configuration
     * @param records receives every event record, when the callback endpoint is enabled
     */
    @BuildStep
    void eventRecords(LvbBuildTimeConfig config, BuildProducer<LvbBoundRecordBuildItem> records) {
        if (config.callback().enabled()) {
            LvbEvents.knownTypes().forEach(type -> records.produce(new LvbBoundRecordBuildItem(type)));
        }
    }

    /**
     * @param records the records to bind; none: nothing generated
     * @param classes receives the binders
     * @param beans receives the {@link LvbBinders} bean
     * @param unremovable keeps the bean (the endpoints look it up through {@code Instance})
     */
    @BuildStep
    void binders(List<LvbBoundRecordBuildItem> records, BuildProducer<GeneratedClassBuildItem> classes,
            BuildProducer<GeneratedBeanBuildItem> beans, BuildProducer<UnremovableBeanBuildItem> unremovable) {
        if (records.isEmpty()) {
            return;
        }
        generate(records.stream().<Class<?>> map(LvbBoundRecordBuildItem::type).distinct().toList(),
                new GeneratedClassGizmoAdaptor(classes, true), new GeneratedBeanGizmoAdaptor(beans));
        unremovable.produce(UnremovableBeanBuildItem.beanClassNames(REGISTRY));
    }

    /**
     * Writes the binders of {@code roots} and the records inside them, then the registry.
     *
     * @param roots record classes
     * @param binders receives the binder classes
     * @param registry receives the {@link LvbBinders} bean class
     * @return the records that got a binder
     * @throws IllegalStateException naming the record and component when a component cannot be bound
     */
    static Set<Class<?>> generate(Collection<? extends Class<?>> roots, ClassOutput binders, ClassOutput registry) {
        Set<Class<?>> records;
        try {
            // Sorted: the same classes, byte for byte, on every build (the roots may come in any order).
            List<Class<?>> sorted = new ArrayList<>(roots);
            sorted.sort(Comparator.comparing(Class::getName));
            records = LvbBindingPlan.closure(sorted);
            for (Class<?> record : records) {
                binder(record, LvbBindingPlan.of(record), binders);
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The LVB extension cannot generate its event binders: " + e.getMessage(),
                    e);
        }
        registry(records, registry);
        return records;
    }

    /**
     * @param record a bound record
     * @return the name of its generated binder
     */
    static String binderName(Class<?> record) {
        return PACKAGE + "." + record.getName().replace('.', '_').replace('$', '_') + "_Binder";
    }

    private static void binder(Class<?> record, List<Slot> slots, ClassOutput output) {
        String name = binderName(record);
        try (ClassCreator cc = ClassCreator.builder().classOutput(output).className(name).interfaces(LvbBinder.class)
                .setFinal(true).build()) {
            // One shared instance per binder, read by the binders of the records that hold this one.
            FieldDescriptor instance = cc.getFieldCreator(INSTANCE, name)
                    .setModifiers(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC | Opcodes.ACC_FINAL).getFieldDescriptor();
            MethodCreator clinit = cc.getMethodCreator("<clinit>", void.class);
            clinit.setModifiers(Opcodes.ACC_STATIC);
            clinit.writeStaticField(instance, clinit.newInstance(MethodDescriptor.ofConstructor(name)));
            clinit.returnValue(null);

            MethodCreator bind = cc.getMethodCreator("bind", Object.class, JsonObject.class);
            ResultHandle o = bind.getMethodParam(0);
            ResultHandle[] args = new ResultHandle[slots.size()];
            Class<?>[] types = new Class<?>[slots.size()];
            for (int i = 0; i < args.length; i++) {
                Slot s = slots.get(i);
                types[i] = s.type();
                if (s.kind() == Kind.RAW) {
                    // The object bound is the raw JSON: passed to the constructor, never read from a key.
                    args[i] = o;
                } else if (s.kind().nested()) {
                    String nested = binderName(s.record());
                    ResultHandle value = bind.invokeStaticMethod(MethodDescriptor.ofMethod(LvbBinding.class,
                            s.kind().reader(), s.kind().returns(), JsonObject.class, String.class, LvbBinder.class),
                            o, bind.load(s.wireName()),
                            bind.readStaticField(FieldDescriptor.of(nested, INSTANCE, nested)));
                    args[i] = bind.checkCast(value, s.type());
                } else {
                    args[i] = bind.invokeStaticMethod(MethodDescriptor.ofMethod(LvbBinding.class, s.kind().reader(),
                            s.kind().returns(), JsonObject.class, String.class), o, bind.load(s.wireName()));
                }
            }
            bind.returnValue(bind.newInstance(MethodDescriptor.ofConstructor(record, (Object[]) types), args));
        }
    }

    private static void registry(Set<Class<?>> records, ClassOutput output) {
        try (ClassCreator cc = ClassCreator.builder().classOutput(output).className(REGISTRY)
                .interfaces(LvbBinders.class).build()) {
            cc.addAnnotation(Singleton.class);
            FieldDescriptor map = cc.getFieldCreator("binders", Map.class)
                    .setModifiers(Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL).getFieldDescriptor();
            MethodCreator init = cc.getMethodCreator("<init>", void.class);
            init.setModifiers(Opcodes.ACC_PUBLIC);
            init.invokeSpecialMethod(MethodDescriptor.ofConstructor(Object.class), init.getThis());
            ResultHandle m = init.newInstance(MethodDescriptor.ofConstructor(HashMap.class));
            for (Class<?> record : records) {
                String binder = binderName(record);
                init.invokeInterfaceMethod(MAP_PUT, m, init.loadClass(record),
                        init.readStaticField(FieldDescriptor.of(binder, INSTANCE, binder)));
            }
            init.writeInstanceField(map, init.getThis(), m);
            init.returnValue(null);

            MethodCreator binder = cc.getMethodCreator("binder", LvbBinder.class, Class.class);
            binder.returnValue(binder.checkCast(binder.invokeInterfaceMethod(MAP_GET,
                    binder.readInstanceField(map, binder.getThis()), binder.getMethodParam(0)), LvbBinder.class));
        }
    }
}
