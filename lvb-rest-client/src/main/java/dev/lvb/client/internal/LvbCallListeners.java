package dev.lvb.client.internal;

import java.time.Duration;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;

import dev.lvb.client.LvbCallListener;
import dev.lvb.core.LvbInterface;

/**
 * Finds the {@link LvbCallListener} beans for {@link LvbCall} and notifies them, never letting a listener disturb a
 * call.
 * <p>
 * <b>Cost and caching.</b> {@link #current()} runs once per call, so it must stay in the nanoseconds. The listeners are
 * resolved once per CDI container and kept with the container's identity (the object {@code CDI.current()} returns);
 * each call then costs one {@code CDI.current()} (in Quarkus two volatile reads) and an identity comparison. A new
 * container, such as the one a dev-mode restart starts, returns a new object (ArC installs a new CDI provider for every
 * container), so the next call resolves the new container's beans: a stale listener of a stopped application is never
 * used, and the old one is dropped then. Without the CDI API nothing is looked up at all. Without a running container
 * {@code CDI.current()} throws, which is costly: that answer is kept for {@value #NO_CONTAINER_RECHECK_MS} ms before
 * asking again, so that a container started later (or the next one after a restart) is found within that time.
 * Concurrent first calls may resolve twice; the last answer wins, which is harmless.
 */
final class LvbCallListeners {

    /** How long "no CDI container" is believed before asking again. */
    static final long NO_CONTAINER_RECHECK_MS = 100;

    static final LvbCallListener NONE = (api, duration, failure) -> {
    };

    private static final Logger LOG = Logger.getLogger(LvbRequestFilter.LOGGER_NAME);
    private static final long RECHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(NO_CONTAINER_RECHECK_MS);

    /** The container the listener was resolved in ({@code null}: none was running at {@code checkedAt}). */
    private record Resolved(Object container, LvbCallListener listener, long checkedAt) {
    }

    private static volatile Resolved cache;

    private LvbCallListeners() {
    }

    /** @return the listener(s) of the running CDI container, or {@link #NONE}; never throws */
    static LvbCallListener current() {
        Resolved known = cache;
        if (known != null && known.container == null && System.nanoTime() - known.checkedAt < RECHECK_NANOS) {
            return NONE;
        }
        Object container;
        try {
            container = LvbCdi.container();
        } catch (RuntimeException | ServiceConfigurationError e) {
            container = null;
        }
        if (container == null) {
            cache = new Resolved(null, NONE, System.nanoTime());
            return NONE;
        }
        if (known != null && known.container == container) {
            return known.listener;
        }
        LvbCallListener listener = resolve(container);
        cache = new Resolved(container, listener, 0L);
        return listener;
    }

    private static LvbCallListener resolve(Object container) {
        List<LvbCallListener> found;
        try {
            found = LvbCdi.all(container, LvbCallListener.class);
        } catch (RuntimeException | ServiceConfigurationError e) {
            // Kept for this container: retrying a failing lookup on every call would cost every call.
            LOG.debugf("LVB call listeners could not be resolved, none will be notified: %s", e.toString());
            return NONE;
        }
        if (found.isEmpty()) {
            return NONE;
        }
        if (found.size() == 1) {
            return found.get(0);
        }
        List<LvbCallListener> all = List.copyOf(found);
        return (api, duration, failure) -> {
            for (LvbCallListener l : all) {
                notify(l, api, duration, failure);
            }
        };
    }

    /** Forgets what was resolved (tests). */
    static void reset() {
        cache = null;
    }

    /**
     * Notifies the listener of a call that started at {@code startNanos} ({@link System#nanoTime()}).
     *
     * @param listener from {@link #current()}
     * @param api the interface called
     * @param startNanos when the call started
     * @param failure what the caller receives, or {@code null}
     */
    static void ended(LvbCallListener listener, LvbInterface api, long startNanos, Throwable failure) {
        if (listener != NONE) {
            notify(listener, api, Duration.ofNanos(System.nanoTime() - startNanos), failure);
        }
    }

    /**
     * Notifies the running container's listeners of a call refused before it was built (invalid arguments).
     *
     * @param api the interface that was to be called
     * @param failure the refusal
     */
    static void refused(LvbInterface api, Throwable failure) {
        LvbCallListener listener = current();
        if (listener != NONE) {
            notify(listener, api, Duration.ZERO, failure);
        }
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
}
