package dev.lvb.testing;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Objects;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

import dev.lvb.simulator.AdjustableClock;
import dev.lvb.simulator.LvbSimulator;
import dev.lvb.simulator.LvbSimulatorConfig;

/**
 * Runs an {@link LvbSimulator} for JUnit 5 tests.
 * <p>
 * With {@code @ExtendWith(LvbSimulatorExtension.class)} one simulator with {@link LvbSimulatorConfig#defaults()}
 * runs for the test class (and its {@code @Nested} classes); it is injected into fields of type
 * {@link LvbSimulator} (static or not, any visibility, left alone when already set) and into test, lifecycle and
 * constructor parameters of type {@link LvbSimulator} (and of type {@link AdjustableClock} when the configuration
 * uses one).
 *
 * <pre>{@code
 * @ExtendWith(LvbSimulatorExtension.class)
 * class MyTest {
 *     LvbSimulator lvb;
 *
 *     @Test
 *     void live() {
 *         lvb.startPush("1000_a");
 *         // ... call lvb.baseUri() ...
 *     }
 * }
 * }</pre>
 *
 * With {@code @RegisterExtension} the configuration is yours, and the extension is a handle on the simulator:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final LvbSimulatorExtension LVB = new LvbSimulatorExtension(LvbSimulatorConfig.builder()
 *         .callbackRetry(CallbackRetryPolicy.of(3, Duration.ofMillis(50))).build());
 *
 * @Test
 * void t() {
 *     LVB.simulator().startPush("1000_a");
 * }
 * }</pre>
 *
 * A static field (or {@code @ExtendWith}) gives one simulator per class; an instance field gives one per test.
 * Before each test the simulator is {@linkplain LvbSimulator#reset() reset}, so tests start from an empty account
 * (the callback URL stays). Sharing one simulator between test methods that run concurrently is not supported.
 */
public final class LvbSimulatorExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback, TestInstancePostProcessor, ParameterResolver {

    private final LvbSimulatorConfig config;
    private final Object lock = new Object();
    private LvbSimulator simulator;
    /** Unique id of the context whose end closes the simulator. */
    private String owner;
    private boolean classScoped;

    /** An extension with {@link LvbSimulatorConfig#defaults()} (what {@code @ExtendWith} uses). */
    public LvbSimulatorExtension() {
        this(LvbSimulatorConfig.defaults());
    }

    /**
     * @param config the configuration of the simulator
     */
    public LvbSimulatorExtension(LvbSimulatorConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /**
     * @param config the configuration of the simulator
     * @return an extension for {@code @RegisterExtension}
     */
    public static LvbSimulatorExtension withConfig(LvbSimulatorConfig config) {
        return new LvbSimulatorExtension(config);
    }

    /**
     * @return the running simulator
     * @throws IllegalStateException outside a test's lifecycle
     */
    public LvbSimulator simulator() {
        synchronized (lock) {
            if (simulator == null || simulator.isClosed()) {
                throw new IllegalStateException("the LVB simulator runs only while a test class or test runs");
            }
            return simulator;
        }
    }

    /** @return the configuration */
    public LvbSimulatorConfig config() {
        return config;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (lock) {
            classScoped = true;
            ensureStarted(context);
        }
        injectFields(context.getRequiredTestClass(), null);
    }

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) throws Exception {
        synchronized (lock) {
            ensureStarted(context);
        }
        injectFields(testInstance.getClass(), testInstance);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        LvbSimulator s;
        boolean fresh;
        synchronized (lock) {
            fresh = simulator == null || simulator.isClosed();
            s = ensureStarted(context);
        }
        if (!fresh) {
            s.reset();
        }
        // Also instances of @Nested classes and instance-field registrations, which postProcessTestInstance missed.
        for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
            injectFields(instance.getClass(), instance);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        synchronized (lock) {
            if (!classScoped && owner != null && owner.equals(context.getUniqueId())) {
                closeSimulator();
            }
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        synchronized (lock) {
            if (owner != null && owner.equals(context.getUniqueId())) {
                closeSimulator();
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        return type == LvbSimulator.class || (type == AdjustableClock.class && config.clock() instanceof AdjustableClock);
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        if (parameterContext.getParameter().getType() == AdjustableClock.class) {
            return config.clock();
        }
        synchronized (lock) {
            try {
                return ensureStarted(extensionContext);
            } catch (RuntimeException e) {
                throw new ParameterResolutionException("could not start the LVB simulator", e);
            }
        }
    }

    private LvbSimulator ensureStarted(ExtensionContext context) {
        if (simulator == null || simulator.isClosed()) {
            simulator = LvbSimulator.start(config);
            // A class-level start is closed when that class ends; a start for a test method when the method ends.
            owner = classScoped ? classContext(context).getUniqueId() : context.getUniqueId();
        }
        return simulator;
    }

    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext c = context;
        while (c.getTestMethod().isPresent() && c.getParent().isPresent()) {
            c = c.getParent().get();
        }
        return c;
    }

    private void closeSimulator() {
        if (simulator != null) {
            simulator.close();
            simulator = null;
            owner = null;
        }
    }

    private void injectFields(Class<?> type, Object instance) {
        LvbSimulator s;
        synchronized (lock) {
            s = simulator;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                boolean isStatic = Modifier.isStatic(f.getModifiers());
                if (isStatic == (instance == null) && !Modifier.isFinal(f.getModifiers())
                        && (f.getType() == LvbSimulator.class
                                || (f.getType() == AdjustableClock.class && config.clock() instanceof AdjustableClock))) {
                    try {
                        f.setAccessible(true);
                        Object value = f.getType() == LvbSimulator.class ? s : config.clock();
                        Object current = f.get(instance);
                        // Reset fields that point to a closed simulator of an earlier test; keep user-set values.
                        if (current == null || (current instanceof LvbSimulator old && old.isClosed())) {
                            f.set(instance, value);
                        }
                    } catch (ReflectiveOperationException | RuntimeException e) {
                        throw new ExtensionConfigurationException("could not inject the LVB simulator into " + f, e);
                    }
                }
            }
        }
    }
}
