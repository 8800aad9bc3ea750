package dev.lvb.client.cloud.internal;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.jboss.logging.Logger;

import dev.lvb.client.cloud.LvbCloudApi;
import dev.lvb.client.cloud.LvbCloudCallListener;
import dev.lvb.client.cloud.LvbCloudFailures;
import dev.lvb.core.cloud.LvbCloudAction;
import dev.lvb.core.error.LvbException;
import dev.lvb.core.error.LvbTransportException;
import io.smallrye.mutiny.Uni;

/**
 * What surrounds every call of an {@link LvbCloudApi} method (the Quarkus extension's interceptor runs it): the
 * failure becomes the typed exception ({@link LvbCloudFailures#translate}, plus the runtime's own network failure
 * types, which this module cannot name) and the {@link LvbCloudCallListener} hears the call exactly once. It never
 * retries.
 */
public final class LvbCloudInvocations {

    private static final Logger LOG = Logger.getLogger("dev.lvb.client");
    private static final int MAX_CAUSES = 32;
    /** A method's action, or {@code null}'s stand-in for a method that names none. */
    private static final Map<Method, Object> ACTIONS = new ConcurrentHashMap<>();
    private static final Object NONE = new Object();

    private final LvbCloudCallListener listener;
    private final Predicate<Throwable> networkFailure;
    private final Predicate<Throwable> timeout;

    /**
     * @param listeners hear every call
     * @param networkFailure recognises the runtime's unchecked network failures (Vert.x and Netty on Quarkus)
     * @param timeout recognises the runtime's timeouts
     */
    public LvbCloudInvocations(List<? extends LvbCloudCallListener> listeners, Predicate<Throwable> networkFailure,
            Predicate<Throwable> timeout) {
        List<LvbCloudCallListener> all = List.copyOf(listeners);
        this.listener = all.isEmpty() ? null : (action, duration, failure) -> {
            for (LvbCloudCallListener l : all) {
                notify(l, action, duration, failure);
            }
        };
        this.networkFailure = Objects.requireNonNull(networkFailure, "networkFailure");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /**
     * @param method a method of {@link LvbCloudApi} (or of a class implementing it)
     * @return the action its {@code X-TC-Action} header names, or {@code null}
     */
    public static LvbCloudAction action(Method method) {
        Object a = ACTIONS.computeIfAbsent(method, LvbCloudInvocations::findAction);
        return a == NONE ? null : (LvbCloudAction) a;
    }

    private static Object findAction(Method method) {
        ClientHeaderParam header = method.getAnnotation(ClientHeaderParam.class);
        if (header == null) {
            try {
                header = LvbCloudApi.class.getMethod(method.getName(), method.getParameterTypes())
                        .getAnnotation(ClientHeaderParam.class);
            } catch (NoSuchMethodException notThere) {
                return NONE;
            }
        }
        if (header == null || !LvbCloudApi.ACTION.equals(header.name()) || header.value().length != 1) {
            return NONE;
        }
        Object found = LvbCloudAction.fromWireName(header.value()[0]).orElse(null);
        return found == null ? NONE : found;
    }

    /**
     * Runs one invocation.
     *
     * @param method the method invoked
     * @param proceed runs it
     * @return what it returned; a {@link Uni} is returned lazy, reported and mapped per subscription
     * @throws Exception the typed failure
     */
    @SuppressWarnings("unchecked")
    public Object invoke(Method method, Callable<Object> proceed) throws Exception {
        LvbCloudAction action = action(method);
        if (action == null) {
            return proceed.call();
        }
        if (Uni.class.isAssignableFrom(method.getReturnType())) {
            return Uni.createFrom().deferred(() -> {
                long start = System.nanoTime();
                Uni<Object> sent;
                try {
                    sent = (Uni<Object>) proceed.call();
                } catch (Throwable e) {
                    Throwable mapped = mapOrError(action, e);
                    ended(action, start, mapped);
                    return Uni.createFrom().failure(mapped);
                }
                return sent.onFailure().transform(e -> mapOrError(action, e))
                        .onItemOrFailure().invoke((item, failure) -> ended(action, start, failure));
            });
        }
        long start = System.nanoTime();
        try {
            Object result = proceed.call();
            ended(action, start, null);
            return result;
        } catch (Throwable e) {
            Throwable mapped = mapOrError(action, e);
            ended(action, start, mapped);
            if (mapped instanceof Error error) {
                throw error;
            }
            throw (Exception) mapped;
        }
    }

    private Throwable mapOrError(LvbCloudAction action, Throwable e) {
        if (e instanceof Error) {
            return e;
        }
        return failure(action, e);
    }

    /**
     * @param action the action called
     * @param thrown what the call threw
     * @return what the caller gets: {@link LvbCloudFailures#translate}, with the runtime's own network failures and
     *         timeouts recognised as well
     */
    public RuntimeException failure(LvbCloudAction action, Throwable thrown) {
        RuntimeException translated = LvbCloudFailures.translate(action, thrown);
        boolean network = false;
        boolean timedOut = false;
        int depth = 0;
        for (Throwable c = thrown; c != null && depth < MAX_CAUSES; c = c.getCause(), depth++) {
            if (c instanceof LvbException) {
                return translated;
            }
            network |= networkFailure.test(c);
            timedOut |= timeout.test(c);
        }
        if (translated instanceof LvbTransportException t) {
            return timedOut && !t.isTimeout() ? new LvbTransportException(action.wireName(), true, thrown) : t;
        }
        if (!(translated instanceof LvbException) && (network || timedOut)) {
            return new LvbTransportException(action.wireName(), timedOut, thrown);
        }
        return translated;
    }

    private void ended(LvbCloudAction action, long start, Throwable failure) {
        if (listener != null) {
            listener.onCall(action, Duration.ofNanos(System.nanoTime() - start), failure);
        }
    }

    private static void notify(LvbCloudCallListener l, LvbCloudAction action, Duration duration, Throwable failure) {
        try {
            l.onCall(action, duration, failure);
        } catch (VirtualMachineError fatal) {
            throw fatal;
        } catch (Throwable e) {
            LOG.debugf(e, "an LvbCloudCallListener (%s) failed on %s; the call's result is unchanged",
                    l.getClass().getName(), action.wireName());
        }
    }
}
