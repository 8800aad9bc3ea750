package dev.lvb.bench.app;

/** One way to make the client benchmark's call, measured by {@link ClientLoadResource}. */
public interface CallMode {

    /** @return the name used in {@code /bench/client?mode=} */
    String name();

    /**
     * Makes one call and checks its outcome.
     *
     * @throws Exception when the call failed
     */
    void call() throws Exception;
}
