package dev.lvb.simulator.internal;

import java.net.URI;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import dev.lvb.simulator.LvbSimulatorConfig;

/**
 * Ties the simulated account ({@link SimState}) to the notification dispatcher: whoever changes the state calls
 * {@link #flush()} afterwards (HTTP handlers after their response is written), which hands the events caused so
 * far to the dispatcher in the order they happened.
 */
public final class Engine implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Engine.class.getName());

    private final LvbSimulatorConfig config;
    private final URI baseUri;
    private final SimState state;
    private final CallbackDispatcher dispatcher;
    private final Object flushLock = new Object();
    private final ScheduledExecutorService ticker;
    private volatile URI callbackUrl;

    /**
     * @param config the configuration
     * @param baseUri where the simulator serves
     */
    public Engine(LvbSimulatorConfig config, URI baseUri) {
        this.config = config;
        this.baseUri = baseUri;
        this.callbackUrl = config.callbackUrl();
        this.state = new SimState(config, baseUri);
        // Each APPID's notifications are signed with its own key and go to its own path.
        this.dispatcher = new CallbackDispatcher(config.clock(), config::callbackKeyOf, config.callbackRetry(),
                appId -> config.callbackUrlOf(appId, callbackUrl));
        if (config.tickInterval() != null && !config.tickInterval().isZero()) {
            ScheduledThreadPoolExecutor t = new ScheduledThreadPoolExecutor(1, new DaemonThreads("lvb-sim-ticker"));
            long ms = Math.max(1, config.tickInterval().toMillis());
            t.scheduleWithFixedDelay(this::backgroundTick, ms, ms, TimeUnit.MILLISECONDS);
            this.ticker = t;
        } else {
            this.ticker = null;
        }
    }

    public LvbSimulatorConfig config() {
        return config;
    }

    public URI baseUri() {
        return baseUri;
    }

    public SimState state() {
        return state;
    }

    public CallbackDispatcher dispatcher() {
        return dispatcher;
    }

    public URI callbackUrl() {
        return callbackUrl;
    }

    public void setCallbackUrl(URI url) {
        this.callbackUrl = url;
    }

    /** Hands the notifications caused so far to the dispatcher, in order. */
    public void flush() {
        synchronized (flushLock) {
            dispatcher.submit(state.drainOutbox());
        }
    }

    /** Applies the passage of time and sends what it caused. */
    public void tick() {
        state.tick();
        flush();
    }

    /** Forgets every stream, task, file, screenshot, mix and notification. */
    public void reset() {
        synchronized (flushLock) {
            state.reset();
            dispatcher.reset();
        }
    }

    private void backgroundTick() {
        try {
            tick();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "simulator tick failed", e);
        }
    }

    @Override
    public void close() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        dispatcher.close();
    }
}
