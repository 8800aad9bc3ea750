package dev.lvb.callback.internal;

/**
 * Lets a replayed notification through the callback endpoint as a replay ({@link dev.lvb.callback.LvbReplay}, no
 * duplicate filter). Only the Quarkus extension's dev-mode replay service implements it; without such a bean (every
 * other mode, every other runtime) there are no replays.
 */
public interface LvbReplayGate {

    /** The request header that carries a replay's one-time token. */
    String HEADER = "X-LVB-Replay";

    /**
     * @param token the header's value
     * @return whether it is a token this gate issued and has not admitted yet (a token is admitted once)
     */
    boolean admit(String token);
}
