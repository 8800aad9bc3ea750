package dev.lvb.client.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import dev.lvb.client.LvbApi;
import dev.lvb.client.LvbCallListener;
import dev.lvb.client.LvbReactiveApi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Outside CDI, what the Quarkus extension's interceptor does inside it: wraps the MicroProfile REST client's proxy
 * so that every {@link dev.lvb.client.LvbOperation} method goes through {@link LvbInvocations} (typed failures, one
 * report to the listeners). Also gives the {@link LvbReactiveApi} of such a client: each subscription runs the
 * blocking call on Mutiny's worker pool, as a MicroProfile runtime runs its asynchronous methods.
 */
public final class LvbClientProxy implements InvocationHandler {

    private static final Map<Method, Method> BLOCKING_TWIN = new ConcurrentHashMap<>();

    private final Object target;
    private final LvbInvocations invocations;

    private LvbClientProxy(Object target, LvbInvocations invocations) {
        this.target = target;
        this.invocations = invocations;
    }

    /**
     * @param restClient the REST client's own proxy
     * @param listener hears every call
     * @return the client to hand out
     */
    public static LvbApi blocking(LvbApi restClient, LvbCallListener listener) {
        Objects.requireNonNull(restClient, "restClient");
        return (LvbApi) Proxy.newProxyInstance(LvbApi.class.getClassLoader(),
                new Class<?>[] { LvbApi.class, AutoCloseable.class },
                new LvbClientProxy(restClient, new LvbInvocations(listener)));
    }

    /**
     * @param type {@code LvbApi} or {@code LvbReactiveApi}
     * @param restClient the REST client's own proxy of {@code type}
     * @param invocations maps failures and reports every call
     * @param <T> the client interface
     * @return the client to hand out, also {@link AutoCloseable}
     */
    public static <T> T of(Class<T> type, T restClient, LvbInvocations invocations) {
        Objects.requireNonNull(restClient, "restClient");
        Objects.requireNonNull(invocations, "invocations");
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type, AutoCloseable.class },
                new LvbClientProxy(restClient, invocations)));
    }

    /**
     * @param client a client from {@link #blocking}
     * @return its non-blocking twin
     */
    public static LvbReactiveApi reactive(LvbApi client) {
        LvbInvocations invocations = Proxy.isProxyClass(client.getClass())
                && Proxy.getInvocationHandler(client) instanceof LvbClientProxy own ? own.invocations
                        : new LvbInvocations(LvbInvocations.NONE);
        return (LvbReactiveApi) Proxy.newProxyInstance(LvbReactiveApi.class.getClassLoader(),
                new Class<?>[] { LvbReactiveApi.class }, new LvbClientProxy(client, invocations));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> "LvbClient[" + proxy.getClass().getInterfaces()[0].getSimpleName() + "]";
            };
        }
        if (method.getDeclaringClass() == AutoCloseable.class) {
            if (target instanceof AutoCloseable closeable) {
                closeable.close();
            }
            return null;
        }
        if (method.isDefault()) {
            return invocations.invoke(method, args, () -> invokeDefault(proxy, method, args));
        }
        if (target instanceof LvbApi blocking && method.getDeclaringClass() == LvbReactiveApi.class) {
            // The blocking client reports and maps the call itself.
            Method twin = BLOCKING_TWIN.computeIfAbsent(method, LvbClientProxy::blockingTwin);
            return Uni.createFrom().item(() -> call(twin, blocking, args))
                    .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
        }
        return invocations.invoke(method, args, () -> call(method, target, args));
    }

    private static Object invokeDefault(Object proxy, Method method, Object[] args) throws Exception {
        try {
            return InvocationHandler.invokeDefault(proxy, method, args);
        } catch (Error | Exception e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private static Object call(Method method, Object target, Object[] args) {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new java.lang.reflect.UndeclaredThrowableException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Method blockingTwin(Method reactive) {
        try {
            return LvbApi.class.getMethod(reactive.getName(), reactive.getParameterTypes());
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("LvbApi has no twin of " + reactive, e);
        }
    }
}
