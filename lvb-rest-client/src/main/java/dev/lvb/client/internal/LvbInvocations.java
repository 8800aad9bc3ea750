package dev.lvb.client.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.UndeclaredThrowableException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import org.jboss.logging.Logger;

import dev.lvb.client.LvbCallListener;
import dev.lvb.client.LvbOperation;
import dev.lvb.core.LvbInterface;
import dev.lvb.core.error.LvbException;
import dev.lvb.core.error.LvbHttpException;
import dev.lvb.core.error.LvbProtocolException;
import dev.lvb.core.error.LvbTransportException;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

/**
 * What surrounds every call of an {@link LvbOperation} method, whoever intercepts it (the CDI interceptor of the
 * Quarkus extension, or {@link LvbClientProxy} outside CDI): the failure becomes the typed exception naming the
 * interface, and the {@link LvbCallListener} hears the call exactly once, before the caller gets its outcome. It
 * never retries.
 * <p>
 * A convenience ({@code default}) method is only reported when it refuses its arguments before calling the REST
 * method; otherwise the REST method it calls reports itself.
 */
public final class LvbInvocations {

    private static final Logger LOG = Logger.getLogger(LvbRequestFilter.LOGGER_NAME);
    private static final int MAX_CAUSES = 32;

    private static final Map<Method, Method> DECLARED = new ConcurrentHashMap<>();

    /** Counts the REST methods entered on this thread, so that a convenience tells a refusal from a failed call. */
    private static final ThreadLocal<int[]> ENTERED = ThreadLocal.withInitial(() -> new int[1]);

    /** The listener that hears nothing. */
    public static final LvbCallListener NONE = (api, duration, failure) -> {
    };

    private final LvbCallListener listener;
    private final Predicate<Throwable> networkFailure;
    private final Predicate<Throwable> timeout;

    /**
     * @param listener hears every call
     * @param networkFailure recognises the runtime's own unchecked network failures (Vert.x and Netty on Quarkus),
     *        which this module cannot name; I/O exceptions and {@link ProcessingException} are recognised anyway
     * @param timeout recognises the runtime's own timeouts, likewise
     */
    public LvbInvocations(LvbCallListener listener, Predicate<Throwable> networkFailure, Predicate<Throwable> timeout) {
        this.listener = Objects.requireNonNull(listener, "listener");
        this.networkFailure = Objects.requireNonNull(networkFailure, "networkFailure");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /** @param listener hears every call; failures are recognised by the standard Java and JAX-RS types only */
    public LvbInvocations(LvbCallListener listener) {
        this(listener, e -> false, e -> false);
    }

    /** @return the listener */
    LvbCallListener listener() {
        return listener;
    }

    /**
     * @param listeners the listeners to notify, possibly none
     * @return one listener notifying them all, each isolated from the others' failures
     */
    public static LvbCallListener all(List<? extends LvbCallListener> listeners) {
        List<LvbCallListener> all = List.copyOf(listeners);
        if (all.isEmpty()) {
            return NONE;
        }
        return (api, duration, failure) -> {
            for (LvbCallListener l : all) {
                notify(l, api, duration, failure);
            }
        };
    }

    /**
     * @param method a method of {@code LvbApi} or {@code LvbReactiveApi}
     * @return the interface it calls, or {@code null} for a method without {@link LvbOperation}
     */
    public static LvbInterface operation(Method method) {
        LvbOperation operation = method == null ? null : method.getAnnotation(LvbOperation.class);
        return operation == null ? null : operation.value();
    }

    /**
     * Runs one invocation of an {@link LvbOperation} method.
     *
     * @param method the method invoked (a {@code default} method is a convenience, see above)
     * @param args its arguments
     * @param proceed runs it
     * @return what it returned; a {@link Uni} is returned lazy, reported and mapped per subscription
     * @throws Exception the typed failure
     */
    public Object invoke(Method invoked, Object[] args, Callable<Object> proceed) throws Exception {
        Method method = DECLARED.computeIfAbsent(invoked, LvbInvocations::declared);
        LvbInterface api = operation(method);
        if (api == null) {
            return proceed.call();
        }
        boolean reactive = Uni.class.isAssignableFrom(method.getReturnType());
        if (method.isDefault()) {
            return convenience(api, reactive, proceed);
        }
        ENTERED.get()[0]++;
        if (reactive) {
            return reactive(api, method, args, proceed);
        }
        long start = System.nanoTime();
        try {
            requireArguments(args);
            Object result = proceed.call();
            if (result == null && method.getReturnType() != void.class) {
                throw emptyBody(api);
            }
            ended(api, start, null);
            return result;
        } catch (Throwable e) {
            Throwable mapped = mapOrError(api, e);
            ended(api, start, mapped);
            throw rethrowable(mapped);
        }
    }

    private Object convenience(LvbInterface api, boolean reactive, Callable<Object> proceed) throws Exception {
        int[] entered = ENTERED.get();
        int before = entered[0];
        try {
            return proceed.call();
        } catch (RuntimeException | Error e) {
            if (entered[0] != before) {
                throw e; // the REST method was called and reported itself
            }
            if (reactive && e instanceof RuntimeException refusal) {
                return Uni.createFrom().deferred(() -> {
                    ended(api, null, refusal);
                    return Uni.createFrom().failure(refusal);
                });
            }
            ended(api, null, e);
            throw e;
        }
    }

    @SuppressWarnings("unchecked")
    private Uni<Object> reactive(LvbInterface api, Method method, Object[] args, Callable<Object> proceed) {
        return Uni.createFrom().deferred(() -> {
            long start = System.nanoTime();
            Uni<Object> sent;
            try {
                requireArguments(args);
                sent = (Uni<Object>) proceed.call();
            } catch (Throwable e) {
                Throwable mapped = mapOrError(api, e);
                ended(api, start, mapped);
                return Uni.createFrom().failure(mapped);
            }
            if (LvbResponseFilter.outputType(method) != Void.class) {
                sent = sent.onItem().ifNull().failWith(() -> emptyBody(api));
            }
            return sent.onFailure().transform(e -> mapOrError(api, e))
                    .onItemOrFailure().invoke((item, failure) -> ended(api, start, failure));
        });
    }

    /**
     * The interface method behind what an interceptor reports (a CDI wrapper class overrides the convenience
     * methods too), so that a convenience is told from a REST method.
     */
    private static Method declared(Method method) {
        if (method.getDeclaringClass().isInterface()) {
            return method;
        }
        for (Class<?> c = method.getDeclaringClass(); c != null; c = c.getSuperclass()) {
            for (Class<?> i : c.getInterfaces()) {
                try {
                    return i.getMethod(method.getName(), method.getParameterTypes());
                } catch (NoSuchMethodException notThere) {
                    // next
                }
            }
        }
        return method;
    }

    /** A runtime hands over no result when the reply had no body at all (Quarkus does not ask the reader then). */
    private static LvbProtocolException emptyBody(LvbInterface api) {
        return new LvbProtocolException(api.wireName(), "empty body", "", null);
    }

    /** A request record that is missing fails like a bad argument, before anything is sent. */
    private static void requireArguments(Object[] args) {
        if (args != null) {
            for (Object a : args) {
                if (a == null) {
                    throw new NullPointerException("request");
                }
            }
        }
    }

    /** @param start {@link System#nanoTime()} at the start, or {@code null} for a refusal (zero duration) */
    private void ended(LvbInterface api, Object start, Throwable failure) {
        if (listener == NONE) {
            return;
        }
        Duration duration = start == null ? Duration.ZERO : Duration.ofNanos(System.nanoTime() - (Long) start);
        notify(listener, api, duration, failure);
    }

    private static void notify(LvbCallListener listener, LvbInterface api, Duration duration, Throwable failure) {
        try {
            listener.onCall(api, duration, failure);
        } catch (VirtualMachineError fatal) {
            throw fatal;
        } catch (Throwable e) {
            LOG.debugf(e, "an LvbCallListener (%s) failed on %s; the call's result is unchanged",
                    listener.getClass().getName(), api.wireName());
        }
    }

    private static Exception rethrowable(Throwable t) {
        if (t instanceof Error error) {
            throw error;
        }
        return (Exception) t;
    }

    private Throwable mapOrError(LvbInterface api, Throwable e) {
        if (e instanceof VirtualMachineError) {
            return e;
        }
        try {
            return failure(api, e);
        } catch (Error error) {
            return error;
        }
    }

    // ---- failures -------------------------------------------------------------------------------------------

    /**
     * Maps whatever the REST client threw to the typed exception: an {@link LvbException} anywhere in the causes
     * (raised by this module's providers) as it is; a {@link WebApplicationException} (a runtime's status mapping)
     * to {@link LvbHttpException}; {@link ProcessingException} and I/O failures to {@link LvbTransportException},
     * with {@link LvbTransportException#isTimeout()} telling timeouts apart. Configuration errors and argument
     * refusals pass unchanged.
     *
     * @param api the interface called
     * @param thrown what the call threw
     * @return the exception the caller gets
     */
    RuntimeException failure(LvbInterface api, Throwable thrown) {
        Throwable e = unwrap(thrown);
        int depth = 0;
        for (Throwable c = e; c != null && depth < MAX_CAUSES; c = c.getCause(), depth++) {
            if (c instanceof LvbException lvb) {
                return lvb;
            }
            if (c instanceof LvbSettingsException settings) {
                return settings;
            }
        }
        if (e instanceof WebApplicationException w && w.getResponse() != null) {
            return new LvbHttpException(api.wireName(), w.getResponse().getStatus(), null);
        }
        if (e instanceof ProcessingException || isIo(e) || isTimeout(e)
                || !(e instanceof RuntimeException || e instanceof Error)) {
            return new LvbTransportException(api.wireName(), isTimeout(e), e);
        }
        if (e instanceof Error error) {
            throw error;
        }
        return (RuntimeException) e;
    }

    private static Throwable unwrap(Throwable t) {
        Throwable e = t;
        for (int i = 0; i < MAX_CAUSES && e.getCause() != null; i++) {
            if (e instanceof CompletionException || e instanceof ExecutionException
                    || e instanceof InvocationTargetException || e instanceof UndeclaredThrowableException) {
                e = e.getCause();
            } else {
                break;
            }
        }
        return e;
    }

    private boolean isIo(Throwable e) {
        int depth = 0;
        for (Throwable c = e; c != null && depth < MAX_CAUSES; c = c.getCause(), depth++) {
            if (c instanceof IOException || c instanceof UncheckedIOException || c instanceof TimeoutException
                    || networkFailure.test(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Timeouts by type: {@link SocketTimeoutException}, {@link TimeoutException}, {@link HttpTimeoutException}, and
     * what the runtime's predicate recognises.
     */
    boolean isTimeout(Throwable e) {
        int depth = 0;
        for (Throwable c = e; c != null && depth < MAX_CAUSES; c = c.getCause(), depth++) {
            if (c instanceof SocketTimeoutException || c instanceof TimeoutException
                    || c instanceof HttpTimeoutException || timeout.test(c)) {
                return true;
            }
        }
        return false;
    }
}
