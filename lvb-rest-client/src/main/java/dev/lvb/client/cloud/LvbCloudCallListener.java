package dev.lvb.client.cloud;

import java.time.Duration;

import dev.lvb.core.cloud.LvbCloudAction;

/**
 * Hears about every call made through {@link LvbCloudApi}: which action, how long it took, how it ended. The
 * counterpart of {@link dev.lvb.client.LvbCallListener} for the Cloud API; on Quarkus every bean of this type is
 * notified (the extension's Micrometer timers among them).
 * <p>
 * Exactly once per call (per invocation of a blocking method, per subscription of a {@code Uni}), before the caller
 * gets the outcome, on the thread that completes the call (often an I/O thread): keep it short and never block. What
 * a listener throws is caught and logged at DEBUG; it never changes the call's result.
 */
@FunctionalInterface
public interface LvbCloudCallListener {

    /**
     * @param action the action called
     * @param duration from the start of the call to its result or failure
     * @param failure {@code null} on success; otherwise what the caller receives:
     *        {@link dev.lvb.client.LvbCallOutcome#of(Throwable)} classifies it
     */
    void onCall(LvbCloudAction action, Duration duration, Throwable failure);
}
