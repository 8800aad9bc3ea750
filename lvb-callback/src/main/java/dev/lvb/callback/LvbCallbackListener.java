package dev.lvb.callback;

/**
 * Hears what the callback endpoint did with each notification: accepted, duplicate, rejected (and why), failed. The
 * Quarkus extension implements it to count notifications with Micrometer and, in dev mode, to show the last ones in
 * the Dev UI. Observe the typed CDI events ({@code @Observes StreamBeginEvent}...) to act on events; implement this to
 * watch the endpoint itself.
 * <p>
 * Every CDI bean of this type is called (zero or more), once per notification, after it was handled and before LVB
 * is answered, on the request's thread: keep it short. What a listener throws is caught and logged at DEBUG
 * ({@code dev.lvb.callback.LvbCallbackEndpoint} logger); it never changes the answer. The beans are looked up once, at
 * the endpoint's first notification.
 */
@FunctionalInterface
public interface LvbCallbackListener {

    /**
     * Called once per notification the endpoint received.
     *
     * @param report what happened to it
     */
    void onNotification(LvbNotificationReport report);
}
