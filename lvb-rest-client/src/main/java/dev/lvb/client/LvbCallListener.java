package dev.lvb.client;

import java.time.Duration;

import dev.lvb.core.LvbInterface;

/**
 * Hears about every LVB call made through {@link LvbApi} and {@link LvbReactiveApi}: which interface, how long it
 * took, and how it ended. The Quarkus extension implements it to publish Micrometer timers; implement it to feed
 * your own metrics, tracing or audit log.
 * <p>
 * <b>Finding listeners.</b> On Quarkus every bean of this type is notified (zero or more), injected into the
 * extension's interceptor of the client. Elsewhere pass them to {@link LvbClients#build} or
 * {@link LvbClients#create}.
 * <p>
 * <b>When.</b> Exactly once per call: per invocation of a method of {@link LvbApi}, per subscription of a
 * {@link LvbReactiveApi} {@code Uni}. Invalid arguments that are refused before anything is sent
 * ({@link dev.lvb.core.error.LvbValidationException}) count as calls with that failure. The listener runs before the
 * caller gets the result or the failure, on the thread that completes the call (for the reactive and asynchronous
 * paths often an I/O thread): keep it short and never block.
 * <p>
 * <b>Failures of a listener</b> never change the call's result: what a listener throws is caught and logged at
 * DEBUG ({@code dev.lvb.client} logger).
 */
@FunctionalInterface
public interface LvbCallListener {

    /**
     * Called once when a call ends.
     *
     * @param api the LVB interface called
     * @param duration from the start of the call (building the request included) to its result or failure;
     *        {@link Duration#ZERO} for arguments refused before the call was built
     * @param failure {@code null} on success; otherwise what the caller receives (one of the
     *        {@link dev.lvb.core.error.LvbException}s, or an {@link IllegalStateException} for missing configuration):
     *        {@link LvbCallOutcome#of(Throwable)} classifies it
     */
    void onCall(LvbInterface api, Duration duration, Throwable failure);
}
