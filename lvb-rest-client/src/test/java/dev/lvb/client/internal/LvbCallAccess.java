package dev.lvb.client.internal;

/** Test access to package-private helpers. */
public final class LvbCallAccess {

    private LvbCallAccess() {
    }

    public static boolean isTimeout(Throwable t) {
        return LvbCall.isTimeout(t);
    }

    /** Forgets the resolved call listeners (and a cached "no CDI container"). */
    public static void resetListeners() {
        LvbCallListeners.reset();
    }

    /** @return how long "no CDI container" is believed */
    public static long noContainerRecheckMillis() {
        return LvbCallListeners.NO_CONTAINER_RECHECK_MS;
    }
}
