package dev.lvb.client.internal;

/** Test access to package-private helpers. */
public final class LvbCallAccess {

    private LvbCallAccess() {
    }

    public static boolean isTimeout(Throwable t) {
        return LvbCall.isTimeout(t);
    }
}
